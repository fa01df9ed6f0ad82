import KonbiniRules

/// A rule over several fields of one object.
public struct ObjectRule: Hashable, Sendable {
    public var kind: Kind
    public var rule: RuleMetadata
    /// The rule applies only when a field of the object holds one variant or value
    /// (Komoju's konbini total applies when `payment_details` is a konbini payment).
    public var condition: FieldCondition?
    public var location: SourceLocation

    /// What the rule tests: the runtime's test, which generated code and the interpreter
    /// apply alike.
    public typealias Kind = FieldGroupCheck.Test
}
