import Foundation
import Testing

/// `--strict`, `--write-baseline` and `--baseline` through the built executable.
@Suite struct BaselineCommandTests {
    typealias Command = KonbiniLintCommandTests

    /// A folder of its own for each test's files.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("konbini-lint-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static let warningOnly = #"{"amount": 1000, "currency": "jpy", "payment_method_types": ["konbini"], "payment_method_data": {"billing_details": {"name": "山田🍣", "email": "a@example.com"}}}"#

    @Test func strictFailsOnWarnings() throws {
        let relaxed = try Command.run(["--now", Command.now, "-"], input: Self.warningOnly)
        let strict = try Command.run(["--now", Command.now, "--strict", "-"], input: Self.warningOnly)
        #expect(relaxed.status == 0 && strict.status == 1)
        #expect(strict.output == relaxed.output && strict.output.contains("warning:"))
    }

    /// A baseline records today's findings; with it the same files pass, and lines added or
    /// moved around a recorded record leave it recorded, while a new finding is reported.
    @Test func aBaselineHidesTheFindingsItHoldsAndOnlyThose() throws {
        let folder = try Self.folder()
        let file = folder.appendingPathComponent("payments.ndjson")
        let bad = #"{"amount": 100, "currency": "jpy", "payment_method_types": ["konbini"]}"#
        let good = #"{"amount": 1000, "currency": "jpy", "payment_method_types": ["konbini"]}"#
        try "\(bad)\n\(good)\n".write(to: file, atomically: true, encoding: .utf8)
        let baseline = folder.appendingPathComponent("baseline.json").path

        let write = try Command.run(["--now", Command.now, "--write-baseline", baseline, file.path])
        #expect(write.status == 0 && write.output.isEmpty, "\(write.output)")
        #expect(write.errors.contains("recorded 1 findings"))
        let written = try String(contentsOfFile: baseline, encoding: .utf8)
        #expect(written.contains(#""rule": "stripe.konbini.amount.range""#) && written.contains(#""path": "/amount""#))

        #expect(try Command.run(["--now", Command.now, "--baseline", baseline, file.path]).status == 0)
        // The recorded record moves down two lines: still recorded.
        try "\(good)\n\(good)\n\(bad)\n".write(to: file, atomically: true, encoding: .utf8)
        let moved = try Command.run(["--now", Command.now, "--baseline", baseline, file.path])
        #expect(moved.status == 0 && moved.output.isEmpty, "\(moved.output)")
        // A second record with the same finding, and a record with another, are new.
        let other = #"{"amount": 999999, "currency": "jpy", "payment_method_types": ["konbini"]}"#
        try "\(bad)\n\(bad)\n\(other)\n".write(to: file, atomically: true, encoding: .utf8)
        let added = try Command.run(["--now", Command.now, "--baseline", baseline, file.path])
        #expect(added.status == 1)
        #expect(added.output.components(separatedBy: "stripe.konbini.amount.range").count - 1 == 2, "\(added.output)")
        #expect(added.output.contains("payments.ndjson:3:"))
    }

    @Test(arguments: ["", "{\"version\": 2, \"findings\": []}", "{\"version\": 1, \"findings\": [{\"fingerprint\": 1}]}", "[1,"])
    func anUnreadableBaselineIsAConfigurationProblem(_ content: String) throws {
        let folder = try Self.folder()
        let baseline = folder.appendingPathComponent("baseline.json")
        try content.write(to: baseline, atomically: true, encoding: .utf8)
        let run = try Command.run(["--now", Command.now, "--baseline", baseline.path, "-"], input: Self.warningOnly)
        #expect(run.status == 2)
        #expect(run.errors.contains("the baseline \(baseline.path) is not one konbini-lint wrote"), "\(run.errors)")
    }

    @Test func aMissingBaselineIsAConfigurationProblem() throws {
        let run = try Command.run(["--baseline", "/nonexistent/baseline.json", "-"], input: Self.warningOnly)
        #expect(run.status == 2 && run.errors.contains("cannot read the baseline /nonexistent/baseline.json"))
    }

    /// pre-commit runs the hook's entry, built by SwiftPM, on the files its pattern matches:
    /// the executable this suite runs, and the extensions the linter reads.
    @Test func thePreCommitHookRunsTheLinterOnPayloadFiles() throws {
        let hooks = try String(contentsOf: Command.root.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        #expect(hooks.contains("\n  entry: konbini-lint\n") && hooks.contains("\n  language: swift\n"))
        let pattern = try #require(hooks.split(separator: "\n").first { $0.hasPrefix("  files: ") }?.dropFirst("  files: ".count))
        let files = try NSRegularExpression(pattern: String(pattern))
        func matches(_ name: String) -> Bool {
            files.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil
        }
        #expect(["a.json", "b/c.ndjson", "d.jsonl", "e.form"].allSatisfy(matches))
        #expect(!["Package.swift", "f.rules.yaml", "g.json.txt"].contains(where: matches))
        #expect(FileManager.default.isExecutableFile(atPath: Command.executable.path))
    }
}
