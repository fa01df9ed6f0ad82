import Foundation
import KonbiniLint
import KonbiniPayload
import KonbiniRules
import Testing
import TestSupport

/// JSONTestSuite's parsing cases through `lint`, read in place from `../shared/testdata`:
/// every `n_` file gets a `syntax` finding, no `y_` file does, and no file crashes. Skipped
/// when the suite is not beside the project, except in CI, where that fails.
@Suite(.enabled(if: JSONTestSuiteFiles.directory != nil || TestEnvironment.isCI,
                "JSONTestSuite is not at ../shared/testdata/JSONTestSuite beside the project"))
struct JSONTestSuiteLintTests {
    @Test func syntaxFindingsMatchTheSuite() throws {
        let directory = try #require(JSONTestSuiteFiles.directory, "CI needs JSONTestSuite at ../shared/testdata/JSONTestSuite")
        let linter = Linter(provider: nil, now: Timestamp(secondsSince1970: 1_795_348_800))
        var counted = (yes: 0, no: 0, either: 0)
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() where name.hasSuffix(".json") {
            let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
            let findings = linter.lint(bytes, format: .json, file: name)
            let syntax = findings.filter { $0.rule == PayloadRules.jsonSyntax.id || $0.rule == PayloadRules.jsonDepth.id }
            switch name.first {
            case "y":
                counted.yes += 1
                #expect(syntax.isEmpty, "\(name): \(syntax.map(\.message.english))")
            case "n":
                counted.no += 1
                #expect(syntax.count == 1, "\(name) got no syntax finding")
                #expect(syntax.allSatisfy { $0.line >= 1 && $0.column >= 1 })
            default:
                counted.either += 1
            }
        }
        #expect(counted.yes > 90 && counted.no > 180 && counted.either > 20)
    }
}

enum JSONTestSuiteFiles {
    static let directory: URL? = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/testdata/JSONTestSuite/test_parsing")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()
}
