/// A rule as the generated validators and the interpreter carry it: what it is called, how
/// serious it is, what it says and where it comes from.
public struct Rule: Hashable, Sendable, Codable {
    /// A stable id such as `stripe.konbini.product_description.charset`.
    public let id: String
    public let severity: Severity
    /// The message, with `{name}` placeholders for the rule's parameters.
    public let message: Message
    /// The URL of the provider document the rule comes from.
    public let source: String

    public init(id: String, severity: Severity, message: Message, source: String) {
        self.id = id
        self.severity = severity
        self.message = message
        self.source = source
    }

    /// A violation of this rule by the value at `path`, its message filled with `values`.
    public func violation(at path: JSONPointer, _ values: KeyValuePairs<String, String> = [:]) -> Violation {
        Violation(rule: self, path: path, message: message.filled(with: values))
    }

    /// A violation of this rule at `path`, its message filled with placeholder values built
    /// at run time.
    public func violation(at path: JSONPointer, values: [(String, String)]) -> Violation {
        Violation(rule: self, path: path, message: message.filled(with: values))
    }
}

/// A rule broken by one value of a request.
public struct Violation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The rule, with its id, severity and source.
    public let rule: Rule
    /// Where the offending value is (or would be, for a missing one).
    public let path: JSONPointer
    /// The rule's message with its placeholders filled. It never holds the field's value,
    /// which may be personal data.
    public let message: Message

    public init(rule: Rule, path: JSONPointer, message: Message) {
        self.rule = rule
        self.path = path
        self.message = message
    }

    public var ruleID: String { rule.id }
    public var severity: Severity { rule.severity }

    public var description: String {
        "\(path.encoded.isEmpty ? "/" : path.encoded): \(severity.rawValue): \(message.english) [\(rule.id)]"
    }
}
