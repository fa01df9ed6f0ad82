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

    /// Text is judged as sent: a decomposed kana and a compatibility ideograph are outside
    /// JIS X 0208 even though their compositions are inside, and the report names those.
    @Test func judgesTextAsSentAndNamesTheCompositionThatWouldPass() throws {
        let decomposed = TextCheckReport("カ\u{3099}ス", set: .jisX0208, maximumLength: nil)
        #expect(decomposed.text == "invalid: U+3099 at 1 (not-in-set); composed (NFC) it would pass: \"ガス\"")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(decomposed.json.utf8)) as? [String: Any])
        #expect(object["valid"] as? Bool == false)
        #expect(object["composed"] as? String == "ガス")
        let compatibility = TextCheckReport("\u{F900}", set: .jisX0208, maximumLength: nil)
        #expect(compatibility.text == "invalid: U+F900 at 0 (not-in-set); composed (NFC) it would pass: \"\u{8C48}\"")
        #expect(TextCheckReport("ガス", set: .jisX0208, maximumLength: nil).text == "valid")
        #expect(TextCheckReport("カ\u{3099}🍣", set: .jisX0208, maximumLength: nil).text
            == "invalid: U+3099 at 1 (not-in-set), U+1F363 at 2 (not-in-set)")
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
