import KonbiniRules

/// What every rule carries, whatever it checks: a stable id, a severity, a message in
/// English and Japanese, and the document it comes from.
public struct RuleMetadata: Hashable, Sendable {
    /// A stable id such as `stripe.konbini.product_description.charset`; tools and
    /// suppressions refer to it, so it never changes meaning.
    public var id: String
    public var severity: Severity
    /// The message templates; `{name}` placeholders are filled from the rule's parameters.
    public var message: RuleMessage
    /// The URL of the provider document the rule comes from.
    public var source: String
    public var location: SourceLocation
    /// The label of the rule's field, for customers' messages; `nil` for a field without
    /// one and for rules of an object.
    public var label: BilingualText?

    public init(id: String, severity: Severity, message: RuleMessage, source: String, location: SourceLocation) {
        self.id = id
        self.severity = severity
        self.message = message
        self.source = source
        self.location = location
    }

    /// The rule as the runtime carries it, without its place in the file.
    public var rule: KonbiniRule {
        KonbiniRule(id: id, severity: severity, message: message, source: source, label: label)
    }
}
