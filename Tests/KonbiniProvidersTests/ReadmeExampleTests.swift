import KonbiniProviders
import Testing

/// The README's library example, as it shows it.
@Suite struct ReadmeExampleTests {
    @Test func checkingARequest() {
        let request = StripeKonbiniPaymentIntent(
            amount: 100, currency: .jpy, paymentMethodTypes: ["konbini"],
            paymentMethodOptions: .init(konbini: .init(confirmationNumber: "０９０－１１１１－２２２２")))
        let violations = request.validate(now: Timestamp(secondsSince1970: 1_795_348_800))
        #expect(violations.map(\.path) == ["/amount", "/payment_method_options/konbini/confirmation_number"])
        #expect(violations.map(\.ruleID) == ["stripe.konbini.amount.range", "stripe.konbini.confirmation_number.digits"])
        #expect(violations[0].message.japanese == "コンビニ決済のamountは120円以上300000円以下にしてください。")
        let (fixed, _) = request.normalized()
        #expect(fixed.paymentMethodOptions?.konbini?.confirmationNumber == "09011112222")
    }
}
