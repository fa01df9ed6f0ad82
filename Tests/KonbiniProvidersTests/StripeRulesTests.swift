import KonbiniProviders
import Testing

/// Stripe's rules through the generated request type.
@Suite struct StripeRulesTests {
    typealias Request = StripeKonbiniPaymentIntent
    /// 2026-11-22T12:00:00Z, 21:00 in Japan.
    static let now = Timestamp(secondsSince1970: 1_795_348_800)

    static func valid() -> Request {
        Request(
            amount: 1_000, currency: .jpy, paymentMethodTypes: ["konbini"],
            paymentMethodOptions: .init(konbini: .init(expiresAfterDays: 3, productDescription: "お買い上げ商品", confirmationNumber: "09011112222")),
            paymentMethodData: .init(type: .konbini, billingDetails: .init(name: "ヤマダ タロウ", email: "taro@example.com")))
    }

    func ids(_ request: Request) -> [String] {
        request.validate(now: Self.now).map(\.ruleID)
    }

    @Test func acceptsAValidRequest() {
        #expect(ids(Self.valid()) == [])
    }

    static let amountCases: [(Int, [String])] = [
        (119, ["stripe.konbini.amount.range"]), (120, []), (300_000, []), (300_001, ["stripe.konbini.amount.range"]),
    ]

    @Test(arguments: amountCases)
    func amountBounds(_ amount: Int, _ expected: [String]) {
        var request = Self.valid()
        request.amount = amount
        #expect(ids(request) == expected)
    }

    @Test func reportsMissingRequiredFieldsAtTheirPaths() {
        var request = Self.valid()
        request.amount = nil
        request.paymentMethodData?.billingDetails?.email = nil
        let violations = request.validate(now: Self.now)
        #expect(violations.map(\.ruleID) == ["stripe.konbini.amount.required", "stripe.konbini.email.required"])
        #expect(violations.map(\.path) == ["/amount", "/payment_method_data/billing_details/email"])
        #expect(violations[0].message.english == "amount is required.")
        #expect(violations[0].message.japanese == "amountは必須です。")
        #expect(violations[0].rule.source == "https://docs.stripe.com/payments/konbini")
    }

    static let expiryCases: [(Int64, [String])] = [
        (1800, ["stripe.konbini.expires_at.later_than"]),
        (1801, []),
        (60 * 86_400 - 1, []),
        (60 * 86_400, ["stripe.konbini.expires_at.sooner_than"]),
    ]

    @Test(arguments: expiryCases)
    func expiresAtWindow(_ secondsAhead: Int64, _ expected: [String]) {
        var request = Self.valid()
        request.paymentMethodOptions?.konbini?.expiresAfterDays = nil
        request.paymentMethodOptions?.konbini?.expiresAt = Int(Self.now.secondsSince1970 + secondsAhead)
        #expect(ids(request) == expected)
    }

    @Test func expiryOptionsAreExclusive() {
        var request = Self.valid()
        request.paymentMethodOptions?.konbini?.expiresAt = Int(Self.now.secondsSince1970 + 86_400)
        #expect(ids(request) == ["stripe.konbini.expiry.exclusive"])
    }

    static let confirmationCases: [(String, [String])] = [
        ("0901111222", []), ("09011112222", []), ("090111122", ["stripe.konbini.confirmation_number.digits"]),
        ("090111122223", ["stripe.konbini.confirmation_number.digits"]), ("0000000000", ["stripe.konbini.confirmation_number.not_all_zeros"]),
        ("090-1111-2222", ["stripe.konbini.confirmation_number.digits"]),
    ]

    @Test(arguments: confirmationCases)
    func confirmationNumber(_ number: String, _ expected: [String]) {
        var request = Self.valid()
        request.paymentMethodOptions?.konbini?.confirmationNumber = number
        #expect(ids(request) == expected)
    }

