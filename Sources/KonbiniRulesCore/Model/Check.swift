import JapaneseText
import KonbiniRules

/// One check of a field's value, with the rule it reports and how to fix a violation.
public struct Check: Hashable, Sendable {
    public var kind: Kind
    public var rule: RuleMetadata
    /// Normalizations that bring a violating value into line, applied in order by the
    /// generated `normalized` function. Empty when only the caller can fix the value.
    public var fixes: [TextNormalization]
    /// The check applies only when another field of the object holds a value (`when:
    /// {convenience: seven_eleven}`); `nil` when it always applies.
    public var condition: FieldCondition?
    public var location: SourceLocation

    /// What the check tests: the runtime's test, which generated code and the interpreter
    /// apply alike.
    public typealias Kind = ValueCheck.Test

    /// The check keywords of the rules language: the one list the parser reads and its
    /// messages name.
    public enum Keyword: String, CaseIterable, Sendable, CustomStringConvertible {
        case range, length
        case byteLength = "byte_length"
        case digits
        case notAllZeros = "not_all_zeros"
        case oneOf = "one_of"
        case pattern, charset, phone, luhn
        case laterThan = "later_than"
        case soonerThan = "sooner_than"
        case contains

        public var description: String { rawValue }
    }
}

extension ValueCheck.Test {
    /// The name the rules language gives the check, which also ends its default id.
    public var keyword: Check.Keyword {
        switch self {
        case .range: .range
        case .length: .length
        case .byteLength: .byteLength
        case .digits: .digits
        case .notAllZeros: .notAllZeros
        case .oneOf: .oneOf
        case .pattern: .pattern
        case .charset: .charset
        case .phone: .phone
        case .luhn: .luhn
        case .laterThan: .laterThan
        case .soonerThan: .soonerThan
        case .contains: .contains
        }
    }
}
