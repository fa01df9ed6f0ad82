extension TextNormalization {
    /// Whether `text` is already in the form this normalization produces, judged from the
    /// text itself rather than by applying the normalization (except for NFC and NFKC,
    /// whose form only ICU can tell): no hiragana left for ``hiraganaToKatakana``, only ASCII
    /// digits for ``phoneDigits`` (after a `+` for ``phoneE164``), every character in the set
    /// for ``replaceOutside(_:with:)`` (given a replacement inside it) and ``dropOutside(_:)``,
    /// and so on.
    ///
    /// Every output of ``apply(to:)`` satisfies it; the tests and fuzzers hold the
    /// normalizations to that.
    public func isSatisfied(by text: String) -> Bool {
        switch self {
        case .nfc, .nfkc:
            return !apply(to: text).isChanged
        case .hiraganaToKatakana:
            return !text.unicodeScalars.contains { (0x3041...0x3096).contains($0.value) || (0x309D...0x309E).contains($0.value) }
        case .halfwidthToFullwidthKatakana:
            return !text.unicodeScalars.contains(where: JapaneseCharacterSet.halfwidthKatakana.contains)
        case .fullwidthAlphanumericsToASCII:
            let fullwidth: [ClosedRange<UInt32>] = [0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A]
            return !text.unicodeScalars.contains { scalar in fullwidth.contains { $0.contains(scalar.value) } }
        case .phoneDigits:
            return JapaneseCharacterSet.asciiDigits.contains(text)
        case .phoneE164:
            let digits = text.first == "+" ? text.dropFirst() : text[...]
            return digits.unicodeScalars.allSatisfy(JapaneseCharacterSet.asciiDigits.contains)
        case .ideographicSpaces:
            return !text.unicodeScalars.contains { $0 == " " || $0 == "\u{A0}" }
        case .longVowelMarks:
            return !zip(text, text.dropFirst()).contains { Self.isKatakana($0) && Self.hyphenLike.contains($1) }
        case .fullwidthASCIIToASCII:
            return !text.unicodeScalars.contains { (0xFF01...0xFF5E).contains($0.value) }
        case .trimmingWhitespace:
            return !(text.first?.isWhitespace ?? false) && !(text.last?.isWhitespace ?? false)
        case .replaceOutside(let set, _), .dropOutside(let set):
            return set.contains(text)
        case .truncate(toCharacters: let count):
            return text.count <= count
        case .truncateBytes(to: let limit, in: let encoding):
            return encoding.byteCount(of: text) <= limit
        case .jisMappingVariants(let form):
            return !text.unicodeScalars.contains { scalar in
                JISMappingVariant.all.contains { (form == .jis ? $0.microsoft : $0.jis) == scalar }
            }
        }
    }
}
