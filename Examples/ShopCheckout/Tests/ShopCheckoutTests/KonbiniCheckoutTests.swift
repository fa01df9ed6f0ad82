import Foundation
import KonbiniRules
@testable import ShopCheckout
import Testing

@Suite struct KonbiniCheckoutTests {
    let now = Timestamp(secondsSince1970: 1_795_348_800)

    @Test func fixesTheCustomersInputAndAcceptsTheOrder() {
        let result = checkKonbiniOrder(amount: 5_800, nameKana: "やまだ　たろう", phone: "０９０－１１１１－２２２２", language: .japanese, now: now)
        guard case .accepted(let order, let adjustments) = result else {
            Issue.record("rejected: \(result)")
            return
        }
        #expect(order.nameKana == "ヤマダ　タロウ")
        #expect(order.phone == "09011112222")
        #expect(adjustments.map(\.path) == ["/name_kana", "/phone"])
    }

    /// What customers type: an ASCII space between the names, a hyphen for the long vowel,
    /// a phone number with the country code.
    @Test func fixesWhatCustomersType() {
        let result = checkKonbiniOrder(amount: 5_800, nameKana: "さとう ゆ-こ", phone: "+81 90-1111-2222", language: .japanese, now: now)
        guard case .accepted(let order, _) = result else {
            Issue.record("rejected: \(result)")
            return
        }
        #expect(order.nameKana == "サトウ　ユーコ")
        #expect(order.phone == "09011112222")
    }

    @Test func rejectsAnOrderAboveTheShopsLimitInTheCustomersLanguage() {
        let result = checkKonbiniOrder(amount: 100_001, nameKana: "ヤマダ", phone: "0312345678", language: .japanese, now: now)
        #expect(result == .rejected(["/amount": "コンビニ払いは120円から100000円までのご注文でご利用いただけます。"]))
    }

    /// A handler that already decodes with `JSONDecoder` gets the generated type from the
    /// form's JSON, and encodes the fixed order in the same member names for the provider.
    @Test func decodesTheFormsJSONAndEncodesTheFixedOrder() throws {
        let body = #"{"amount": 5800, "name_kana": "やまだ　たろう", "phone": "０９０－１１１１－２２２２"}"#
        let order = try JSONDecoder().decode(ShopKonbiniOrder.self, from: Data(body.utf8))
        #expect(order.validate(now: now).map(\.ruleID) == ["shop.konbini.name_kana.charset", "shop.konbini.phone.digits"])
        let (fixed, changes) = order.normalized()
        #expect(fixed.validate(now: now).isEmpty)
        #expect(changes.map(\.path) == ["/name_kana", "/phone"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let sent = String(decoding: try encoder.encode(fixed), as: UTF8.self)
        #expect(sent == #"{"amount":5800,"name_kana":"ヤマダ　タロウ","phone":"09011112222"}"#)
    }
}
