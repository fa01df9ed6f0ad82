import KonbiniRulesCore

/// The `Rules` enum of a generated request: one `static let` per rule, named after the
/// rule's id without the file's prefix (`stripe.konbini.amount.range` → `amountRange`).
struct RuleNames {
    private let idPrefix: String
    private(set) var entries: [(name: String, rule: RuleMetadata)] = []
    private var names: [String: String] = [:]

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

    /// `public enum Rules { static let … }`, with `all` listing them in file order.
    var declaration: SwiftDeclaration {
        var members: [SwiftDeclaration] = entries.map { entry in
            let rule = entry.rule
            return .line(
                documentation: [],
                code: """
                    public static let \(entry.name) = Rule(
                        id: \(SwiftNames.literal(rule.id)), severity: .\(rule.severity.rawValue),
                        message: Message(
                            english: \(SwiftNames.literal(rule.message.english)),
                            japanese: \(SwiftNames.literal(rule.message.japanese))),
                        source: \(SwiftNames.literal(rule.source)))
                    """)
        }
        members.append(.line(documentation: ["Every rule, in the order of the rules file."],
                             code: "public static let all: [Rule] = [" + entries.map(\.name).joined(separator: ", ") + "]"))
        return .enumeration(name: "Rules", documentation: ["The rules this request is checked against."],
                            conformances: [], cases: [], members: members)
    }
}
