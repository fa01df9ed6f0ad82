import CJapaneseText

/// A character set that Japanese payment providers check text against.
///
/// Each set answers two questions: is a text inside it (``contains(_:)-(String)``), and if not,
/// which characters at which offsets are not (``check(_:)``). Membership is a lookup in a
/// table compiled into the binary, derived from ICU's converters (see
/// `CharacterSetDerivation`), so a check never opens a converter.
///
/// No set contains a control character (C0, C1, DEL), a bidirectional formatting character
/// such as U+202E, a private-use or unassigned code point, or a surrogate.
///
/// ```swift
/// JapaneseCharacterSet.jisX0208.contains("お買い上げ商品・サービス")  // true
/// JapaneseCharacterSet.jisX0208.contains("髙島屋")                   // false: 髙 is an IBM extension
/// JapaneseCharacterSet.cp932.contains("髙島屋")                      // true
/// ```
public enum JapaneseCharacterSet: String, CaseIterable, Sendable {
    /// The 6,879 characters of JIS X 0208:1997 (rows 1–8 and 16–84), and, for the seven
    /// cells whose Unicode mapping differs between JIS and Microsoft tables, both mappings
    /// (``JISMappingVariant``). No NEC row 13, no IBM extensions, no JIS X 0212.
    case jisX0208 = "jisx0208"

    /// Shift_JIS as JIS X 0208:1997 Annex 1 defines it: printable ASCII, the JIS X 0201
    /// Roman characters `¥` and `‾` that share bytes 0x5C and 0x7E with `\` and `~`,
    /// half-width katakana (U+FF61–U+FF9F), and ``jisX0208``. This is the set Stripe means by
    /// "Shift JIS (JIS X 0208:1997)".
    case shiftJIS = "shift_jis"

    /// Windows-31J (code page 932): ``shiftJIS`` without `¥` and `‾`, plus NEC row 13
    /// (circled numbers, Roman numerals), NEC-selected and IBM extensions (such as 髙 and
    /// 﨑). The user-defined area (private use) is excluded.
    case cp932

    /// Full-width katakana as name fields accept them: ァ–ヶ (U+30A1–U+30F6), the long vowel
    /// mark ー, the middle dot ・ and the ideographic space U+3000.
    case fullwidthKatakana = "fullwidth_katakana"

    /// Hiragana: ぁ–ゖ (U+3041–U+3096), the iteration marks ゝ and ゞ, and the long vowel
    /// mark ー, which hiragana text uses too (らーめん).
    case hiragana

    /// Half-width katakana and punctuation, U+FF61–U+FF9F (｡ to ﾟ).
    case halfwidthKatakana = "halfwidth_katakana"

    /// The ASCII digits 0–9.
    case asciiDigits = "ascii_digits"

    /// Printable ASCII, U+0020–U+007E.
    case printableASCII = "ascii"

    /// The name the rules language uses for the set, such as `jisx0208`.
    public var name: String { rawValue }

    /// The set the rules language calls `name`, or `nil` when there is none.
    public init?(named name: String) {
        self.init(rawValue: name)
    }

    /// Whether `scalar` is in the set.
    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        table.contains(scalar)
    }

    /// The set's members as ascending, non-adjacent ranges of scalar values: how a pattern's
    /// character class lists them.
    package var scalarRanges: [ClosedRange<UInt32>] {
        let table = table
        var ranges: [ClosedRange<UInt32>] = []
        var start: UInt32?
        for value in UInt32(0)...0x10000 {
            let isMember = value <= 0xFFFF && table.contains(bmpValue: value)
            if isMember, start == nil {
                start = value
            } else if !isMember, let first = start {
                ranges.append(first...(value - 1))
                start = nil
            }
        }
        return ranges
    }

    var table: CharacterSetTable {
        CharacterSetTable(cTable)
    }

    /// Whether the set holds all of printable ASCII, so that a scan may step over ASCII runs
    /// eight bytes at a time (a test holds this against the tables).
    var containsPrintableASCII: Bool {
        switch self {
        case .shiftJIS, .cp932, .printableASCII: true
        case .jisX0208, .fullwidthKatakana, .hiragana, .halfwidthKatakana, .asciiDigits: false
        }
    }

    var scanner: UTF8Scanner {
        UTF8Scanner(table: table, skipsASCII: containsPrintableASCII)
    }

    var cTable: cjt_charset {
        switch self {
        case .jisX0208: CJT_CHARSET_JISX0208
        case .shiftJIS: CJT_CHARSET_SHIFT_JIS
        case .cp932: CJT_CHARSET_CP932
        case .fullwidthKatakana: CJT_CHARSET_FULLWIDTH_KATAKANA
        case .hiragana: CJT_CHARSET_HIRAGANA
        case .halfwidthKatakana: CJT_CHARSET_HALFWIDTH_KATAKANA
        case .asciiDigits: CJT_CHARSET_ASCII_DIGITS
        case .printableASCII: CJT_CHARSET_ASCII
        }
    }
}
