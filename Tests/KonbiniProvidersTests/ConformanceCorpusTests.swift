import Foundation
import KonbiniProviders
import Testing

/// The conformance corpus in `Conformance/`: for each provider, a valid base payload and
/// cases that change it (set or remove values by JSON Pointer), each with the violations
/// expected by rule id and path at a fixed `now`. Every rule of every provider must be
/// broken by some case.
@Suite struct ConformanceCorpusTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Conformance")

    /// The request type each corpus checks: a corpus for each rules file, named after it.
    static let requestTypes = Dictionary(uniqueKeysWithValues: ProviderRequests.all.map { type in
        (String(type.rulesFileName.dropLast(".rules.yaml".count)), type)
    })

    static let corpora = ProviderRequests.all.map { String($0.rulesFileName.dropLast(".rules.yaml".count)) }

    /// Every corpus file is one of a rules file, and every rules file has one.
    @Test func thereIsACorpusForEachRulesFile() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".json") }
        #expect(Set(files) == Set(Self.corpora.map { "\($0).json" }))
        #expect(ProviderRequests.all.allSatisfy { $0.rulesFileName.hasSuffix(".rules.yaml") })
    }

    /// The generated list of request types holds one for each rules file of `Rules/`.
    @Test func theRegistryListsEveryRulesFile() throws {
        let rules = Self.directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Rules")
        let files = try FileManager.default.contentsOfDirectory(atPath: rules.path).filter { $0.hasSuffix(".rules.yaml") }
        #expect(ProviderRequests.all.map { $0.rulesFileName } == files.sorted())
    }

    /// What a handler following the README gets: decode, then validate what was decoded.
    static func documentedPath<Request: PayloadDecodable>(_ type: Request.Type, _ payload: PayloadNode, now: Timestamp) -> [Violation] {
        Request.decode(payload).validate(now: now)
    }

    /// Whether `normalizedAndChecked` gives what decoding, normalizing and validating one
    /// step after another does.
    static func normalizesInOneCallAsInSteps<Request: PayloadDecodable>(_ type: Request.Type, _ payload: PayloadNode, now: Timestamp) -> Bool {
        let (decoded, changes) = Request.decode(payload).normalized()
        let inOneCall = Request.normalizedAndChecked(payload, now: now)
        return inOneCall.request == decoded.request && inOneCall.changes == changes && inOneCall.violations == decoded.validate(now: now)
    }

    /// A value of the wrong type is one violation on the documented path, normalized or not:
    /// Komoju's store spelt as in its response table is `store.type`, not also `required`.
    @Test func aWrongValueIsReportedOnceThroughDecodeNormalizeAndValidate() throws {
        let payload = try JSONReader().read(Array(#"{"amount": 1000, "currency": "JPY", "payment_details": {"type": "konbini", "store": "family_mart", "phone": "０９０-1111-2222"}}"#.utf8)).root
        let (fixed, changes) = KomojuPayment.decode(payload).normalized()
        #expect(changes.map(\.ruleID) == ["komoju.konbini.phone.pattern"])
        #expect(fixed.validate(now: Timestamp(secondsSince1970: 1_795_348_800)).map(\.ruleID) == ["komoju.konbini.store.type"])
    }

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
            #expect(Self.documentedPath(requestType, payload, now: corpus.now) == requestType.check(payload, now: corpus.now),
                    "\(name): \(testCase.name): decode then validate differs from check")
            let agrees = Self.normalizesInOneCallAsInSteps(requestType, payload, now: corpus.now)
            #expect(agrees, "\(name): \(testCase.name): normalizedAndChecked differs from decode, normalize, validate")
        }
        let unbroken = Set(requestType.allRules.map(\.id)).subtracting(broken).sorted()
        #expect(unbroken.isEmpty, "\(name): no case breaks \(unbroken)")
    }
}
