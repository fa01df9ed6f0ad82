import Foundation
import KonbiniProviders
import Testing

/// The conformance corpus in `Conformance/`: for each provider, a valid base payload and
/// cases that change it (set or remove values by JSON Pointer), each with the violations
/// expected by rule id and path at a fixed `now`. Every rule of every provider must be
/// broken by some case.
@Suite struct ConformanceCorpusTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Conformance")

    static let corpora: [String] = ["stripe", "omise-source", "omise-charge", "komoju", "nomupay"]

    /// What each request type checks a payload with: type errors, then rule violations.
    static let checkers: [String: (rules: [Rule], check: @Sendable (PayloadNode, Timestamp) -> [Violation])] = [
        "stripe": (StripeKonbiniPaymentIntent.Rules.all, { payload, now in
            let (request, errors) = StripeKonbiniPaymentIntent.decode(payload)
            return errors + (request?.validate(now: now) ?? [])
        }),
        "omise-source": (OmiseKonbiniSource.Rules.all, { payload, now in
            let (request, errors) = OmiseKonbiniSource.decode(payload)
            return errors + (request?.validate(now: now) ?? [])
        }),
        "omise-charge": (OmiseKonbiniCharge.Rules.all, { payload, now in
            let (request, errors) = OmiseKonbiniCharge.decode(payload)
            return errors + (request?.validate(now: now) ?? [])
        }),
        "komoju": (KomojuPayment.Rules.all, { payload, now in
            let (request, errors) = KomojuPayment.decode(payload)
            return errors + (request?.validate(now: now) ?? [])
        }),
        "nomupay": (NomuPayKonbiniPayment.Rules.all, { payload, now in
            let (request, errors) = NomuPayKonbiniPayment.decode(payload)
            return errors + (request?.validate(now: now) ?? [])
        }),
    ]

    @Test(arguments: corpora)
    func corpus(_ name: String) throws {
        let corpus = try ConformanceCorpus.load(Self.directory.appendingPathComponent("\(name).json"))
        let checker = try #require(Self.checkers[name])
        var broken: Set<String> = []
        for testCase in corpus.cases {
            let payload = try testCase.payload(from: corpus.base, now: corpus.now)
            let found = checker.check(payload, corpus.now).map { [$0.ruleID, $0.path.encoded] }
            #expect(found.sorted { $0.lexicographicallyPrecedes($1) } == testCase.violations.sorted { $0.lexicographicallyPrecedes($1) },
                    "\(name): \(testCase.name)")
            found.forEach { broken.insert($0[0]) }
        }
        let unbroken = Set(checker.rules.map(\.id)).subtracting(broken).sorted()
        #expect(unbroken.isEmpty, "\(name): no case breaks \(unbroken)")
    }
}
