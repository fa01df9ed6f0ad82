import Foundation
import Testing

/// `konbini-lint` as a user runs it: the built executable, its output and exit status.
@Suite struct KonbiniLintCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("konbini-lint")
    static let now = "2026-11-22T12:00:00Z"

    struct Run {
        let status: Int32
        let output: String
        let errors: String
    }

    static func run(_ arguments: [String], input: String? = nil, in directory: URL = root) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe(), errors = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        try process.run()
        standardInput.fileHandleForWriting.write(Data((input ?? "").utf8))
        try standardInput.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    @Test func exitsWithZeroForValidPayloads() throws {
        let valid = ["stripe/valid.json", "nomupay/valid.json", "ppro/valid.form", "worldpay/valid.json", "adyen/valid.json", "worldline/valid.json", "gmo/valid.form"]
        let run = try Self.run(["--now", Self.now] + valid.map { "Examples/payloads/\($0)" })
        #expect(run.status == 0)
        #expect(run.output.isEmpty)
    }

    @Test func exitsWithOneWhenAnErrorIsFoundAndReportsEveryFile() throws {
        let run = try Self.run(["lint", "--now", Self.now, "Examples/payloads"])
        #expect(run.status == 1)
        for file in ["komoju/payments.form", "nomupay/invalid.json", "omise/source.form", "stripe/confirmations.ndjson", "stripe/invalid.json",
                     "ppro/invalid.form", "worldpay/invalid.json", "adyen/invalid.json", "worldline/invalid.json", "gmo/invalid.form"] {
            #expect(run.output.contains("Examples/payloads/\(file):"), "\(file)")
        }
        #expect(run.output.contains("Examples/payloads/stripe/invalid.json:2:13: error: amount must be between ¥120 and ¥300000 for Konbini. [stripe.konbini.amount.range]"))
        #expect(run.output.contains("Examples/payloads/adyen/invalid.json:10:24: error: telephoneNumber must be an international phone number"))
    }

    @Test func warningsAloneExitWithZero() throws {
        let payload = #"{"amount": 1000, "currency": "jpy", "payment_method_types": ["konbini"], "payment_method_data": {"billing_details": {"name": "山田🍣", "email": "a@example.com"}}}"#
        let run = try Self.run(["--now", Self.now, "-"], input: payload)
        #expect(run.status == 0)
        #expect(run.output.contains("warning:"))
    }

    @Test(arguments: [
        ["--provider", "paypal", "Examples/payloads"],
        ["--format", "xml", "Examples/payloads"],
        ["--now", "tomorrow", "Examples/payloads"],
        ["--bogus", "Examples/payloads"],
        ["Examples/no-such-file.json"],
        ["--rules", "Package.swift", "Examples/payloads"],
        ["text"],
        ["rules", "--provider", "paypal"],
    ])
    func exitsWithTwoForUsageAndConfigurationProblems(_ arguments: [String]) throws {
        let run = try Self.run(arguments)
        #expect(run.status == 2, "\(arguments): \(run.errors)")
        #expect(!run.errors.isEmpty)
    }

    @Test func readsStandardInputAsNDJSONOrForm() throws {
        let ndjson = try Self.run(["--now", Self.now, "--ndjson", "--provider", "stripe", "-"],
                                  input: "{\"amount\": 100, \"currency\": \"jpy\"}\n{\"amount\": 110, \"currency\": \"jpy\"}\n")
        #expect(ndjson.status == 1)
        #expect(ndjson.output.split(separator: "\n").map { $0.prefix(10) } == ["<stdin>:1:", "<stdin>:2:"])
        let form = try Self.run(["--now", Self.now, "--input", "form", "--format", "json", "-"],
                                input: "amount=1000&currency=JPY&payment_details[type]=konbini&payment_details[store]=lawsn&payment_details[phone]=0901111222")
        #expect(form.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(form.output.utf8)) as? [String: Any])
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.compactMap { $0["path"] as? String }.contains("/payment_details/store"))
    }

    @Test(arguments: ["sarif", "github", "json", "text"])
    func everyFormatRuns(_ format: String) throws {
        let run = try Self.run(["--now", Self.now, "--format", format, "--lang", "ja", "Examples/payloads/nomupay/invalid.json"])
        #expect(run.status == 1)
        #expect(run.output.contains("merchantReferenceは必須です。"))
    }

    @Test func textSubcommandChecksAndNormalizes() throws {
        let check = try Self.run(["text", "--charset", "jisx0208", "--format", "json"], input: "お買い上げ\nｶﾞｽ\n")
        #expect(check.status == 1)
        #expect(check.output.split(separator: "\n").count == 2)
        #expect(check.output.contains("\"valid\":true") && check.output.contains("\"valid\":false"))
        let normalized = try Self.run(["text", "--normalize", "halfwidth_to_fullwidth_katakana", "ﾔﾏﾀﾞ"])
        #expect(normalized.status == 0)
        #expect(normalized.output == "ヤマダ\n")
    }

    @Test func rulesSubcommandListsRules() throws {
        let run = try Self.run(["rules", "--provider", "stripe", "--format", "json"])
        #expect(run.status == 0)
        #expect(run.output.contains("\"id\":\"stripe.konbini.product_description.charset\""))
    }

    @Test func valuesAreHiddenUnlessAsked() throws {
        let hidden = try Self.run(["--now", Self.now, "Examples/payloads/stripe/invalid.json"])
        #expect(!hidden.output.contains("taro@"))
        let shown = try Self.run(["--now", Self.now, "--show-values", "Examples/payloads/stripe/invalid.json"])
        #expect(shown.output.contains("(value: \"taro@\")"))
    }
}
