import JapaneseText
import KonbiniRules

/// One check of a field's value, with the rule it reports and how to fix a violation.
public struct Check: Hashable, Sendable {
    public var kind: Kind
    public var rule: RuleMetadata
    /// Normalizations that bring a violating value into line, applied in order by the
    /// generated `normalized` function. Empty when only the caller can fix the value.
    public var fixes: [TextNormalization]
    public var location: SourceLocation

    public enum Kind: Hashable, Sendable {
        /// An inclusive range of a whole number.
        case range(min: Int64?, max: Int64?)
        /// An inclusive range of a string's length in characters (grapheme clusters).
        case length(min: Int?, max: Int?)
        /// ASCII digits only, with a count in an inclusive range.
        case digits(min: Int?, max: Int?)
        /// Not made of zeros only.
        case notAllZeros
        /// One of a fixed list of strings.
        case oneOf([String])
        /// A full match of a pattern (see ``Pattern``), which runs in linear time.
        case pattern(Pattern)
        /// Every character inside a set of the text module.
        case charset(JapaneseCharacterSet)
        /// A card number whose Luhn check digit is right.
        case luhn
        /// A moment more than `seconds` after now.
        case laterThan(seconds: Int64)
        /// A moment less than `seconds` after now.
        case soonerThan(seconds: Int64)
        /// An array that holds the value.
        case contains(String)

        /// The name the rules language gives the check, which also ends its default id.
        public var keyword: Keyword {
            switch self {
            case .range: .range
            case .length: .length
            case .digits: .digits
            case .notAllZeros: .notAllZeros
            case .oneOf: .oneOf
            case .pattern: .pattern
            case .charset: .charset
            case .luhn: .luhn
            case .laterThan: .laterThan
            case .soonerThan: .soonerThan
            case .contains: .contains
            }
        }
    }

    /// The check keywords of the rules language: the one list the parser reads and its
    /// messages name.
    public enum Keyword: String, CaseIterable, Sendable, CustomStringConvertible {
        case range, length, digits
        case notAllZeros = "not_all_zeros"
        case oneOf = "one_of"
        case pattern, charset, luhn
        case laterThan = "later_than"
        case soonerThan = "sooner_than"
        case contains

        public var description: String { rawValue }
    }
}
