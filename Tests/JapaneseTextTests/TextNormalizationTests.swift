import JapaneseText
import Testing
import TestSupport

@Suite struct TextNormalizationTests {
    @Test(arguments: [
        (TextNormalization.nfc, "カ\u{3099}ス", "ガス"),
        (.nfkc, "ｶﾞ①ＡＢ", "ガ1AB"),
        (.hiraganaToKatakana, "やまだ たろう", "ヤマダ タロウ"),
        (.hiraganaToKatakana, "ゔゕゖゝゞらーめん", "ヴヵヶヽヾラーメン"),
        (.halfwidthToFullwidthKatakana, "ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ タロウ"),
        (.halfwidthToFullwidthKatakana, "ｶﾞｷﾞﾊﾟｳﾞｰ｡ABC", "ガギパヴー。ABC"),
        (.halfwidthToFullwidthKatakana, "ｴﾅﾟ", "エナ゜"),
        (.halfwidthToFullwidthKatakana, "ﾞﾜﾞｦﾞｱﾟﾟ", "゛ワ゛ヲ゛ア゜゜"),
        (.halfwidthToFullwidthKatakana, "\u{F900}ﾞ", "\u{F900}゛"),
        (.fullwidthAlphanumericsToASCII, "ＡＢＣ１２３ｘｙｚ－", "ABC123xyz－"),
        (.phoneDigits, "０９０－１１１１－２２２２", "09011112222"),
        (.phoneDigits, "090-1111-2222", "09011112222"),
        (.phoneDigits, "(03) 1234 5678", "0312345678"),
        (.phoneDigits, "+81 90-1234-5678", "09012345678"),
        (.phoneDigits, " ＋８１ (0)90-1234-5678", "09012345678"),
        (.phoneDigits, "+8190 1234 5678", "09012345678"),
        (.phoneDigits, "+1 415 555 0100", "14155550100"),
        (.phoneDigits, "090-1234-5678 +81", "0901234567881"),
        (.phoneDigits, "0081-90-1234-5678", "09012345678"),
        (.phoneDigits, "0031 20 779 1846", "0031207791846"),
        (.phoneDigits, "+81 0 0 81 2", "0812"),
        (.phoneDigits, "0 (0) 81-2", "02"),
        (.phoneDigits, "0 0 8\u{200D}1", "001"),
        (.phoneE164, "090-1234-5678", "+819012345678"),
        (.phoneE164, "０３（１２３４）５６７８", "+81312345678"),
        (.phoneE164, "+81 90 1234 5678", "+819012345678"),
        (.phoneE164, " ＋８１ (0)90-1234-5678", "+819012345678"),
        (.phoneE164, "+81 090 1234 5678", "+819012345678"),
        (.phoneE164, "0081 90 1234 5678", "+819012345678"),
        (.phoneE164, "+31 (0)20 779 1846", "+31207791846"),
        (.phoneE164, "0031 20 779 1846", "+31207791846"),
        (.phoneE164, "+1 (415) 555-0100", "+14155550100"),
        (.phoneE164, "9012345678", "9012345678"),
        (.phoneE164, "+819012345678", "+819012345678"),
        (.ideographicSpaces, "ヤマダ タロウ", "ヤマダ　タロウ"),
        (.ideographicSpaces, "ヤマダ\u{A0}タロウ　", "ヤマダ　タロウ　"),
        (.longVowelMarks, "ラ-メン", "ラーメン"),
        (.longVowelMarks, "コ－ヒ−‐ｰ", "コーヒーーー"),
        (.longVowelMarks, "03-1234-5678 A-B あ-", "03-1234-5678 A-B あ-"),
        (.fullwidthASCIIToASCII, "ｔａｒｏ＿１＠ｅｘａｍｐｌｅ．ｊｐ", "taro_1@example.jp"),
        (.fullwidthASCIIToASCII, "ｈｔｔｐｓ：／／ｓｈｏｐ．ｅｘａｍｐｌｅ／？ｑ＝１　", "https://shop.example/?q=1　"),
        (.trimmingWhitespace, " \u{3000}taro@example.jp\n\t", "taro@example.jp"),
        (.trimmingWhitespace, "ヤマダ　タロウ", "ヤマダ　タロウ"),
        (.trimmingWhitespace, "  ", ""),
        (.replaceOutside(.shiftJIS, with: "?"), "髙島屋", "?島屋"),
        (.replaceOutside(.jisX0208, with: "〓"), "カ\u{3099}🍣", "ガ〓"),
        (.dropOutside(.shiftJIS), "寿司🍣\u{202E}", "寿司"),
        (.truncate(toCharacters: 3), "ヤマダタロウ", "ヤマダ"),
        (.truncate(toCharacters: 2), "ガ\u{3099}👨‍👩‍👧ABC", "ガ\u{3099}👨‍👩‍👧"),
        (.truncate(toCharacters: 20), "ヤマダ", "ヤマダ"),
        (.truncateBytes(to: 7, in: .shiftJIS), "ヤマダタロウ", "ヤマダ"),
        (.truncateBytes(to: 7, in: .shiftJIS), "ﾔﾏﾀﾞ ﾀﾛｳ", "ﾔﾏﾀﾞ ﾀﾛ"),
        (.truncateBytes(to: 7, in: .utf8), "ガ\u{3099}ABC", "ガ\u{3099}A"),
        (.truncateBytes(to: 5, in: .utf8), "ガ\u{3099}ABC", ""),
        (.truncateBytes(to: 40, in: .cp932), "髙島屋", "髙島屋"),
        (.jisMappingVariants(.jis), "10～20－∥", "10〜20−‖"),
        (.jisMappingVariants(.microsoft), "10〜20−‖", "10～20－∥"),
    ])
    func normalizes(_ normalization: TextNormalization, _ input: String, _ expected: String) {
        let result = normalization.apply(to: input)
        #expect(result.text.unicodeScalars.elementsEqual(expected.unicodeScalars),
                "\(normalization): \(result.text.debugDescription)")
        #expect(result.isChanged == !input.unicodeScalars.elementsEqual(expected.unicodeScalars))
    }

    /// Every half-width katakana alone and with each mark: the result is JIS X 0208 as sent
    /// (no combining mark), composed where JIS X 0208 has the voiced form, with the spacing
    /// mark otherwise. The voiced forms are listed here, not derived from Unicode's data.
    @Test func halfwidthMarksComposeOnlyIntoJISX0208() {
        let voiced: [Character: Character] = [
            "カ": "ガ", "キ": "ギ", "ク": "グ", "ケ": "ゲ", "コ": "ゴ", "サ": "ザ", "シ": "ジ", "ス": "ズ", "セ": "ゼ",
            "ソ": "ゾ", "タ": "ダ", "チ": "ヂ", "ツ": "ヅ", "テ": "デ", "ト": "ド", "ハ": "バ", "ヒ": "ビ", "フ": "ブ",
            "ヘ": "ベ", "ホ": "ボ", "ウ": "ヴ",
        ]
        let semiVoiced: [Character: Character] = ["ハ": "パ", "ヒ": "ピ", "フ": "プ", "ヘ": "ペ", "ホ": "ポ"]
        let normalization = TextNormalization.halfwidthToFullwidthKatakana
        for value in UInt32(0xFF61)...0xFF9D {
            let kana = String(Unicode.Scalar(value)!)
            let fullwidth = normalization.apply(to: kana).text
            #expect(JapaneseCharacterSet.jisX0208.contains(fullwidth) && fullwidth.unicodeScalars.count == 1, "\(kana)")
            for (mark, table, spacing) in [("ﾞ", voiced, "゛"), ("ﾟ", semiVoiced, "゜")] {
                let result = normalization.apply(to: kana + mark).text
                let expected = table[Character(fullwidth)].map { String($0) } ?? fullwidth + spacing
                #expect(result.unicodeScalars.elementsEqual(expected.unicodeScalars), "\(kana)\(mark) → \(result.debugDescription)")
                #expect(JapaneseCharacterSet.jisX0208.contains(result), "\(kana)\(mark)")
            }
        }
    }

    @Test func reportsRunsOfChanges() {
        let result = TextNormalization.hiraganaToKatakana.apply(to: "やまだ 太郎 たろう")
        #expect(result.changes == [
            TextChange(offset: 0, original: "やまだ", replacement: "ヤマダ"),
            TextChange(offset: 7, original: "たろう", replacement: "タロウ"),
        ])
        let truncated = TextNormalization.truncate(toCharacters: 3).apply(to: "ヤマダタロウ")
        #expect(truncated.changes == [TextChange(offset: 3, original: "タロウ", replacement: "")])
        let dropped = TextNormalization.dropOutside(.shiftJIS).apply(to: "寿司🍣")
        #expect(dropped.changes == [TextChange(offset: 2, original: "🍣", replacement: "")])
    }

    /// Every normalization without a parameter, from the one list of their names, and some
    /// with parameters.
    static let normalizations: [TextNormalization] = TextNormalization.Kind.allCases.compactMap(TextNormalization.init) + [
        .replaceOutside(.jisX0208, with: "〓"), .replaceOutside(.fullwidthKatakana, with: "ー"),
        .dropOutside(.shiftJIS), .dropOutside(.asciiDigits), .truncate(toCharacters: 5), .truncateBytes(to: 7, in: .shiftJIS),
        .truncateBytes(to: 5, in: .utf8), .jisMappingVariants(.jis),
        .jisMappingVariants(.microsoft),
    ]

    @Test func changesApplyOnlyToTheTextTheyFit() {
        let changes = [TextChange(offset: 0, original: "やま", replacement: "ヤマ"), TextChange(offset: 3, original: "🍣", replacement: "")]
        #expect(TextChange.apply(changes, to: "やまだ🍣!") == "ヤマだ!")
        #expect(TextChange.apply([], to: "やまだ") == "やまだ")
        #expect(TextChange.apply(changes, to: "かまだ🍣!") == nil, "a change naming other characters")
        #expect(TextChange.apply(changes.reversed(), to: "やまだ🍣!") == nil, "changes out of order")
        #expect(TextChange.apply(changes, to: "やまだ") == nil, "a change past the end")
        #expect(TextChange.apply([changes[0], TextChange(offset: 1, original: "ま", replacement: "")], to: "やまだ") == nil,
                "overlapping changes")
    }

    /// Idempotent, complete (replaying the reported changes on the input gives the output),
    /// and the output lies in the normalization's target.
    @Test(arguments: normalizations)
    func properties(_ normalization: TextNormalization) {
        var random = SplitMix64(seed: 0x4B6F_6E62_696E_69)
        for _ in 0..<1_500 {
            let input = random.tricky()
            let once = normalization.apply(to: input)
            let twice = normalization.apply(to: once.text)
            #expect(!twice.isChanged, "\(normalization) is not idempotent on \(input.debugDescription)")
            let replayed = TextChange.apply(once.changes, to: input)
            #expect(replayed?.unicodeScalars.elementsEqual(once.text.unicodeScalars) == true,
                    "\(normalization) did not report every change to \(input.debugDescription): \(once.changes)")
            #expect(normalization.isSatisfied(by: once.text), "\(normalization): \(once.text.debugDescription)")
        }
    }
}

