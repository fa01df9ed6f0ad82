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
    /// The label of the field the rule is about, as a customer reads it (`お名前（カナ）`);
    /// `nil` when the rules file gives the field none. Messages for customers name the field
    /// by it, messages for developers by the field's name.
    public let label: BilingualText?

    /// The rule `id` of `severity`, saying `message`, from the document at the URL `source`,
    /// about a field labelled `label`.
    public init(id: String, severity: Severity, message: RuleMessage, source: String, label: BilingualText? = nil) {
        self.id = id
        self.severity = severity
        self.message = message
        self.source = source
        self.label = label
    }

    /// The rule's message filled for a violation by the field `field`: for developers, with
    /// the field's name as `{field}`; for customers, with its label (the developers' message
    /// when the field has none). `values` fill the other placeholders.
    public func messages(field: String, values: [(String, BilingualText)] = []) -> (message: RuleMessage, customerMessage: RuleMessage) {
        let message = message.filled(with: [("field", BilingualText(field))] + values)
        guard let label else { return (message, message) }
        return (message, self.message.filled(with: [("field", label)] + values))
    }

    /// A violation of this rule by the field `field` at `path`, its messages filled with
    /// `values` (``messages(field:values:)``).
    public func violation(at path: JSONPointer, field: String, values: [(String, BilingualText)] = []) -> Violation {
        let (message, customerMessage) = messages(field: field, values: values)
        return Violation(rule: self, path: path, message: message, customerMessage: customerMessage)
    }
}
