import KonbiniRules
import KonbiniRulesCore

/// The `Rules` enum of a generated request: one `static let` per rule, named after the
/// rule's id without the file's prefix (`stripe.konbini.amount.range` → `amountRange`), and
/// one per pattern check's compiled ``Pattern`` (`phonePatternExpression`).
struct RuleNames {
    private let idPrefix: String
    private(set) var entries: [(name: String, rule: RuleMetadata)] = []
    private var names: [String: String] = [:]
    /// The compiled patterns, by the name of their rule.
    private var patterns: [String: Pattern] = [:]

    init(idPrefix: String) {
        self.idPrefix = idPrefix
    }

    /// The expression that refers to `rule` in generated code, registering it on first use.
    mutating func reference(_ rule: RuleMetadata) -> String {
        if let name = names[rule.id] { return "Rules.\(name)" }
        var stem = rule.id
        if stem.hasPrefix(idPrefix + ".") { stem.removeFirst(idPrefix.count + 1) }
        var name = SwiftNames.property(stem.replacing(".", with: "_")).replacing("`", with: "")
        let taken = Set(names.values)
        if taken.contains(name) {
            var suffix = 2
            while taken.contains(name + String(suffix)) { suffix += 1 }
            name += String(suffix)
        }
        names[rule.id] = name
        entries.append((name, rule))
        return "Rules.\(name)"
    }

    /// The expression for the compiled `pattern` of the check whose rule is `rule`: a
    /// `static let` beside the rule, compiled once, read without a lock.
    mutating func reference(_ pattern: Pattern, of rule: RuleMetadata) -> String {
        let name = reference(rule).dropFirst("Rules.".count)
        patterns[String(name)] = pattern
        return "Rules.\(name)Expression"
    }

    /// `public enum Rules { static let … }`, with `all` listing them in file order.
    var declaration: SwiftDeclaration {
        var members: [SwiftDeclaration] = entries.flatMap { entry in
            let rule = entry.rule
            let declaration = SwiftDeclaration.line(
                documentation: [],
                code: """
                    public static let \(entry.name) = Rule(
                        id: \(SwiftNames.literal(rule.id)), severity: .\(rule.severity.rawValue),
                        message: Message(
                            english: \(SwiftNames.literal(rule.message.english)),
                            japanese: \(SwiftNames.literal(rule.message.japanese))),
                        source: \(SwiftNames.literal(rule.source)))
                    """)
            guard let pattern = patterns[entry.name] else { return [declaration] }
            return [declaration, .line(
                documentation: ["The pattern of ``\(entry.name)``, compiled once."],
                code: "static let \(entry.name)Expression = Pattern(validated: \(SwiftNames.literal(pattern.source)))")]
        }
        members.append(.line(documentation: ["Every rule, in the order of the rules file."],
                             code: "public static let all: [Rule] = [" + entries.map(\.name).joined(separator: ", ") + "]"))
        return .enumeration(name: "Rules", documentation: ["The rules this request is checked against."],
                            conformances: [], cases: [], members: members)
    }
}