    @Test func normalizesWhatStripeWouldReject() {
        var request = Self.valid()
        request.paymentMethodOptions?.konbini?.confirmationNumber = "０９０－１１１１－２２２２"
        request.paymentMethodOptions?.konbini?.productDescription = "髙島屋の贈り物セット・季節限定の和菓子詰め合わせ"
        request.paymentMethodData?.billingDetails?.name = "山田🍣太郎"
        #expect(ids(request) == [
            "stripe.konbini.product_description.charset", "stripe.konbini.product_description.length",
            "stripe.konbini.confirmation_number.digits", "stripe.konbini.name.charset",
        ])
        let (fixed, changes) = request.normalized()
        #expect(fixed.paymentMethodOptions?.konbini?.confirmationNumber == "09011112222")
        #expect(fixed.paymentMethodOptions?.konbini?.productDescription == "〓島屋の贈り物セット・季節限定の和菓子詰め合")
        #expect(fixed.paymentMethodData?.billingDetails?.name == "山田太郎")
        #expect(changes.map(\.ruleID) == [
            "stripe.konbini.product_description.charset", "stripe.konbini.product_description.length",
            "stripe.konbini.confirmation_number.digits", "stripe.konbini.name.charset",
        ])
        #expect(ids(fixed) == [])
    }

    /// Text is judged as sent: a decomposed kana and a compatibility ideograph break the
    /// Shift JIS rule, the message names the composition that would pass, and the rule's
    /// nfc fix composes them rather than replacing them.
    @Test func decomposedTextIsAViolationThatNFCFixes() {
        var request = Self.valid()
        request.paymentMethodOptions?.konbini?.productDescription = "セ\u{3099}ット\u{F900}"
        let violations = request.validate(now: Self.now)
        #expect(violations.map(\.ruleID) == ["stripe.konbini.product_description.charset"])
        #expect(violations.first?.message.english
            == "product_description may only contain Shift JIS (JIS X 0208:1997) characters. Composed (NFC) it would pass: U+30BB U+3099 → U+30BC, U+F900 → U+8C48.")
        #expect(violations.first?.message.japanese
            == "product_descriptionにはShift JIS（JIS X 0208:1997）の文字のみ使用できます。NFCで合成すれば使用できます（U+30BB U+3099 → U+30BC, U+F900 → U+8C48）。")
        let (fixed, changes) = request.normalized()
        #expect(fixed.paymentMethodOptions?.konbini?.productDescription == "ゼット\u{8C48}")
        #expect(changes.map(\.ruleID) == ["stripe.konbini.product_description.charset"])
        #expect(changes.first?.changes.map(\.replacement) == ["ゼ", "\u{8C48}"])
        #expect(ids(fixed) == [])
    }

    @Test func decodesAFormPayloadAndReportsTypeErrorsAtTheirPaths() {
        let payload = PayloadNode(.object([
            PayloadMember(key: "amount", node: PayloadNode(.text("1000"))),
            PayloadMember(key: "currency", node: PayloadNode(.text("JPY"))),
            PayloadMember(key: "payment_method_options", node: PayloadNode(.object([
                PayloadMember(key: "konbini", node: PayloadNode(.object([
                    PayloadMember(key: "expires_after_days", node: PayloadNode(.text("3.5"))),
                    PayloadMember(key: "expires_after_day", node: PayloadNode(.text("3"))),
                ]))),
            ]))),
        ]))
        let decoded = Request.decode(payload)
        let (request, violations) = (decoded.request, decoded.violations)
        #expect(request?.amount == 1_000)
        #expect(request?.currency == .jpy)
        #expect(violations.map(\.ruleID) == ["stripe.konbini.expires_after_days.type", "stripe.konbini.unknown_field"])
        #expect(violations.map(\.path) == ["/payment_method_options/konbini/expires_after_days", "/payment_method_options/konbini/expires_after_day"])
        #expect(violations.map(\.severity) == [.error, .warning])
    }

    /// A value of the wrong type is missing from the typed request, but it is not missing
    /// from the payload: its type error is the one violation there, not `required` as well.
    @Test func aValueOfTheWrongTypeIsNotAlsoReportedAsMissing() {
        let payload = PayloadNode(.object([
            PayloadMember(key: "amount", node: PayloadNode(.string("1000"))),
            PayloadMember(key: "currency", node: PayloadNode(.string("usd"))),
            PayloadMember(key: "payment_method_types", node: PayloadNode(.array([PayloadNode(.string("konbini"))]))),
        ]))
        let violations = Request.check(payload, now: Self.now)
        #expect(violations.map(\.ruleID) == ["stripe.konbini.amount.type", "stripe.konbini.currency.type"])
        #expect(violations.map(\.path) == ["/amount", "/currency"])
        // Without its value, the request does lack an amount: validation alone says so.
        #expect(Request.decode(payload).request?.validate(now: Self.now).map(\.ruleID) == ["stripe.konbini.amount.required", "stripe.konbini.currency.required"])
        // The documented path, decode → normalize → validate, reports each once.
        let (fixed, changes) = Request.decode(payload).normalized()
        #expect(changes.isEmpty)
        #expect(fixed.validate(now: Self.now) == violations)
        #expect(fixed.request?.amount == nil)
    }
}

extension StripeRulesTests {
    /// Stripe's example: expires_after_days 2 on a Monday expires on Wednesday at 23:59:59 JST.
    @Test func expiryDeadlineIsTheEndOfTheLastDayInJapan() {
        var options = Request.PaymentMethodOptions.Konbini(expiresAfterDays: 2)
        // Monday 2026-11-23 10:00 JST.
        let monday = Timestamp(secondsSince1970: 1_795_395_600)
        #expect(options.expiresAfterDaysDeadline(confirmedAt: monday).description == "2026-11-25T14:59:59Z")
        // Monday 2026-11-23 08:30 JST is still Sunday in UTC; the day counts in Japan.
        let earlyMonday = Timestamp(secondsSince1970: 1_795_395_600 - 5_400)
        #expect(options.expiresAfterDaysDeadline(confirmedAt: earlyMonday).description == "2026-11-25T14:59:59Z")
        options.expiresAfterDays = nil
        #expect(options.expiresAfterDaysDeadline(confirmedAt: monday).description == "2026-11-26T14:59:59Z")
    }
}
