import Foundation
import KonbiniProviders
import Testing
import TestSupport

/// Invariants over many generated payloads: where violations point, the 30-minute and
/// 60-day edges of Stripe's `expires_at`, and Komoju's total with tax.
@Suite struct ProviderPropertyTests {
    /// Every violation's path leads to a value of the payload or, for a missing value, to
    /// the object that lacks it: a form or a linter can always place it.
    @Test(arguments: ConformanceCorpusTests.corpora)
    func everyViolationPathResolves(_ name: String) throws {
        let requestType = try #require(ConformanceCorpusTests.requestTypes[name])
        let corpus = try ConformanceCorpus.load(ConformanceCorpusTests.directory.appendingPathComponent("\(name).json"))
        var mutator = PayloadMutator(seed: 0x5041_5448 ^ UInt64(name.utf8.count))
        var violations = 0
        for testCase in corpus.cases {
            let payload = try testCase.payload(from: corpus.base, now: corpus.now)
            for variant in [payload] + (0..<20).map({ _ in mutator.mutate(payload) }) {
                for violation in requestType.check(variant, now: corpus.now) {
                    let parent = JSONPointer(tokens: violation.path.tokens.dropLast())
                    #expect(variant.resolve(violation.path) != nil || variant.resolve(parent) != nil,
                            "\(name): \(violation) in \(testCase.name)")
                    violations += 1
                }
            }
        }
        #expect(violations > corpus.cases.count)
    }

    /// `expires_at` must be more than 30 minutes and less than 60 days ahead, measured from
    /// any `now`: random moments from 2020 to 2035, offsets on and around both edges.
    @Test func stripeExpiresAtWindowHoldsAtEveryMoment() {
        var random = SplitMix64(seed: 0x5354_5249_5045)
        let edges: [Int64] = [1_800, 60 * 86_400]
        for _ in 0..<3_000 {
            let now = Timestamp(secondsSince1970: Int64.random(in: 1_577_836_800...2_051_222_400, using: &random))
            let edge = edges.randomElement(using: &random)!
            let offset = edge + Int64.random(in: -90...90, using: &random)
            var request = StripeRulesTests.valid()
            request.paymentMethodOptions?.konbini?.expiresAfterDays = nil
            request.paymentMethodOptions?.konbini?.expiresAt = Int(now.secondsSince1970 + offset)
            var expected: [String] = []
            if offset <= 1_800 { expected.append("stripe.konbini.expires_at.later_than") }
            if offset >= 60 * 86_400 { expected.append("stripe.konbini.expires_at.sooner_than") }
            #expect(request.validate(now: now).map(\.ruleID) == expected, "now \(now), \(offset) s ahead")
        }
    }

    /// A Komoju konbini total (amount + tax) must lie in ¥1–¥299,999; `auto` tax is the
    /// standard rate on the day in Japan (8% before 2019-10-01, 10% from then), half up.
    @Test func komojuKonbiniTotalCountsTheTax() {
        var random = SplitMix64(seed: 0x4B4F_4D4F_4A55)
        let rateChange = Timestamp(secondsSince1970: 1_569_855_600)  // 2019-10-01T00:00:00+09:00
        for _ in 0..<3_000 {
            let now = Timestamp(secondsSince1970: rateChange.secondsSince1970 + Int64.random(in: -86_400 * 400...86_400 * 400, using: &random))
            let amount = Bool.random(using: &random) ? Int64.random(in: 0...400_000, using: &random) : Int64.random(in: 271_000...273_000, using: &random)
            let auto = Bool.random(using: &random)
            let tax = auto ? (amount * (now < rateChange ? 8 : 10) + 50) / 100 : Int64.random(in: 0...30_000, using: &random)
            let payload = Self.komojuKonbini(amount: amount, tax: auto ? PayloadNode(.string("auto")) : PayloadNode(.number(String(tax))))
            let reported = KomojuPayment.check(payload, now: now).contains { $0.ruleID == "komoju.konbini.total.range" }
            #expect(reported == !(1...299_999).contains(amount + tax), "amount \(amount), tax \(auto ? "auto" : "") \(tax) at \(now)")
        }
    }

    static func komojuKonbini(amount: Int64, tax: PayloadNode) -> PayloadNode {
        PayloadNode(.object([
            PayloadMember(key: "amount", node: PayloadNode(.number(String(amount)))),
            PayloadMember(key: "tax", node: tax),
            PayloadMember(key: "currency", node: PayloadNode(.string("JPY"))),
            PayloadMember(key: "external_order_num", node: PayloadNode(.string("123"))),
            PayloadMember(key: "payment_details", node: PayloadNode(.object([
                PayloadMember(key: "type", node: PayloadNode(.string("konbini"))),
                PayloadMember(key: "email", node: PayloadNode(.string("test@example.com"))),
                PayloadMember(key: "phone", node: PayloadNode(.string("09011112222"))),
                PayloadMember(key: "store", node: PayloadNode(.string("lawson"))),
            ]))),
        ]))
    }
}
