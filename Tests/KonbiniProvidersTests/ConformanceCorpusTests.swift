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
