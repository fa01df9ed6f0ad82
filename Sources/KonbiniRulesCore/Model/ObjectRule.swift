import KonbiniRules

/// A rule over several fields of one object.
public struct ObjectRule: Hashable, Sendable {
    public var kind: Kind
    public var rule: RuleMetadata
    /// The rule applies only when a variants field of the object holds one variant
    /// (Komoju's konbini total applies when `payment_details` is a konbini payment).
    public var condition: VariantCondition?
    public var location: SourceLocation

    /// What the rule tests: the runtime's test, which generated code and the interpreter
    /// apply alike.
    public typealias Kind = FieldGroupCheck.Test
}

/// "When field `field` is the variant `variant`".
public struct VariantCondition: Hashable, Sendable {
    public var field: String
    public var variant: String

    public init(field: String, variant: String) {
        self.field = field
        self.variant = variant
    }
}
