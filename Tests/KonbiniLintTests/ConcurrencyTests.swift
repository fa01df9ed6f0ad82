import Foundation
@testable import KonbiniLint
import KonbiniProviders
import KonbiniRulesCore
import KonbiniRulesInterpreter
import Testing

/// Validating, normalizing and linting from many tasks at once gives what doing it serially
/// gives: no shared state (a cache, a lazily built table, a transliterator) changes a result.
/// CI also runs the suite under ThreadSanitizer, which would report a data race here.
@Suite struct ConcurrencyTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let now = Timestamp(secondsSince1970: 1_795_348_800)

    /// One payload record, in its format.
    struct Record: Sendable {
        let bytes: [UInt8]
        let format: PayloadFormat
    }

    /// Every record of `Examples/payloads`, and records that take the normalizations, the
    /// pattern checks and the character-set checks' composition notes.
    static func records() throws -> [Record] {
        let directory = root.appendingPathComponent("Examples/payloads")
        let files = try FileManager.default.subpathsOfDirectory(atPath: directory.path).sorted()
        var records: [Record] = []
        for file in files {
            guard let format = PayloadFormat(fileExtension: (file as NSString).pathExtension) else { continue }
            let data = try Data(contentsOf: directory.appendingPathComponent(file))
            let chunks = format == .json ? [Array(data)] : data.split(separator: 0x0A).map(Array.init)
            records += chunks.map { Record(bytes: $0, format: format) }
        }
        let extra = [
            #"{"amount": 1000, "currency": "JPY", "payment_details": {"type": "pay_easy", "email": "a@example.com", "family_name": "山田", "family_name_kana": "やまた\#u{3099}", "given_name": "太郎", "given_name_kana": "ﾀﾛｳ", "phone": "０９０-1111-2222"}}"#,
            #"{"amount": 1000, "currency": "JPY", "payment_details": {"type": "web_money", "prepaid_number": "ＡＢＣＤ１２３４５６７８９０１２"}}"#,
            #"{"amount": 1000, "currency": "jpy", "payment_method_types": ["konbini"], "payment_method_options": {"konbini": {"product_description": "セ\#u{3099}ット\#u{F900}の贈り物セット・季節限定の和菓子詰め合わせ", "confirmation_number": "０９０－１１１１－２２２２"}}}"#,
        ]
        records += extra.map { Record(bytes: Array($0.utf8), format: .json) }
        return records
    }

    /// What one record gives: the linter's findings through generated code and, for a
    /// record of a known provider, through the interpreter of its rules file, and the typed
    /// request's changes and violations after normalizing.
    static func outcome(of record: Record, interpreters: [String: RulesInterpreter]) -> [String] {
        let linter = Linter(provider: nil, now: now, showsValues: true)
        var outcome = linter.lint(record.bytes, format: record.format, file: "f").map { "\($0)" }
        let document = try? record.format == .form ? FormReader().read(record.bytes) : JSONReader().read(record.bytes)
        if let root = document?.root, case .recognised(let provider) = Provider.recognise(root) {
            let requestType = provider.requestType(for: root)
            var interpreting = linter
            interpreting.rules = interpreters[requestType.rulesFileName]
            outcome += interpreting.lint(record.bytes, format: record.format, file: "f").map { "\($0)" }
            outcome += normalizedOutcome(requestType, root)
        }
        return outcome
    }

    static func normalizedOutcome<Request: PayloadDecodable>(_ type: Request.Type, _ root: PayloadNode) -> [String] {
        guard let request = Request.decode(root).request else { return [] }
        let (fixed, changes) = request.normalized()
        return changes.map(\.description) + fixed.validate(now: now).map(\.description)
    }

    @Test func manyTasksAtOnceGiveTheSerialResults() async throws {
        var interpreters: [String: RulesInterpreter] = [:]
        for name in ProviderRequests.all.map({ $0.rulesFileName }) {
            let text = try String(contentsOf: Self.root.appendingPathComponent("Rules/\(name)"), encoding: .utf8)
            interpreters[name] = RulesInterpreter(document: try RulesChecker.load(text, file: name).get())
        }
        let records = try Self.records()
        let serial = records.map { Self.outcome(of: $0, interpreters: interpreters) }
        #expect(records.count >= 20)
        #expect(serial.joined().count > 80, "the records must give findings, changes and violations to compare")
        #expect(serial.joined().contains { $0.contains("Composed (NFC) it would pass") })

        let frozen = interpreters
        let concurrent = await withTaskGroup(of: (Int, [[String]]).self) { group in
            for task in 0..<16 {
                group.addTask {
                    // Each task starts at another record, so that different work overlaps.
                    let order = records.indices.map { ($0 + task * 7) % records.count }
                    var outcomes = Array(repeating: [String](), count: records.count)
                    for _ in 0..<3 {
                        for index in order { outcomes[index] = Self.outcome(of: records[index], interpreters: frozen) }
                    }
                    return (task, outcomes)
                }
            }
            var results: [(Int, [[String]])] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(concurrent.count == 16)
        for (task, outcomes) in concurrent {
            #expect(outcomes == serial, "task \(task)")
        }
    }

    /// A file linted in chunks on several threads gives the findings, in the order, that one
    /// thread gives, whatever the chunk size (a line longer than a chunk included).
    @Test(arguments: [64, 700, 1 << 20])
    func chunksLintedAtOnceReportInTheFilesOrder(chunkSize: Int) throws {
        let lines = try Self.records().filter { $0.format == .json && !$0.bytes.contains(0x0A) }.map(\.bytes)
        var file: [UInt8] = []
        for index in 0..<300 { file += lines[index % lines.count] + [0x0A] }
        file += lines[0]  // a last line without its newline
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("konbini-lint-chunks-\(UUID().uuidString).ndjson")
        try Data(file).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let linter = Linter(provider: nil, now: Self.now)
        func findings(workers: Int) throws -> [Finding] {
            var all: [Finding] = []
            let handle = try FileHandle(forReadingFrom: url)
            try linter.lint(reading: handle, format: .ndjson, file: "f.ndjson", chunkSize: chunkSize, workers: workers) { all += $0 }
            return all
        }
        let serial = try findings(workers: 1)
        #expect(serial.count > 300 && serial.last?.line == 301)
        #expect(try findings(workers: 3) == serial)
        #expect(try findings(workers: 2) == serial)
        // What `prepare` makes of each chunk's findings, on the threads that lint them, comes
        // in the file's order too.
        let reporter = JSONReporter(language: .japanese)
        var texts: [String] = []
        try linter.lint(reading: FileHandle(forReadingFrom: url), format: .ndjson, file: "f.ndjson", chunkSize: chunkSize, workers: 2,
                        prepare: { $0.map(reporter.independentText(for:)) }) { texts += $0 }
        #expect(texts == serial.map(reporter.independentText(for:)))
    }
}
