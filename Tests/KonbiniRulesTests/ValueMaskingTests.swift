import JapaneseText
import KonbiniRules
import Testing

@Suite struct ValueMaskingTests {
    @Test func cardNumbersShowTheirLastFourWhetherOrNotTheirCheckDigitIsRight() {
        #expect(ValueMasking.displayed("4111111111111111", isSensitive: false) == "••••••••••••1111")
        #expect(ValueMasking.displayed("4111111111111112", isSensitive: false) == "••••••••••••1112")
        #expect(ValueMasking.displayed("4111 1111-1111 1112", isSensitive: false) == "•••••••••••••••1112")
    }

    @Test func shortSensitiveValuesShowOnlyTheirLength() {
        #expect(ValueMasking.displayed("12a", isSensitive: true) == "•••")
        #expect(ValueMasking.displayed("1234", isSensitive: true) == "••••")
        #expect(ValueMasking.displayed("", isSensitive: true) == "")
        #expect(ValueMasking.displayed("12345678901", isSensitive: true) == "•••••••••••")
        #expect(ValueMasking.displayed("123456789012", isSensitive: true) == "••••••••9012")
        // Characters, not bytes or scalars, are counted and kept whole.
        #expect(ValueMasking.displayed("ヤマダタロウ様🇯🇵ガ\u{3099}ABCD", isSensitive: true) == "•••••••••ABCD")
    }

    @Test func otherValuesAreShownAsTheyAre() {
        #expect(ValueMasking.displayed("09011112222", isSensitive: false) == "09011112222")
        #expect(ValueMasking.displayed("12345678901234567890", isSensitive: false) == "12345678901234567890")
        #expect(ValueMasking.displayed("ヤマダ", isSensitive: false) == "ヤマダ")
        #expect(!ValueMasking.looksLikeCardNumber("4111-1111-1111-1111 🍣"))
        #expect(!ValueMasking.looksLikeCardNumber("+81 90 1111 2222"))
    }

    /// The question a writer asks before writing a value without a copy has the answer
    /// ``ValueMasking/displayed(_:isSensitive:)`` acts on.
    @Test(arguments: ["4111 1111-1111 1112", "12a", "ヤマダ", "09011112222", ""], [false, true])
    func isMaskedAnswersAsDisplayedMasks(text: String, isSensitive: Bool) {
        let isMasked = ValueMasking.isMasked(text, isSensitive: isSensitive)
        #expect(isMasked == (isSensitive || text == "4111 1111-1111 1112"))
        #expect(ValueMasking.displayed(text, isSensitive: isSensitive) == (isMasked ? ValueMasking.masked(text) : text))
    }

    /// A change list printed for a log masks a sensitive field's text as reports do.
    @Test func changesOfSensitiveFieldsAreMaskedWhenDescribed() {
        let change = FieldChange(
            path: "/payment_details/prepaid_number", ruleID: "komoju.web_money.prepaid_number.pattern",
            normalization: .fullwidthAlphanumericsToASCII, changes: [TextChange(offset: 0, original: "１２３４５６７８９０ABCDEF", replacement: "1234567890ABCDEF")],
            isSensitive: true)
        #expect(change.description == "/payment_details/prepaid_number: \"••••••••••••CDEF\" → \"••••••••••••CDEF\" at 0 (fullwidth_alphanumerics_to_ascii) [komoju.web_money.prepaid_number.pattern]")
        let plain = FieldChange(path: "/name", ruleID: "r", normalization: .hiraganaToKatakana, changes: [TextChange(offset: 0, original: "やまだ", replacement: "ヤマダ")])
        #expect(plain.description == "/name: \"やまだ\" → \"ヤマダ\" at 0 (hiragana_to_katakana) [r]")
    }
}
