/// A rule over several fields of one object.
public struct ObjectRule: Hashable, Sendable {
    public var kind: Kind
    public var rule: RuleMetadata
    /// The rule applies only when a variants field of the object holds one variant
    /// (Komoju's konbini total applies when `payment_details` is a konbini payment).
    public var condition: VariantCondition?
    public var location: SourceLocation

    public enum Kind: Hashable, Sendable {
        /// At most one of the fields may be present (Stripe's `expires_after_days` and
        /// `expires_at`).
        case exclusive([String])
        /// The sum of the fields lies in an inclusive range. A `consumption_tax` field of
        /// `auto` counts as the tax on the other fields at the payment date, rounded half up
        /// (Komoju's total of amount + tax).
        case total(of: [String], min: Int64?, max: Int64?)
    }
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
