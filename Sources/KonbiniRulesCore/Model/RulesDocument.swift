/// A checked rules file: the request one provider accepts and the rules it enforces.
public struct RulesDocument: Hashable, Sendable {
    /// The provider, such as `stripe`.
    public var provider: String
    /// The Swift name of the generated request type, such as `StripeKonbiniPaymentIntent`.
    public var requestName: String
    /// One line that says what request this is.
    public var title: String
    /// The documents the rules cite, by the key the file gives them.
    public var documents: [String: String]
    /// The request's top-level object.
    public var root: ObjectDefinition
    /// Reported when a payload is not an object at all.
    public var requestTypeRule: RuleMetadata
    /// The start of the file's rule ids, such as `stripe.konbini`.
    public var idPrefix: String
    /// Where `version: 1` stands, for diagnostics about the file as a whole.
    public var location: SourceLocation
}

/// The fields of one JSON object and the rules that span several of them.
public struct ObjectDefinition: Hashable, Sendable {
    /// The fields, in the order the file lists them.
    public var fields: [FieldDefinition]
    /// What a field the definition does not name gets.
    public var unknownFields: UnknownFieldPolicy
    /// Rules over several fields of this object.
    public var rules: [ObjectRule]
    /// The rule reported for an unknown field, when the policy reports one.
    public var unknownFieldRule: RuleMetadata?

    public func field(named name: String) -> FieldDefinition? {
        fields.first { $0.name == name }
    }
}

/// What happens to a field that the rules file does not define.
public enum UnknownFieldPolicy: String, Hashable, Sendable, CaseIterable {
    /// Accepted silently: providers such as Stripe take many parameters this package does not check.
    case allow
    /// Reported as a warning, which catches misspelt optional parameters.
    case warning
    /// Reported as an error.
    case error
}
