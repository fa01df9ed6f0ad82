import KonbiniRules
import Testing

@Suite struct MessageTests {
    @Test func fillsPlaceholdersInBothLanguages() {
        let message = RuleMessage(english: "between ¥{min} and ¥{max}", japanese: "{min}円以上{max}円以下")
        #expect(message.placeholders == ["min", "max"])
        let filled = message.filled(with: [("min", BilingualText("120")), ("max", BilingualText("300,000"))])
        #expect(filled.text(in: .english) == "between ¥120 and ¥300,000")
        #expect(filled.text(in: .japanese) == "120円以上300,000円以下")
    }

    @Test func leavesUnknownPlaceholdersAndStrayBracesAsWritten() {
        let message = RuleMessage(english: "{a{field}} is {unknown} {", japanese: "}{field}")
        let filled = message.filled(with: [("field", BilingualText("amount"))])
        #expect(filled.english == "{aamount} is {unknown} {")
        #expect(filled.japanese == "}amount")
    }

    @Test func doesNotFillPlaceholdersInsideValues() {
        let message = RuleMessage(english: "{field} must be {min}", japanese: "{field}")
        let filled = message.filled(with: [("field", BilingualText("{min}")), ("min", BilingualText("120"))])
        #expect(filled.english == "{min} must be 120")
        #expect(filled.japanese == "{min}")
    }

    @Test func fillsEachLanguageWithItsOwnText() {
        let message = RuleMessage(english: "{field} must be {type}.", japanese: "{field}の形式が正しくありません（{type}）。")
        let filled = message.filled(with: [("field", BilingualText(english: "Amount", japanese: "金額")),
                                           ("type", BilingualText(english: "an integer", japanese: "整数"))])
        #expect(filled.english == "Amount must be an integer.")
        #expect(filled.japanese == "金額の形式が正しくありません（整数）。")
    }

    /// Developers read the field's name, customers its label; a field without a label is
    /// named the same for both.
    @Test func customersReadTheLabelDevelopersTheName() {
        let message = RuleMessage(english: "{field} contains characters outside {set}.", japanese: "{field}に{set}以外の文字が含まれています。")
        let labelled = KonbiniRule(id: "shop.name_kana.charset", severity: .error, message: message, source: "https://shop.example",
                                   label: BilingualText(english: "Name (katakana)", japanese: "お名前（カナ）"))
        let check = ValueCheck(.charset(.fullwidthKatakana), field: "name_kana", rule: labelled)
        var violations: [Violation] = []
        check.check("やまだ", at: "/name_kana", into: &violations)
        #expect(violations.map(\.message.japanese) == ["name_kanaに全角カタカナ以外の文字が含まれています。"])
        #expect(violations.map(\.customerMessage.japanese) == ["お名前（カナ）に全角カタカナ以外の文字が含まれています。"])
        #expect(violations.map(\.customerMessage.english) == ["Name (katakana) contains characters outside full-width katakana."])

        let unlabelled = KonbiniRule(id: "shop.name_kana.charset", severity: .error, message: message, source: "https://shop.example")
        let violation = unlabelled.violation(at: "/name_kana", field: "name_kana", values: [("set", BilingualText("x"))])
        #expect(violation.customerMessage == violation.message)
        #expect(violation.message.english == "name_kana contains characters outside x.")
    }
}
