import KonbiniRules

/// The type of a field's value.
public indirect enum FieldType: Hashable, Sendable {
    /// A whole number within `Int`; a form value is its decimal digits.
    case integer
    case string
    /// `true` or `false`.
    case boolean
    /// A string from a fixed list, the values as the provider sends them. `names`, when the
    /// rules file gives them (`{seven_eleven: "00007"}`), name the values in the same order:
    /// the generated enum's cases and a `when` condition use them.
    case enumeration(values: [String], ignoresCase: Bool, names: [String]?)
    /// Seconds since 1970-01-01T00:00:00Z.
    case unixTimestamp
    /// An ISO 8601 date-time string, read with the defaults a provider applies.
    case dateTime(DateTimeDefaults)
    /// An absolute `http` or `https` URL.
    case url
    case email
    /// Yen of Japanese consumption tax, or `auto` for the rate in force at the payment date
    /// applied to the amount and rounded half up (Komoju's `tax`).
    case consumptionTax
    /// A JSON array of values of one type (a form repeats the key with `[]`).
    case array(FieldType)
    /// A nested object.
    case object(ObjectDefinition)
    /// An object whose fields depend on one of its string fields (Komoju's
    /// `payment_details.type`).
    case variants(VariantsDefinition)

    /// The name the rules language uses for the type.
    public var keyword: Keyword {
        switch self {
        case .integer: .integer
        case .string: .string
        case .boolean: .boolean
        case .enumeration: .enumeration
        case .unixTimestamp: .unixTimestamp
        case .dateTime: .dateTime
        case .url: .url
        case .email: .email
        case .consumptionTax: .consumptionTax
        case .array: .array
        case .object, .variants: .object
        }
    }

    /// The type keywords of the rules language: the one list the parser reads and its
    /// messages name.
    public enum Keyword: String, CaseIterable, Sendable, CustomStringConvertible {
        case integer, string, boolean
        case enumeration = "enum"
        case unixTimestamp = "unix_timestamp"
        case dateTime = "date_time"
        case url, email
        case consumptionTax = "consumption_tax"
        case array, object

        public var description: String { rawValue }
    }

    /// Whether values of the type are strings in a payload, so string checks apply.
    public var isTextual: Bool {
        switch self {
        case .string, .enumeration, .url, .email: true
        default: false
        }
    }

    /// Whether values of the type are whole numbers, so range checks apply.
    public var isNumeric: Bool {
        switch self {
        case .integer, .unixTimestamp: true
        default: false
        }
    }
}

/// An object with a discriminator field that selects one of several sets of fields.
public struct VariantsDefinition: Hashable, Sendable {
    /// The name of the string field that selects the variant, such as `type`.
    public var discriminator: String
    public var variants: [VariantDefinition]
    /// Reported when the discriminator is missing.
    public var discriminatorRequired: RuleMetadata
    /// Reported when the discriminator names no variant; its message lists the variants.
    public var discriminatorType: RuleMetadata
}

/// One variant of a ``FieldType/variants(_:)`` object.
public struct VariantDefinition: Hashable, Sendable {
    /// The discriminator's value, such as `konbini`.
    public var name: String
    /// The variant's fields, besides the discriminator.
    public var object: ObjectDefinition
    public var location: SourceLocation
}
