import Foundation
import Testing

/// Files, and chunks of a large file, linted several at once report exactly what one worker
/// reports, in the order of the inputs.
@Suite struct ParallelLintCommandTests {
    /// A folder of small JSON, NDJSON and form files, some with findings, and one NDJSON file
    /// larger than a chunk between them, which is linted a chunk at a time.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("konbini-lint-parallel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let valid = #"{"amount":1200,"currency":"jpy","payment_method_types":["konbini"],"payment_method_data":{"type":"konbini","billing_details":{"name":"ヤマダ","email":"a@b.jp"}}}"#
        let tooSmall = valid.replacingOccurrences(of: "1200", with: "50")
        for index in 0..<40 {
            let name = String(format: "%02d", index)
            switch index % 4 {
            case 0: try Data((index % 8 == 0 ? tooSmall : valid).utf8).write(to: folder.appendingPathComponent("\(name).json"))
            case 1: try Data("\(valid)\n\(tooSmall)\n{\"amount\":\n".utf8).write(to: folder.appendingPathComponent("\(name).ndjson"))
            case 2: try Data("amount=10&currency=jpy\n".utf8).write(to: folder.appendingPathComponent("\(name).form"))
            default: try Data("{\"amount\": 1200, \"amount\": 5}".utf8).write(to: folder.appendingPathComponent("\(name).json"))
            }
        }
        let records = (0..<12_000).map { $0 % 1000 == 0 ? tooSmall : valid }.joined(separator: "\n") + "\n"
        #expect(records.utf8.count > 1 << 20, "the large file is larger than a chunk")
        try Data(records.utf8).write(to: folder.appendingPathComponent("20-large.ndjson"))
        return folder
    }

    @Test(arguments: ["text", "json"])
    func severalWorkersReportWhatOneReports(_ format: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["--now", KonbiniLintCommandTests.now, "--provider", "stripe", "--format", format, folder.path]
        let one = try KonbiniLintCommandTests.run(["--jobs", "1"] + arguments)
        #expect(one.status == 1)
        // The large file's last finding, on line 11001 (`:11001:` in text, `"line":11001` in JSON).
        #expect(one.output.contains("20-large.ndjson") && one.output.contains("11001"), "the large file's findings are reported")
        for jobs in ["2", "5"] {
            let several = try KonbiniLintCommandTests.run(["--jobs", jobs] + arguments)
            #expect(several.status == one.status)
            #expect(several.output == one.output, "--jobs \(jobs)")
        }
    }

    @Test func aFileThatCannotBeReadIsReportedAndTheOthersLinted() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A folder named like a payload file is found as one, and cannot be read as one.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("05-folder.json/inner"), withIntermediateDirectories: true)
        let run = try KonbiniLintCommandTests.run(["--jobs", "3", "--now", KonbiniLintCommandTests.now, "--provider", "stripe", folder.path])
        #expect(run.status == 2)
        #expect(run.errors.contains("05-folder.json: cannot read"))
        #expect(run.output.contains("39.json:1:"))
    }
}
