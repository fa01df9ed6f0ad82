import KonbiniRules
import Testing

@Suite struct MessageTests {
    @Test func fillsPlaceholdersInBothLanguages() {
        let message = RuleMessage(english: "between ¥{min} and ¥{max}", japanese: "{min}円以上{max}円以下")
        #expect(message.placeholders == ["min", "max"])
        let filled = message.filled(with: ["min": "120", "max": "300,000"])
        #expect(filled.text(in: .english) == "between ¥120 and ¥300,000")
        #expect(filled.text(in: .japanese) == "120円以上300,000円以下")
    }

    @Test func leavesUnknownPlaceholdersAndStrayBracesAsWritten() {
        let message = RuleMessage(english: "{a{field}} is {unknown} {", japanese: "}{field}")
        let filled = message.filled(with: ["field": "amount"])
        #expect(filled.english == "{aamount} is {unknown} {")
        #expect(filled.japanese == "}amount")
    }

    @Test func doesNotFillPlaceholdersInsideValues() {
        let message = RuleMessage(english: "{field} must be {min}", japanese: "{field}")
        let filled = message.filled(with: ["field": "{min}", "min": "120"])
        #expect(filled.english == "{min} must be 120")
        #expect(filled.japanese == "{min}")
    }
}
