import KonbiniRules
import KonbiniRulesCore

/// The `Rules` enum of a generated request: one `static let` per rule, named after the
/// rule's id without the file's prefix (`stripe.konbini.amount.range` → `amountRange`); and
/// its `Checks` enum: one `ValueCheck` per field check, by the name of its rule.
struct RuleNames {
    private let idPrefix: String
    private(set) var entries: [(name: String, rule: RuleMetadata)] = []
    private var names: [String: String] = [:]
    /// The field checks, each `ValueCheck(test, field:, rule:)`, in the order first used.
    private var checks: [(name: String, test: ValueCheck.Test, field: String)] = []

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

    /// The expression for `check` of the field `field`: a constant of `Checks`, built once
    /// (a pattern compiled once), applied without a lock.
    mutating func reference(_ check: Check, field: String) -> String {
        let name = String(reference(check.rule).dropFirst("Rules.".count))
        if !checks.contains(where: { $0.name == name }) { checks.append((name, check.kind, field)) }
        return "Checks.\(name)"
    }

    /// `enum Checks { static let … }`, or nothing for a file without field checks.
    var checksDeclaration: [SwiftDeclaration] {
        guard !checks.isEmpty else { return [] }
        let order = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.name, $0) })
        return [.enumeration(
            name: "Checks", documentation: ["The checks of the fields, in the order of the rules file, each applied where its field is validated."],
            conformances: [], cases: [],
            members: checks.sorted { order[$0.name, default: 0] < order[$1.name, default: 0] }.map { check in
                .line(documentation: [], code: "public static let \(check.name) = ValueCheck(\(SwiftExpressions.test(check.test)), "
                    + "field: \(SwiftNames.literal(check.field)), rule: Rules.\(check.name))")
            })]
    }

    /// `public enum Rules { static let … }`, with `all` listing them in file order.
    var declaration: SwiftDeclaration {
        var members: [SwiftDeclaration] = entries.map { entry in
            let rule = entry.rule
            return SwiftDeclaration.line(
                documentation: [],
                code: """
                    public static let \(entry.name) = KonbiniRule(
                        id: \(SwiftNames.literal(rule.id)), severity: .\(rule.severity.rawValue),
                        message: RuleMessage(
                            english: \(SwiftNames.literal(rule.message.english)),
                            japanese: \(SwiftNames.literal(rule.message.japanese))),
                        source: \(SwiftNames.literal(rule.source)))
                    """)
        }
        members.append(.line(documentation: ["Every rule, in the order of the rules file."],
                             code: "public static let all: [KonbiniRule] = [" + entries.map(\.name).joined(separator: ", ") + "]"))
        return .enumeration(name: "Rules", documentation: ["The rules this request is checked against."],
                            conformances: [], cases: [], members: members)
    }
}
