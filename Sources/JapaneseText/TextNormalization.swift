/// A rewrite that brings text into the form a provider accepts, reporting what it changed.
///
/// Every normalization is idempotent: applying it to its own output changes nothing.
///
/// | Normalization | Example |
/// | --- | --- |
/// | ``nfc`` | `カ` + U+3099 → `ガ` |
/// | ``nfkc`` | `ｶﾞ①` → `ガ1` |
/// | ``hiraganaToKatakana`` | `やまだ たろう` → `ヤマダ タロウ` |
/// | ``halfwidthToFullwidthKatakana`` | `ﾔﾏﾀﾞ ﾀﾛｳ` → `ヤマダ タロウ` |
/// | ``fullwidthAlphanumericsToASCII`` | `ＡＢＣ１２３` → `ABC123` |
/// | ``phoneDigits`` | `０９０－１１１１－２２２２` → `09011112222`; `+81 90-1234-5678` → `09012345678` |
/// | ``phoneE164`` | `090-1234-5678` → `+819012345678`; `+31 (0)20 779 1846` → `+31207791846` |
/// | ``ideographicSpaces`` | `ヤマダ タロウ` → `ヤマダ　タロウ` |
/// | ``longVowelMarks`` | `ラ-メン` → `ラーメン` |
/// | ``fullwidthASCIIToASCII`` | `ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ` → `taro@example.jp` |
/// | ``trimmingWhitespace`` | `␣taro@example.jp　` → `taro@example.jp` |
/// | ``replaceOutside(_:with:)`` | shift_jis with `?`: `髙島屋` → `?島屋` |
/// | ``dropOutside(_:)`` | shift_jis: `寿司🍣` → `寿司` |
/// | ``truncate(toCharacters:)`` | 3: `ヤマダタロウ` → `ヤマダ` |
/// | ``truncateBytes(to:in:)`` | 7 in Shift_JIS: `ヤマダタロウ` → `ヤマダ` |
/// | ``jisMappingVariants(_:)`` | `.jis`: `～` → `〜` |
public enum TextNormalization: Hashable, Sendable {
    /// Canonical composition (NFC), by ICU's normalizer2.
    case nfc
    /// Compatibility composition (NFKC), by ICU's normalizer2: also folds half-width kana,
    /// full-width Latin, circled digits and the like.
    case nfkc
    /// Hiragana to the katakana of the same sound (ぁ–ゖ to ァ–ヶ, ゝゞ to ヽヾ).
    case hiraganaToKatakana
    /// Half-width katakana to full-width, by ICU's Halfwidth-Fullwidth transliterator. A
    /// voiced or semi-voiced mark composes with the kana before it where JIS X 0208 has the
    /// composition (`ｶﾞ` becomes `ガ`, not `カ゛`); where it has none (`ｴﾟ`, or a mark on its
    /// own) it becomes the spacing `゛` or `゜` (U+309B, U+309C), never an invisible combining
    /// mark that no Shift_JIS system can encode.
    case halfwidthToFullwidthKatakana
    /// Full-width digits and Latin letters (U+FF10–U+FF19, U+FF21–U+FF3A, U+FF41–U+FF5A)
    /// to ASCII.
    case fullwidthAlphanumericsToASCII
    /// A phone number to its digits: full-width digits become ASCII, everything else
    /// (hyphens, spaces, parentheses, and a digit joined to a mark) is removed. A number written with Japan's country code
    /// (`+81 90-1234-5678`, `＋８１ (0)90…`, `0081 90…`) becomes the domestic number a konbini
    /// payment takes (`09012345678`): the code becomes the trunk prefix `0`, and a `0` written
    /// after it as a trunk prefix is dropped. Another country's `+` is removed with the other
    /// separators.
    case phoneDigits
    /// A phone number to the international form of ITU-T E.164: `+` and ASCII digits. A
    /// domestic Japanese number (`090-1234-5678`) gets Japan's country code in place of its
    /// trunk prefix `0` (`+819012345678`); the dialling prefix `00` becomes `+`; a trunk
    /// prefix written after a country code, as `(0)` or after `+81`, is dropped; full-width
    /// digits become ASCII and every other character (hyphens, spaces, parentheses) is
    /// removed. A number that starts with another digit keeps its digits only.
    case phoneE164
    /// Spaces (U+0020, U+00A0) to the ideographic space U+3000, as a name in full-width
    /// katakana writes the space between family and given name.
    case ideographicSpaces
    /// A hyphen-like character after katakana (`-`, `‐`, `‑`, `‒`, `–`, `—`, `―`, `−`, `－`,
    /// `ｰ`) to the long vowel mark `ー`, as customers type `ラ-メン` for `ラーメン`.
    case longVowelMarks
    /// Full-width ASCII (U+FF01–U+FF5E: letters, digits and signs such as `＠`, `．`, `＿`,
    /// `：`) to ASCII, for e-mail addresses and URLs typed with a Japanese input method.
    case fullwidthASCIIToASCII
    /// Whitespace before and after the text removed, the ideographic space included.
    case trimmingWhitespace
    /// Every character outside `set` replaced by `replacement`. A character that arrived
    /// decomposed and is inside the set once composed is composed instead.
    case replaceOutside(JapaneseCharacterSet, with: String)
    /// Every character outside `set` removed; decomposed characters are composed as with
    /// ``replaceOutside(_:with:)``.
    case dropOutside(JapaneseCharacterSet)
    /// The text cut after `count` characters. A character is a grapheme cluster, so a base
    /// letter and its combining marks, or an emoji sequence, are kept or cut whole.
    case truncate(toCharacters: Int)
    /// The text cut after the whole characters that fit in `count` bytes of `encoding`
    /// (``TextEncoding/byteCount(of:)``); like ``truncate(toCharacters:)``, it never splits a
    /// character.
    case truncateBytes(to: Int, in: TextEncoding)
    /// The seven ``JISMappingVariant`` characters written in one form.
    case jisMappingVariants(JISMappingVariant.Form)

