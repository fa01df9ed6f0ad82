/// A rule's `when`: "when the field `field` of the same object holds `value`", a variant of a
/// variants field (`{payment_details: konbini}`) or a value of an enum field, by its name
/// where the rules file names the values (`{convenience: seven_eleven}`).
public struct FieldCondition: Hashable, Sendable {
    public var field: String
    public var value: String

    public init(field: String, value: String) {
        self.field = field
        self.value = value
    }

    /// What the condition asks of the field it names.
    public enum Target: Hashable, Sendable {
        /// The variant of that name.
        case variant(String)
        /// The enum value `value`, whose generated case is named after `caseName`.
        case enumeration(value: String, caseName: String)
    }

    /// What the condition asks of `field`, the object's field it names; `nil` when that
    /// field is neither a variants field with the variant nor an enum with the value.
    public func target(in field: FieldDefinition) -> Target? {
        switch field.type {
        case .variants(let definition):
            return definition.variants.contains { $0.name == value } ? .variant(value) : nil
        case .enumeration(let values, _, let names?):
            return names.firstIndex(of: value).map { .enumeration(value: values[$0], caseName: value) }
        case .enumeration(let values, _, nil):
            return values.contains(value) ? .enumeration(value: value, caseName: value) : nil
        default:
            return nil
        }
    }
}
