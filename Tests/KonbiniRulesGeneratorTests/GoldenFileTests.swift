import Foundation
import KonbiniRulesGenerator
import Testing

/// The generated Swift for a small rules file, pinned. After an intended change to the
/// generator, regenerate with `KONBINI_RECORD_GOLDEN=1 swift test --filter GoldenFileTests`
/// and review the difference.
@Suite struct GoldenFileTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test func generatedSwiftMatchesTheReference() throws {
        let rules = try String(contentsOf: Self.directory.appendingPathComponent("shop.rules.yaml"), encoding: .utf8)
        let reference = Self.directory.appendingPathComponent("shop.swift")
        let generated = try RulesGenerator.generate(rules, fileName: "shop.rules.yaml").get()
        if ProcessInfo.processInfo.environment["KONBINI_RECORD_GOLDEN"] == "1" {
            try generated.write(to: reference, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: reference, encoding: .utf8)
        let generatedLines = generated.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for (number, (line, reference)) in zip(generatedLines, expectedLines).enumerated() where line != reference {
            Issue.record("line \(number + 1) differs:\n  generated: \(line)\n  reference: \(reference)")
            break
        }
        #expect(generatedLines.count == expectedLines.count)
    }

    @Test func aBadRulesFileProducesDiagnosticsAndNoSwift() {
        let result = RulesGenerator.generate("version: 1\nprovider: shop\n", fileName: "bad.rules.yaml")
        guard case .failure(let diagnostics) = result else {
            Issue.record("a file without request, title, documents or fields generated Swift")
            return
        }
        #expect(diagnostics.diagnostics.map(\.description).contains("bad.rules.yaml:1:1: error: the rules file needs 'request'"))
    }
}
