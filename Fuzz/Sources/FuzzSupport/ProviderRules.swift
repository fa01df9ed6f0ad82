import Foundation
import KonbiniLint
import KonbiniProviders
import KonbiniRules
import KonbiniRulesCore
import KonbiniRulesInterpreter

/// Each generated request type of `Rules/` with an interpreter over the same rules file,
/// for the differential property: both must find the same violations.
public struct ProviderRules {
    public let requestType: any KonbiniRequest.Type
    public let interpreter: RulesInterpreter

    /// Every rules file of `Rules/`, read once at start-up.
    public static let all: [ProviderRules] = {
        let directory = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Rules")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let documents = files.filter { $0.hasSuffix(".rules.yaml") }.map { file -> RulesDocument in
            let url = directory.appendingPathComponent(file)
            guard let text = try? String(contentsOf: url, encoding: .utf8),
                  case .success(let document) = RulesChecker.load(text, file: file)
            else { fatalError("cannot load \(url.path)") }
            return document
        }
        return Provider.allCases.flatMap(\.requestTypes).map { type in
            guard let document = documents.first(where: { $0.requestName == String(describing: type) }) else {
                fatalError("no rules file in \(directory.path) declares \(type)")
            }
            return ProviderRules(requestType: type, interpreter: RulesInterpreter(document: document))
        }
    }()
}
