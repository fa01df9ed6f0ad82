import Foundation
import KonbiniLint
import KonbiniProviders
import KonbiniRules
import KonbiniRulesCore
import KonbiniRulesInterpreter

/// Each generated request type of `Rules/` with an interpreter over the same rules file,
/// for the differential property: both must find the same violations.
public struct ProviderRules {
    public let requestType: any PayloadDecodable.Type
    public let interpreter: RulesInterpreter

    /// Every rules file of `Rules/`, read once at start-up.
    public static let all: [ProviderRules] = {
        let directory = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Rules")
        return ProviderRequests.all.map { type in
            let url = directory.appendingPathComponent(type.rulesFileName)
            guard let text = try? String(contentsOf: url, encoding: .utf8),
                  case .success(let document) = RulesChecker.load(text, file: type.rulesFileName)
            else { fatalError("cannot load \(url.path)") }
            return ProviderRules(requestType: type, interpreter: RulesInterpreter(document: document))
        }
    }()
}
