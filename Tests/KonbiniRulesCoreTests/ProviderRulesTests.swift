import Foundation
import KonbiniRulesCore
import Testing

/// The providers' rules files in `Rules/` load without a diagnostic.
@Suite struct ProviderRulesTests {
    static let rulesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Rules")

    static var files: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: rulesDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".rules.yaml") }.sorted().map { rulesDirectory.appendingPathComponent($0) }
    }

    @Test func rulesDirectoryHasFiles() {
        #expect(!Self.files.isEmpty)
    }

    @Test(arguments: files)
    func loads(_ file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        if case .failure(let failure) = RulesChecker.load(text, file: file.lastPathComponent) {
            Issue.record("\(failure)")
        }
    }
}
