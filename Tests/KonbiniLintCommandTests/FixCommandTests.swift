import Foundation
import Testing

/// `--changes`, `--fix` and `--fix --dry-run` through the built executable.
@Suite struct FixCommandTests {
    typealias Command = KonbiniLintCommandTests

    static let stripe = """
        {
          "amount": 1200,
          "currency": "jpy",
          "payment_method_types": ["konbini"],
          "payment_method_options": {"konbini": {"confirmation_number": "０９０－１１１１－２２２２", "product_description": "お買い上げ"}}
        }

        """
    static let clean = #"{"amount": 1000, "currency": "jpy", "payment_method_types": ["konbini"]}"#
    static let prepaid = #"{"amount": 1000, "currency": "JPY", "payment_details": {"type": "bit_cash", "prepaid_number": "ＡＢＣＤ１２３４ＥＦＧＨ５６７８"}}"#

    static func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("konbini-lint-fix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, content) in files { try content.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    static func read(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func changesArePrintedAsJSONPatchesAndNothingIsWritten() throws {
        let folder = try Self.folder(["a.json": Self.stripe, "b.ndjson": "\(Self.clean)\n\(Self.prepaid)\n"])
        let run = try Command.run(["--now", Command.now, "--changes", "a.json", "b.ndjson"], in: folder)
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines == [
            #"{"file":"a.json","line":1,"patch":[{"op":"replace","path":"/payment_method_options/konbini/confirmation_number","value":"09011112222"}]}"#,
            #"{"file":"b.ndjson","line":2,"patch":[{"op":"replace","path":"/payment_details/prepaid_number","value":"••••••••••••5678","masked":true}]}"#,
        ])
        for line in lines { _ = try JSONSerialization.jsonObject(with: Data(line.utf8)) }
        #expect(try Self.read(folder, "a.json") == Self.stripe)
        let dryRun = try Command.run(["--now", Command.now, "--fix", "--dry-run", "a.json", "b.ndjson"], in: folder)
        #expect(dryRun.output == run.output && dryRun.status == 0)
        #expect(try Self.read(folder, "a.json") == Self.stripe)
    }

    /// Fixed values are written in the file's format, every other byte as it was, and what
    /// remains is reported.
    @Test func fixWritesTheValuesBackAndReportsWhatRemains() throws {
        let tooSmall = #"{"amount": 100,  "currency": "jpy", "payment_method_types": ["konbini"]}"#
        let form = "amount=150&currency=jpy&type=econtext&name=x&email=a%40b.jp&phone_number=%EF%BC%90%EF%BC%93-1234-5678\r\n"
        let folder = try Self.folder(["a.json": Self.stripe, "b.ndjson": "\(tooSmall)\n\(Self.prepaid)\n", "c.form": form,
                                      "clean.json": Self.clean])
        let run = try Command.run(["--now", Command.now, "--fix", "a.json", "b.ndjson", "c.form", "clean.json"], in: folder)
        #expect(run.status == 1, "\(run.output) \(run.errors)")
        #expect(run.output.contains("b.ndjson:1:12: error: amount must be between ¥120 and ¥300000 for Konbini."), "\(run.output)")
        #expect(run.errors.contains("a.json: fixed 1 value") && run.errors.contains("c.form: fixed 1 value"))
        #expect(try Self.read(folder, "a.json") == Self.stripe.replacingOccurrences(of: "０９０－１１１１－２２２２", with: "09011112222"))
        #expect(try Self.read(folder, "b.ndjson") == "\(tooSmall)\n\(Self.prepaid.replacingOccurrences(of: "ＡＢＣＤ１２３４ＥＦＧＨ５６７８", with: "ABCD1234EFGH5678"))\n")
        #expect(try Self.read(folder, "c.form") == form.replacingOccurrences(of: "%EF%BC%90%EF%BC%93-1234-5678", with: "0312345678"))
        #expect(try Self.read(folder, "clean.json") == Self.clean)
        // Fixed once, a file has nothing more to fix.
        let again = try Command.run(["--now", Command.now, "--changes", "a.json", "b.ndjson", "c.form"], in: folder)
        #expect(again.output.isEmpty && again.status == 0)
    }

    @Test(arguments: [["--dry-run", "a.json"], ["--fix", "-"], ["--fix", "--rules", "Rules/stripe.rules.yaml", "a.json"]])
    func fixingNeedsFilesAndTheProvidersFixes(_ arguments: [String]) throws {
        let run = try Command.run(["--now", Command.now] + arguments)
        #expect(run.status == 2 && !run.errors.isEmpty, "\(arguments)")
    }
}
