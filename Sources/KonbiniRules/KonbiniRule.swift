/// A rule as the generated validators and the interpreter carry it: what it is called, how
/// serious it is, what it says and where it comes from.
public struct KonbiniRule: Hashable, Sendable, Codable {
    /// A stable id such as `stripe.konbini.product_description.charset`.
    public let id: String
    /// How serious breaking the rule is: an error stops the payment, a warning does not.
    public let severity: Severity
    /// The message, with `{name}` placeholders for the rule's parameters.
    public let message: RuleMessage
    /// The URL of the provider document the rule comes from.
    public let source: String

    /// The rule `id` of `severity`, saying `message`, from the document at the URL `source`.
    public init(id: String, severity: Severity, message: RuleMessage, source: String) {
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