    /// The kinds of normalization by the names the rules language and the linter give
    /// them: the one list of those names.
    public enum Kind: String, CaseIterable, Sendable {
        case nfc, nfkc
        case hiraganaToKatakana = "hiragana_to_katakana"
        case halfwidthToFullwidthKatakana = "halfwidth_to_fullwidth_katakana"
        case fullwidthAlphanumericsToASCII = "fullwidth_alphanumerics_to_ascii"
        case phoneDigits = "phone_digits"
        case phoneE164 = "phone_e164"
        case ideographicSpaces = "ideographic_spaces"
        case longVowelMarks = "long_vowel_marks"
        case fullwidthASCIIToASCII = "fullwidth_ascii_to_ascii"
        case trimmingWhitespace = "trim"
        case replaceOutside = "replace_outside"
        case dropOutside = "drop_outside"
        case truncate
        case jisMappingVariants = "jis_variants"
    }

    /// The kind of this normalization.
    public var kind: Kind {
        switch self {
        case .nfc: .nfc
        case .nfkc: .nfkc
        case .hiraganaToKatakana: .hiraganaToKatakana
        case .halfwidthToFullwidthKatakana: .halfwidthToFullwidthKatakana
        case .fullwidthAlphanumericsToASCII: .fullwidthAlphanumericsToASCII
        case .phoneDigits: .phoneDigits
        case .phoneE164: .phoneE164
        case .ideographicSpaces: .ideographicSpaces
        case .longVowelMarks: .longVowelMarks
        case .fullwidthASCIIToASCII: .fullwidthASCIIToASCII
        case .trimmingWhitespace: .trimmingWhitespace
        case .replaceOutside: .replaceOutside
        case .dropOutside: .dropOutside
        case .truncate, .truncateBytes: .truncate
        case .jisMappingVariants: .jisMappingVariants
        }
    }

    /// The normalization of `kind` when that kind takes no parameter: `nfc`, `nfkc`,
    /// `hiragana_to_katakana`, `halfwidth_to_fullwidth_katakana`,
    /// `fullwidth_alphanumerics_to_ascii`, `phone_digits`, `ideographic_spaces`,
    /// `long_vowel_marks`, `fullwidth_ascii_to_ascii`, `trim`.
    public init?(_ kind: Kind) {
        switch kind {
        case .nfc: self = .nfc
        case .nfkc: self = .nfkc
        case .hiraganaToKatakana: self = .hiraganaToKatakana
        case .halfwidthToFullwidthKatakana: self = .halfwidthToFullwidthKatakana
        case .fullwidthAlphanumericsToASCII: self = .fullwidthAlphanumericsToASCII
        case .phoneDigits: self = .phoneDigits
        case .phoneE164: self = .phoneE164
        case .ideographicSpaces: self = .ideographicSpaces
        case .longVowelMarks: self = .longVowelMarks
        case .fullwidthASCIIToASCII: self = .fullwidthASCIIToASCII
        case .trimmingWhitespace: self = .trimmingWhitespace
        case .replaceOutside, .dropOutside, .truncate, .jisMappingVariants: return nil
        }
    }

