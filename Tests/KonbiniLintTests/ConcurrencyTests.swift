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

    /// One payload record, in its format, with the rules file of its provider.
    struct Record: Sendable {
        let bytes: [UInt8]
        let format: PayloadFormat
        let rulesFile: String
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
            let rulesFile = switch file.split(separator: "/").first {
            case "komoju": "komoju"
            case "nomupay": "nomupay"
            case "omise": file.hasSuffix(".form") ? "omise-source" : "omise-charge"
            default: "stripe"
            }
            let chunks = format == .json ? [Array(data)] : data.split(separator: 0x0A).map(Array.init)
            records += chunks.map { Record(bytes: $0, format: format, rulesFile: rulesFile) }
        }
        let extra = [
            (#"{"amount": 1000, "currency": "JPY", "payment_details": {"type": "pay_easy", "email": "a@example.com", "family_name": "山田", "family_name_kana": "やまた\#u{3099}", "given_name": "太郎", "given_name_kana": "ﾀﾛｳ", "phone": "０９０-1111-2222"}}"#, "komoju"),
            (#"{"amount": 1000, "currency": "JPY", "payment_details": {"type": "web_money", "prepaid_number": "ＡＢＣＤ１２３４５６７８９０１２"}}"#, "komoju"),
            (#"{"amount": 1000, "currency": "jpy", "payment_method_types": ["konbini"], "payment_method_options": {"konbini": {"product_description": "セ\#u{3099}ット\#u{F900}の贈り物セット・季節限定の和菓子詰め合わせ", "confirmation_number": "０９０－１１１１－２２２２"}}}"#, "stripe"),
        ]
        records += extra.map { Record(bytes: Array($0.0.utf8), format: .json, rulesFile: $0.1) }
        return records
    }

    /// What one record gives: the linter's findings through generated code and through the
    /// interpreter, and the typed request's changes and violations after normalizing.
    static func outcome(of record: Record, interpreters: [String: RulesInterpreter]) -> [String] {
        let linter = Linter(provider: nil, now: now, showsValues: true)
        var interpreting = linter
        interpreting.rules = interpreters[record.rulesFile]
        var outcome = linter.lint(record.bytes, format: record.format, file: "f").map { "\($0)" }
        outcome += interpreting.lint(record.bytes, format: record.format, file: "f").map { "\($0)" }
        let document = try? record.format == .form ? FormReader().read(record.bytes) : JSONReader().read(record.bytes)
        if let root = document?.root, case .recognised(let provider) = Provider.recognise(root) {
            outcome += normalizedOutcome(provider.requestType(for: root), root)
        }
        return outcome
    }

    static func normalizedOutcome<Request: KonbiniRequest>(_ type: Request.Type, _ root: PayloadNode) -> [String] {
        guard let request = Request.decode(root).request else { return [] }
        let (fixed, changes) = request.normalized()
        return changes.map(\.description) + fixed.validate(now: now).map(\.description)
    }

    @Test func manyTasksAtOnceGiveTheSerialResults() async throws {
        var interpreters: [String: RulesInterpreter] = [:]
        for name in ["stripe", "omise-source", "omise-charge", "komoju", "nomupay"] {
            let text = try String(contentsOf: Self.root.appendingPathComponent("Rules/\(name).rules.yaml"), encoding: .utf8)
            interpreters[name] = RulesInterpreter(document: try RulesChecker.load(text, file: "\(name).rules.yaml").get())
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
}
