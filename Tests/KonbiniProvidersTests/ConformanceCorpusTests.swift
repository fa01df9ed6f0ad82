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

    /// The request type each corpus checks.
    static let requestTypes: [String: any KonbiniRequest.Type] = [
        "stripe": StripeKonbiniPaymentIntent.self,
        "omise-source": OmiseKonbiniSource.self,
        "omise-charge": OmiseKonbiniCharge.self,
        "komoju": KomojuPayment.self,
        "nomupay": NomuPayKonbiniPayment.self,
    ]

    @Test(arguments: corpora)
    func corpus(_ name: String) throws {
        let corpus = try ConformanceCorpus.load(Self.directory.appendingPathComponent("\(name).json"))
        let requestType = try #require(Self.requestTypes[name])
        var broken: Set<String> = []
        for testCase in corpus.cases {
            let payload = try testCase.payload(from: corpus.base, now: corpus.now)
            let found = requestType.check(payload, now: corpus.now).map { [$0.ruleID, $0.path.encoded] }
            #expect(found.sorted { $0.lexicographicallyPrecedes($1) } == testCase.violations.sorted { $0.lexicographicallyPrecedes($1) },
                    "\(name): \(testCase.name)")
            found.forEach { broken.insert($0[0]) }
        }
        let unbroken = Set(requestType.allRules.map(\.id)).subtracting(broken).sorted()
        #expect(unbroken.isEmpty, "\(name): no case breaks \(unbroken)")
    }
}
