import ArgumentParser
import KonbiniLint
import KonbiniRules

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Lists the providers' rules: id, severity, message and source document.")

    @Option(help: "One provider: stripe, omise, komoju or nomupay (default: all).")
    var provider: String?

    @Option(help: "table or json.")
    var format: String = "table"

    @Option(help: "The language of messages in the table: en or ja.")
    var lang: String = "en"

    func validate() throws {
        if let provider, Provider(rawValue: provider) == nil {
            throw ValidationError("unknown provider '\(provider)'; use \(Provider.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard ["table", "json"].contains(format) else { throw ValidationError("unknown format '\(format)'; use table or json") }
        guard MessageLanguage(rawValue: lang) != nil else { throw ValidationError("unknown language '\(lang)'; use en or ja") }
    }

    func run() throws {
        let providers = provider.flatMap(Provider.init(rawValue:)).map { [$0] } ?? Provider.allCases
        let rules = providers.flatMap(\.requestTypes).flatMap { $0.allRules }
        print(format == "json" ? RuleListing.json(rules) : RuleListing.table(rules, language: MessageLanguage(rawValue: lang)!), terminator: "")
    }
}
