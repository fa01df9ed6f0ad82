import Foundation
import JapaneseText
import KonbiniLint
import Testing

@Suite struct TextCheckReportTests {
    @Test func reportsOffendingCharactersWithOffsets() throws {
        let report = TextCheckReport("髙島屋🍣", set: .shiftJIS, maximumLength: nil)
        #expect(!report.isValid)
        #expect(report.text == "invalid: U+9AD9 at 0 (not-in-set), U+1F363 at 3 (not-in-set)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
        #expect(object["valid"] as? Bool == false)
        let violations = try #require(object["violations"] as? [[String: Any]])
        #expect(violations.map { $0["offset"] as? Int } == [0, 3])
        #expect(violations.map { $0["utf8_offset"] as? Int } == [0, 9])
    }

    @Test func checksTheLength() {
        #expect(TextCheckReport("ヤマダタロウ", set: .fullwidthKatakana, maximumLength: 6).isValid)
        let long = TextCheckReport("ヤマダタロウ", set: .fullwidthKatakana, maximumLength: 5)
        #expect(!long.isValid)
        #expect(long.text == "invalid: 6 characters")
    }

    @Test func namesParameterlessNormalizations() {
        #expect(TextNormalization(name: "phone_digits") == .phoneDigits)
        #expect(TextNormalization(name: "truncate") == nil)
    }
}