    /// The normalization the rules language and the linter call `name`, for those that take
    /// no parameter (see ``init(_:)``).
    public init?(name: String) {
        guard let kind = Kind(rawValue: name) else { return nil }
        self.init(kind)
    }

    /// `text` normalized, with what changed.
    public func apply(to text: String) -> NormalizedText {
        switch self {
        case .nfc:
            return Self.unicodeNormalization(text, .nfc)
        case .nfkc:
            return Self.unicodeNormalization(text, .nfkc)
        case .hiraganaToKatakana:
            return NormalizedText(mapping: text) { character in
                Self.mapScalars(of: character, Self.katakana(forHiragana:))
            }
        case .halfwidthToFullwidthKatakana:
            return NormalizedText(mapping: text) { character in
                character.unicodeScalars.contains { JapaneseCharacterSet.halfwidthKatakana.contains($0) }
                    ? Self.fullwidthKatakana(forHalfwidth: character)
                    : nil
            }
        case .fullwidthAlphanumericsToASCII:
            return NormalizedText(mapping: text) { character in
                Self.mapScalars(of: character, Self.ascii(forFullwidthAlphanumeric:))
            }
        case .phoneDigits:
            let countryCode = Self.japaneseCountryCode(in: text)
            return NormalizedText(mapping: text) { offset, character, _ in
                if let countryCode {
                    if offset == countryCode.zero { return "0" }
                    if countryCode.dropped.contains(offset) { return "" }
                }
                // A digit is a character of one digit alone, as the country code is found: a
                // digit joined to a mark or a joiner is removed with it, never read differently
                // the second time.
                return Self.digit(character).map(String.init) ?? ""
            }
        case .phoneE164:
            let rewrites = Self.internationalRewrites(of: text)
            return NormalizedText(mapping: text) { offset, character, _ in
                if let rewrite = rewrites[offset] { return rewrite }
                return Self.digit(character).map(String.init) ?? ""
            }
        case .ideographicSpaces:
            return NormalizedText(mapping: text) { character in
                Self.mapScalars(of: character) { $0 == " " || $0 == "\u{A0}" ? "\u{3000}" : nil }
            }
        case .longVowelMarks:
            return NormalizedText(mapping: text) { _, character, previous in
                guard Self.hyphenLike.contains(character), let previous, Self.isKatakana(previous) else { return nil }
                return "ー"
            }
        case .fullwidthASCIIToASCII:
            return NormalizedText(mapping: text) { character in
                Self.mapScalars(of: character) { scalar in
                    (0xFF01...0xFF5E).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xFEE0) : nil
                }
            }
        case .trimmingWhitespace:
            let characters = Array(text)
            let start = characters.firstIndex { !$0.isWhitespace } ?? characters.count
            let end = (characters.lastIndex { !$0.isWhitespace }).map { $0 + 1 } ?? start
            return NormalizedText(mapping: text) { offset, _, _ in
                offset < start || offset >= end ? "" : nil
            }
        case .replaceOutside(let set, let replacement):
            return NormalizedText(mapping: text) { character in
                Self.composedIfInside(character, set) ?? replacement
            }
        case .dropOutside(let set):
            return NormalizedText(mapping: text) { character in
                Self.composedIfInside(character, set) ?? ""
            }
        case .truncateBytes(to: let limit, in: let encoding):
            var bytes = 0
            var kept = 0
            var end = text.startIndex
            while end < text.endIndex {
                let next = text.index(after: end)
                bytes += encoding.byteCount(of: text[end..<next])
                guard bytes <= limit else { break }
                kept += 1
                end = next
            }
            guard end < text.endIndex else { return NormalizedText(text: text, changes: []) }
            let cut = TextChange(offset: kept, original: String(text[end...]), replacement: "")
            return NormalizedText(text: String(text[..<end]), changes: [cut])
        case .truncate(toCharacters: let count):
            let kept = text.prefix(max(0, count))
            guard kept.endIndex < text.endIndex else { return NormalizedText(text: text, changes: []) }
            let cut = TextChange(offset: max(0, count), original: String(text[kept.endIndex...]), replacement: "")
            return NormalizedText(text: String(kept), changes: [cut])
        case .jisMappingVariants(let form):
            return NormalizedText(mapping: text) { character in
                Self.mapScalars(of: character) { scalar in
                    JISMappingVariant.all.first { $0.jis == scalar || $0.microsoft == scalar }
                        .map { form == .jis ? $0.jis : $0.microsoft }
                }
            }
        }
    }

    /// Where a phone number written with Japan's country code has it: the offset of the
    /// digit that becomes the trunk prefix `0` (the `8` of `+81`, the first `0` of `0081`),
    /// and the offsets dropped (the rest of the code, and every `0` written after it as a
    /// trunk prefix, as in `+81 (0)90…`); `nil` when the number, after leading whitespace,
    /// does not start with `+81`, and its digits do not start with `0081`. Judging `0081` by
    /// the digits alone, and dropping every trunk `0`, keeps the result its own
    /// normalization: it starts with one `0` and another digit.
    private static func japaneseCountryCode(in text: String) -> (zero: Int, dropped: Set<Int>)? {
        let characters = Array(text)
        let digits = characters.indices.filter { digit(characters[$0]) != nil }
        let code: [Int]
        let zero: Int
        if let start = characters.firstIndex(where: { !$0.isWhitespace }), ["+", "＋"].contains(characters[start]),
           start + 2 < characters.count, digit(characters[start + 1]) == 8, digit(characters[start + 2]) == 1 {
            code = [start, start + 1, start + 2]
            zero = start + 1
        } else if digits.count >= 4, digits.prefix(4).map({ digit(characters[$0]) }) == [0, 0, 8, 1] {
            code = Array(digits.prefix(4))
            zero = code[0]
        } else {
            return nil
        }
        var dropped = Set(code).subtracting([zero])
        let rest = digits.drop { $0 <= code[code.count - 1] }
        for offset in rest.prefix(while: { digit(characters[$0]) == 0 }) { dropped.insert(offset) }
        return (zero, dropped)
    }

    /// The value of an ASCII or full-width digit.
    private static func digit(_ character: Character) -> Int? {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return nil }
        let ascii = ascii(forFullwidthAlphanumeric: scalar) ?? scalar
        return (0x30...0x39).contains(ascii.value) ? Int(ascii.value - 0x30) : nil
    }

    /// The characters of a phone number that ``phoneE164`` writes otherwise than as their
    /// digit, by offset: the start of the number (`+`, the `00` dialling prefix, or the
    /// trunk prefix of a domestic number) and the trunk prefixes dropped after a country
    /// code. Every other character becomes its digit or nothing.
    private static func internationalRewrites(of text: String) -> [Int: String] {
        let characters = Array(text)
        let digitOffsets = characters.indices.filter { digit(characters[$0]) != nil }
        var rewrites: [Int: String] = [:]
        // A `0` in parentheses is the trunk prefix some countries write after their code.
        for offset in characters.indices.dropFirst().dropLast()
        where ["(", "（"].contains(characters[offset - 1]) && digit(characters[offset]) == 0 && [")", "）"].contains(characters[offset + 1]) {
            rewrites[offset] = ""
        }
        let countryCode: ArraySlice<Int>
        if let start = characters.firstIndex(where: { !$0.isWhitespace }), ["+", "＋"].contains(characters[start]) {
            rewrites[start] = "+"
            countryCode = digitOffsets.drop { $0 < start }[...]
        } else if digitOffsets.count >= 2, digit(characters[digitOffsets[0]]) == 0, digit(characters[digitOffsets[1]]) == 0 {
            rewrites[digitOffsets[0]] = "+"
            rewrites[digitOffsets[1]] = ""
            countryCode = digitOffsets.dropFirst(2)
        } else {
            if let first = digitOffsets.first, digit(characters[first]) == 0 { rewrites[first] = "+81" }
            return rewrites
        }
        // After Japan's code, every `0` before the subscriber number is a trunk prefix: all
        // of them go, so that the result is its own normalization.
        if countryCode.count >= 2, digit(characters[countryCode[countryCode.startIndex]]) == 8,
           digit(characters[countryCode[countryCode.startIndex + 1]]) == 1 {
            for offset in countryCode.dropFirst(2).prefix(while: { digit(characters[$0]) == 0 }) {
                rewrites[offset] = ""
            }
        }
        return rewrites
    }

    /// The characters customers type for the long vowel mark after katakana.
    static let hyphenLike: Set<Character> = [
        "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{FF0D}", "\u{FF70}",
    ]

    /// Whether the character is a full-width katakana letter or the long vowel mark.
    static func isKatakana(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0x30A1...0x30FA).contains(scalar.value) || scalar.value == 0x30FC
    }

    /// A character holding half-width katakana, in full width. ICU writes `ﾞ` and `ﾟ` as the
    /// combining U+3099 and U+309A, composed with the kana before where Unicode composes
    /// them, JIS X 0208 or not (`ﾜﾞ` becomes `ヷ`). So the katakana it wrote are decomposed,
    /// and each mark composed again only into a JIS X 0208 character; any other becomes its
    /// spacing form. Characters outside the katakana block are left as they are.
    private static func fullwidthKatakana(forHalfwidth character: Character) -> String {
        let transliterated = ICUTransliterator.halfwidthToFullwidthKatakana.transliterate(String(character))
        let decomposed = transliterated.unicodeScalars.flatMap { scalar in
            (0x30A0...0x30FF).contains(scalar.value) ? Array(String(scalar).normalized(.nfd).unicodeScalars) : [scalar]
        }
        var scalars: [Unicode.Scalar] = []
        for scalar in decomposed {
            let spacing: Unicode.Scalar
            switch scalar {
            case "\u{3099}": spacing = "\u{309B}"
            case "\u{309A}": spacing = "\u{309C}"
            default:
                scalars.append(scalar)
                continue
            }
            let composed = scalars.last.map { String(String.UnicodeScalarView([$0, scalar])).normalized(.nfc) }
            if let composed, composed.unicodeScalars.count == 1, JapaneseCharacterSet.jisX0208.contains(composed) {
                scalars[scalars.count - 1] = composed.unicodeScalars.first!
            } else {
                scalars.append(spacing)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// `character` itself when it lies in `set`, its composition when that does, else `nil`.
    private static func composedIfInside(_ character: Character, _ set: JapaneseCharacterSet) -> String? {
        let original = String(character)
        if set.firstViolation(in: original) == nil { return original }
        let composed = original.normalized(.nfc)
        return set.firstViolation(in: composed) == nil ? composed : nil
    }

    private static func unicodeNormalization(_ text: String, _ form: ICUNormalizationForm) -> NormalizedText {
        guard !text.normalized(form).hasSameScalars(as: text) else { return NormalizedText(text: text, changes: []) }
        return NormalizedText(mapping: text) { String($0).normalized(form) }
    }

    /// The character with `map` applied to each scalar, or `nil` when no scalar maps.
    private static func mapScalars(of character: Character, _ map: (Unicode.Scalar) -> Unicode.Scalar?) -> String? {
        var changed = false
        let scalars = character.unicodeScalars.map { scalar in
            if let mapped = map(scalar) {
                changed = true
                return mapped
            }
            return scalar
        }
        return changed ? String(String.UnicodeScalarView(scalars)) : nil
    }

    private static func katakana(forHiragana scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x3041...0x3096, 0x309D...0x309E: Unicode.Scalar(scalar.value + 0x60)
        default: nil
        }
    }

    private static func ascii(forFullwidthAlphanumeric scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: Unicode.Scalar(scalar.value - 0xFEE0)
        default: nil
        }
    }
}

extension ICUTransliterator {
    /// ICU's Halfwidth-Fullwidth, limited to the half-width katakana block so that ASCII
    /// is left alone.
    static let halfwidthToFullwidthKatakana: ICUTransliterator = {
        guard let transliterator = ICUTransliterator(id: "[\\uFF61-\\uFF9F] Halfwidth-Fullwidth") else {
            fatalError("ICU has no Halfwidth-Fullwidth transliterator")
        }
        return transliterator
    }()
}
