/// A rule broken by one value of a request.
public struct Violation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The rule, with its id, severity and source.
    public let rule: KonbiniRule
    /// Where the offending value is (or would be, for a missing one).
    public let path: JSONPointer
    /// The rule's message with its placeholders filled, naming the field as the provider
    /// does (`name_kana`), for developers. It never holds the field's value, which may be
    /// personal data.
    public let message: RuleMessage
    /// The same message naming the field by its label (`お名前（カナ）`), for a customer;
    /// the same as ``message`` when the field has no label.
    public let customerMessage: RuleMessage

    /// A violation of `rule` by the value at `path`, saying `message` to developers and
    /// `customerMessage` (by default `message`) to customers.
    public init(rule: KonbiniRule, path: JSONPointer, message: RuleMessage, customerMessage: RuleMessage? = nil) {
        self.rule = rule
        self.path = path
        self.message = message
        self.customerMessage = customerMessage ?? message
    }

    /// The id of the rule broken.
    public var ruleID: String { rule.id }
    /// The severity of the rule broken.
    public var severity: Severity { rule.severity }

    public var description: String {
        "\(path.encoded.isEmpty ? "/" : path.encoded): \(severity.rawValue): \(message.english) [\(rule.id)]"
    }
}
