import KonbiniRules
import ShopCheckout
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

    @Test func rejectsAnOrderAboveTheShopsLimitInTheCustomersLanguage() {
        let result = checkKonbiniOrder(amount: 100_001, nameKana: "ヤマダ", phone: "0312345678", language: .japanese, now: now)
        #expect(result == .rejected(["/amount": "コンビニ払いは120円から100000円までのご注文でご利用いただけます。"]))
    }
}