extension SplitMix64 {
    static let trickyScalars: [Unicode.Scalar] = [
        "a", "Z", "5", " ", "-", "+", "(", "~", "\\", "\u{A5}", "\u{203E}", "\u{7F}", "\n",
        "あ", "が", "ゔ", "ゕ", "ゝ", "ー", "ア", "ガ", "ヴ", "ヵ", "・", "\u{3000}",
        "ｱ", "ｶ", "ﾊ", "ｳ", "ﾞ", "ﾟ", "ｰ", "｡", "\u{3099}", "\u{309A}", "\u{301}",
        "０", "９", "Ａ", "ｚ", "－", "～", "〜", "−", "‖", "∥", "—", "―", "‐", "＋", "８", "１", "＠", "．", "\u{A0}", "\t",
        "漢", "髙", "﨑", "①", "Ⅻ", "\u{212B}", "Å", "🍣", "👨", "\u{200D}", "𠮷",
        "\u{202E}", "\u{2066}", "\u{E000}", "\u{0378}", "\u{FFFD}",
    ]

    mutating func tricky() -> String {
        let count = Int.random(in: 0..<24, using: &self)
        let scalars = (0..<count).map { _ in Self.trickyScalars.randomElement(using: &self)! }
        return String(String.UnicodeScalarView(scalars))
    }
}
