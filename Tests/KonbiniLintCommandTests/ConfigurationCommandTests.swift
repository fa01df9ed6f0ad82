import Foundation
import Testing

/// `.konbini-lint.yaml` and `--config` through the built executable.
@Suite struct ConfigurationCommandTests {
    typealias Command = KonbiniLintCommandTests

    static let tooSmall = #"{"amount": 100, "currency": "jpy", "payment_method_types": ["konbini"]}"#
    static let adyenShaped = #"{"amount": {"currency": "JPY", "value": 0}, "reference": "r1", "paymentMethod": {"type": "econtext_stores"}}"#

    /// A folder with a configuration and payload files, and a folder below it to run from.
    static func project(configuration: String, files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("konbini-lint-config-\(UUID().uuidString)")
        for (path, content) in files.merging([".konbini-lint.yaml": configuration], uniquingKeysWith: { $1 }) {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try content.write(to: url, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        return folder
    }

    /// Found from a folder below it: a rule turned off, a rule prefix made a warning, paths
    /// excluded, a provider fixed for a path, and the default format and language.
    @Test func theConfigurationAboveTheWorkingDirectoryApplies() throws {
        let project = try Self.project(
            configuration: """
                rules:
                  stripe.konbini.amount.range: off
                  adyen.konbini: warning
                exclude: ["legacy/**"]
                providers:
                  "adyen/**": adyen
                lang: ja
                format: json

                """,
            files: ["stripe.json": Self.tooSmall, "legacy/old.json": "{", "adyen/payment.json": Self.adyenShaped])
        let run = try Command.run(["--now", Command.now, ".."], in: project.appendingPathComponent("sub"))
        #expect(run.status == 0, "\(run.output) \(run.errors)")
        #expect(run.output.hasPrefix(#"{"diagnostics":["#), "\(run.output)")
        #expect(!run.output.contains("stripe.json") && !run.output.contains("old.json"))
        #expect(run.output.contains(#""rule":"adyen.konbini.value.range","severity":"warning""#), "\(run.output)")
        #expect(run.output.contains("valueは1以上にしてください。"))
        // The command line wins over the configuration's defaults.
        let text = try Command.run(["--now", Command.now, "--format", "text", "--lang", "en", "../adyen"], in: project.appendingPathComponent("sub"))
        #expect(text.output.contains("warning: value must be at least 1. [adyen.konbini.value.range]"), "\(text.output)")
    }

    @Test func strictFailsOnAWarningTheConfigurationMade() throws {
        let project = try Self.project(configuration: "rules: {stripe.konbini.amount: warning}\n", files: ["stripe.json": Self.tooSmall])
        #expect(try Command.run(["--now", Command.now, "stripe.json"], in: project).status == 0)
        #expect(try Command.run(["--now", Command.now, "--strict", "stripe.json"], in: project).status == 1)
    }

    @Test(arguments: [
        ("rules:\n  stripe.konbini: loud\n", ".konbini-lint.yaml:2:19: error: unknown setting of 'stripe.konbini' 'loud'; the settings are: off, warning, error"),
        ("providers:\n  \"x/**\": paypal\n", ".konbini-lint.yaml:2:11: error: unknown provider 'paypal'; the providers are: stripe"),
        ("format: xml\n", ".konbini-lint.yaml:1:9: error: unknown format 'xml'; the formats are: text, json, sarif, github"),
        ("exclude: legacy\n", ".konbini-lint.yaml:1:10: error: exclude must be a list"),
        ("inclde: [a]\n", ".konbini-lint.yaml:1:1: error: unknown key 'inclde' in the configuration; known keys are: exclude, format, include, lang, providers, rules"),
        ("rules: [\n", ".konbini-lint.yaml:2:1: error: YAML:"),
    ])
    func aMistakeInTheConfigurationIsReportedAtItsLine(_ configuration: String, _ expected: String) throws {
        let project = try Self.project(configuration: configuration, files: ["stripe.json": Self.tooSmall])
        let run = try Command.run(["--now", Command.now, "stripe.json"], in: project)
        #expect(run.status == 2)
        #expect(run.errors.contains(expected), "\(run.errors)")
    }

    @Test func aConfigurationNamedOnTheCommandLineIsTheOneRead() throws {
        let project = try Self.project(configuration: "format: json\n", files: ["stripe.json": Self.tooSmall, "other.yaml": "rules: {stripe: off}\n"])
        let run = try Command.run(["--now", Command.now, "--config", "other.yaml", "stripe.json"], in: project)
        #expect(run.status == 0 && run.output.isEmpty, "\(run.output)")
        let missing = try Command.run(["--config", "none.yaml", "stripe.json"], in: project)
        #expect(missing.status == 2 && missing.errors.contains("cannot read the configuration"))
    }
}
