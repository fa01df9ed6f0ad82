import KonbiniRules

/// How `konbini-lint` runs in a codebase, read from `.konbini-lint.yaml`:
///
/// ```yaml
/// rules:                              # by rule id, or by the start of ids
///   stripe.konbini.name.charset: off
///   worldpay.konbini: warning         # every rule whose id starts with worldpay.konbini.
/// include: ["payloads/**"]            # only these paths (default: every path given)
/// exclude: ["payloads/legacy/**"]     # never these
/// providers:                          # the provider of the payloads under a path
///   "payloads/adyen/**": adyen
/// lang: ja                            # defaults for --lang and --format
/// format: github
/// ```
///
/// Paths are relative to the file's folder.
public struct LintConfiguration: Sendable {
    /// What a rule is turned into.
    public enum RuleSetting: String, CaseIterable, Sendable {
        case off, warning, error
    }

    /// The settings by rule id or id prefix, as written.
    public var rules: [String: RuleSetting]
    public var include: [PathGlob]
    public var exclude: [PathGlob]
    /// The provider's name for each path pattern, first match first.
    public var providers: [(glob: PathGlob, provider: String)]
    public var language: String?
    public var format: String?

    public init() {
        rules = [:]
        include = []
        exclude = []
        providers = []
    }

    /// The name the file has.
    public static let fileName = ".konbini-lint.yaml"

    /// The setting of the rule `id`: the one written for the id itself, else for the longest
    /// start of it (`stripe.konbini` for `stripe.konbini.amount.range`); `nil` when none is.
    public func setting(forRule id: String) -> RuleSetting? {
        // Most runs have no settings: every finding would otherwise build each prefix.
        guard !rules.isEmpty else { return nil }
        var prefix = Substring(id)
        while true {
            if let setting = rules[String(prefix)] { return setting }
            guard let dot = prefix.lastIndex(of: ".") else { return nil }
            prefix = prefix[..<dot]
        }
    }

    /// Whether the path (relative to the file's folder) is to be linted.
    public func includes(_ path: String) -> Bool {
        (include.isEmpty || include.contains { $0.matches(path) }) && !exclude.contains { $0.matches(path) }
    }

    /// The provider the file names for the path, if any.
    public func provider(for path: String) -> String? {
        providers.first { $0.glob.matches(path) }?.provider
    }

    /// The configuration `text` of the file at `file` says, or every problem it has at its
    /// line and column. `providers`, `languages` and `formats` are the names the linter
    /// knows.
    public static func parse(
        _ text: String, file: String, providers: [String], languages: [String], formats: [String]
    ) -> Result<LintConfiguration, RulesDiagnostics> {
        YAMLReader.configuration(text, file: file, empty: LintConfiguration()) { reader, keys, configuration in
            if let node = keys.take("rules"), let rules = reader.mapping(node, "rules") {
                let settings = RuleSetting.allCases.map { (name: $0.rawValue, value: $0) }
                for entry in rules.entries {
                    let setting = reader.choice(entry.value, "setting of '\(entry.key)'", among: settings, plural: "settings", readsPlainWords: true)
                    if let setting {
                        configuration.rules[entry.key] = setting
                    }
                }
            }
            for (key, globs) in [("include", \LintConfiguration.include), ("exclude", \LintConfiguration.exclude)] {
                if let node = keys.take(key), let patterns = reader.strings(node, key) {
                    configuration[keyPath: globs] = patterns.map(PathGlob.init)
                }
            }
            if let node = keys.take("providers"), let entries = reader.mapping(node, "providers") {
                let known = providers.map { (name: $0, value: $0) }
                for entry in entries.entries {
                    if let provider = reader.choice(entry.value, "provider", among: known, plural: "providers") {
                        configuration.providers.append((PathGlob(entry.key), provider))
                    }
                }
            }
            if let node = keys.take("lang") {
                configuration.language = reader.choice(node, "language", among: languages.map { ($0, $0) }, plural: "languages")
            }
            if let node = keys.take("format") {
                configuration.format = reader.choice(node, "format", among: formats.map { ($0, $0) }, plural: "formats")
            }
        }
    }
}
