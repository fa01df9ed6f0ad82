import ArgumentParser
import KonbiniLint
import KonbiniRules

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Lists the providers' rules: id, severity, message and source document.")

    @Option(help: "One provider: \(Provider.allCases.map(\.rawValue).joined(separator: ", ")) (default: all).")
    var provider: String?

    @Option(help: "table, json, or markdown (the DocC article of every rule).")
    var format: String = "table"

    @Option(help: "The language of messages in the table: en or ja.")
    var lang: String = "en"

    func validate() throws {
        if let provider, Provider(rawValue: provider) == nil {
            throw ValidationError("unknown provider '\(provider)'; use \(Provider.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard ["table", "json", "markdown"].contains(format) else { throw ValidationError("unknown format '\(format)'; use table, json or markdown") }
        guard MessageLanguage(rawValue: lang) != nil else { throw ValidationError("unknown language '\(lang)'; use en or ja") }
    }

    func run() throws {
        let providers = provider.flatMap(Provider.init(rawValue:)).map { [$0] } ?? Provider.allCases
        let requestTypes = providers.flatMap(\.requestTypes)
        let rules = requestTypes.flatMap { $0.allRules }
        switch format {
        case "json": print(RuleListing.json(rules), terminator: "")
        case "markdown": print(RuleListing.markdown(requestTypes), terminator: "")
        default: print(RuleListing.table(rules, language: MessageLanguage(rawValue: lang)!), terminator: "")
        }
    }
}
