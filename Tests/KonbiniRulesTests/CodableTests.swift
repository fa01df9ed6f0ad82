import Foundation
import JapaneseText
import KonbiniRules
import Testing

/// Violations, pointers, messages and changes encode as a response would carry them and
/// decode back.
@Suite struct RuntimeCodableTests {
    @Test func violationsRoundTrip() throws {
        let rule = KonbiniRule(id: "shop.amount.range", severity: .error,
                        message: RuleMessage(english: "{field} must be at most {max}.", japanese: "{field}は{max}以下にしてください。"),
                        source: "https://shop.example/terms")
        let violation = rule.violation(at: "/amount", field: "amount", values: [("max", BilingualText("100"))])
        let json = try JSONEncoder().encode(violation)
        #expect(try JSONDecoder().decode(Violation.self, from: json) == violation)
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(object["path"] as? String == "/amount")
        #expect((object["message"] as? [String: String])?["english"] == "amount must be at most 100.")
    }

    @Test func pointersAreTheirStringsAndOnlyValidOnesDecode() throws {
        let pointer = JSONPointer(tokens: ["payment_details", "a/b"])
        #expect(String(decoding: try JSONEncoder().encode([pointer]), as: UTF8.self) == #"["\/payment_details\/a~1b"]"#)
        #expect(try JSONDecoder().decode([JSONPointer].self, from: JSONEncoder().encode([pointer, .root])) == [pointer, .root])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([JSONPointer].self, from: Data(#"["amount"]"#.utf8)) }
    }

    /// A sensitive field's change is written masked, so that a response or a log never
    /// carries the card number; other changes round-trip.
    @Test func changesRoundTripAndSensitiveOnesAreMasked() throws {
        let plain = FieldChange(path: "/name", ruleID: "r", normalization: .hiraganaToKatakana, changes: [TextChange(offset: 0, original: "やまだ", replacement: "ヤマダ")])
        #expect(try JSONDecoder().decode(FieldChange.self, from: JSONEncoder().encode(plain)) == plain)
        let card = FieldChange(path: "/number", ruleID: "r", normalization: .hiraganaToKatakana, changes: [TextChange(offset: 0, original: "４１１１１１１１１１１１１１１１", replacement: "4111111111111111")],
                               isSensitive: true)
        let written = String(decoding: try JSONEncoder().encode(card), as: UTF8.self)
        #expect(!written.contains("4111111111111111") && !written.contains("４１１１"))
        let read = try JSONDecoder().decode(FieldChange.self, from: Data(written.utf8))
        #expect(read.isSensitive && read.changes.first?.replacement == "••••••••••••1111")
        // Text that looks like a card number is masked in any field, as reports mask it.
        let cardLike = FieldChange(path: "/note", ruleID: "r", normalization: .hiraganaToKatakana, changes: [TextChange(offset: 0, original: "4111 1111 1111 1111", replacement: "")])
        #expect(!String(decoding: try JSONEncoder().encode(cardLike), as: UTF8.self).contains("4111 1111"))
    }

    @Test func consumptionTaxIsYenOrAuto() throws {
        let taxes: [ConsumptionTax] = [.yen(100), .auto]
        #expect(String(decoding: try JSONEncoder().encode(taxes), as: UTF8.self) == #"[100,"auto"]"#)
        #expect(try JSONDecoder().decode([ConsumptionTax].self, from: JSONEncoder().encode(taxes)) == taxes)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([ConsumptionTax].self, from: Data(#"["some"]"#.utf8)) }
    }
}
