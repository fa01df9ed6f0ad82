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
/// | ``phoneDigits`` | `０９０－１１１１－２２２２` → `09011112222` |
/// | ``replaceOutside(_:with:)`` | shift_jis with `?`: `髙島屋` → `?島屋` |
/// | ``dropOutside(_:)`` | shift_jis: `寿司🍣` → `寿司` |
/// | ``truncate(toCharacters:)`` | 3: `ヤマダタロウ` → `ヤマダ` |
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
    /// (hyphens, spaces, parentheses, a leading `+`) is removed.
    case phoneDigits
    /// Every character outside `set` replaced by `replacement`. A character that arrived
    /// decomposed and is inside the set once composed is composed instead.
    case replaceOutside(JapaneseCharacterSet, with: String)
    /// Every character outside `set` removed; decomposed characters are composed as with
    /// ``replaceOutside(_:with:)``.
    case dropOutside(JapaneseCharacterSet)
    /// The text cut after `count` characters. A character is a grapheme cluster, so a base
    /// letter and its combining marks, or an emoji sequence, are kept or cut whole.
    case truncate(toCharacters: Int)
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
        case .replaceOutside: .replaceOutside
        case .dropOutside: .dropOutside
        case .truncate: .truncate
        case .jisMappingVariants: .jisMappingVariants
        }
    }

    /// The normalization of `kind` when that kind takes no parameter: `nfc`, `nfkc`,
    /// `hiragana_to_katakana`, `halfwidth_to_fullwidth_katakana`,
    /// `fullwidth_alphanumerics_to_ascii`, `phone_digits`.
    public init?(_ kind: Kind) {
        switch kind {
        case .nfc: self = .nfc
        case .nfkc: self = .nfkc
        case .hiraganaToKatakana: self = .hiraganaToKatakana
        case .halfwidthToFullwidthKatakana: self = .halfwidthToFullwidthKatakana
        case .fullwidthAlphanumericsToASCII: self = .fullwidthAlphanumericsToASCII
        case .phoneDigits: self = .phoneDigits
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
            return NormalizedText(mapping: text) { character in
                let digits = character.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
                    let ascii = Self.ascii(forFullwidthAlphanumeric: scalar) ?? scalar
                    return JapaneseCharacterSet.asciiDigits.contains(ascii) ? ascii : nil
                }
                return String(String.UnicodeScalarView(digits))
            }
        case .replaceOutside(let set, let replacement):
            return NormalizedText(mapping: text) { character in
                Self.composedIfInside(character, set) ?? replacement
            }
        case .dropOutside(let set):
            return NormalizedText(mapping: text) { character in
                Self.composedIfInside(character, set) ?? ""
            }
        case .truncate(let count):
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
