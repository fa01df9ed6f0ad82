import KonbiniRules
import KonbiniRulesCore

/// The `Rules` enum of a generated request: one `static let` per rule, named after the
/// rule's id without the file's prefix (`stripe.konbini.amount.range` → `amountRange`), its
/// message and document referred to by name rather than repeated; and its `Checks` enum:
/// one runtime check per rule that a check reports, by the name of its rule.
struct RuleNames {
    private let idPrefix: String
    /// The file's documents, by URL: a rule's source is one of them.
    private let documentNames: [String: String]
    private(set) var entries: [(name: String, rule: RuleMetadata)] = []
    private var names: [String: String] = [:]
    /// The checks, each the expression that builds it, by the name of its rule.
    private var checks: [String: String] = [:]

    /// The access keyword of the declarations, and a space; nothing for `internal`.
    private let access: String

    init(idPrefix: String, documents: [String: String], access: String) {
        self.idPrefix = idPrefix
        self.access = access
        documentNames = Dictionary(documents.map { ($0.value, $0.key) }, uniquingKeysWith: min)
    }

    /// The expression that refers to `rule` in generated code, registering it on first use.
    mutating func reference(_ rule: RuleMetadata) -> String {
        if let name = names[rule.id] { return "Rules.\(name)" }
        var stem = rule.id
        if stem.hasPrefix(idPrefix + ".") { stem.removeFirst(idPrefix.count + 1) }
        let name = Self.unique(SwiftNames.property(stem.replacing(".", with: "_")).replacing("`", with: ""), among: Set(names.values))
        names[rule.id] = name
        entries.append((name, rule))
        return "Rules.\(name)"
    }

    // MARK: Checks

    /// The constant of `Checks` for the field check `check` of the field `field`: built once
    /// (a pattern compiled once), applied without a lock.
    mutating func reference(_ check: Check, field: String) -> String {
        self.check(reporting: check.rule) { "ValueCheck(\(SwiftExpressions.test(check.kind)), field: \(SwiftNames.literal(field)), rule: \($0))" }
    }

    /// The constant of `Checks` for the field's `required` or `forbidden`; `nil` for an
    /// optional field.
    mutating func presenceReference(_ field: FieldDefinition) -> String? {
        let requirement: String
        let rule: RuleMetadata
        switch field.presence {
        case .optional: return nil
        case .required(let required): (requirement, rule) = (".required", required)
        case .forbidden(let forbidden): (requirement, rule) = (".forbidden", forbidden)
        }
        return check(reporting: rule) { "PresenceCheck(\(requirement), field: \(SwiftNames.literal(field.name)), rule: \($0))" }
    }

    /// The constant of `Checks` for the form the field's type asks of its text; `nil` for a
    /// type whose form is its JSON type.
    mutating func formReference(_ field: FieldDefinition) -> String? {
        guard let form = field.type.form else { return nil }
        return check(reporting: field.typeRule) { "FormCheck(\(SwiftExpressions.form(form)), field: \(SwiftNames.literal(field.name)), rule: \($0))" }
    }

    /// The constant of `Checks` for the object rule `objectRule` of `object`, naming the
    /// labelled fields by their labels in customers' messages.
    mutating func reference(_ objectRule: ObjectRule, in object: ObjectDefinition) -> String {
        let labelName = labelNames.name
        let labels = objectRule.fieldLabels(in: object).sorted { $0.key < $1.key }.compactMap { field, label in
            labelName[label].map { "\(SwiftNames.literal(field)): Rules.Labels.\($0)" }
        }
        let labelArgument = labels.isEmpty ? "" : ", labels: [" + labels.joined(separator: ", ") + "]"
        return check(reporting: objectRule.rule) { "FieldGroupCheck(\(SwiftExpressions.test(objectRule.kind)), rule: \($0)\(labelArgument))" }
    }

    /// `Checks.<name of rule>`, declared by `expression` (given the rule's reference) on first use.
    private mutating func check(reporting rule: RuleMetadata, _ expression: (String) -> String) -> String {
        let reference = reference(rule)
        let name = String(reference.dropFirst("Rules.".count))
        if checks[name] == nil { checks[name] = expression(reference) }
        return "Checks.\(name)"
    }

    /// `enum Checks { static let … }` in the order of the rules file, or nothing for a file
    /// without checks.
    var checksDeclaration: [SwiftDeclaration] {
        guard !checks.isEmpty else { return [] }
        return [.enumeration(
            name: "Checks", documentation: ["The checks of the rules, in the order of the rules file, each applied where its field or object is validated."],
            conformances: [], cases: [],
            members: entries.compactMap { entry in
                checks[entry.name].map { .line(documentation: [], code: "\(access)static let \(entry.name) = \($0)") }
            })]
    }

    // MARK: Rules

    /// `public enum Rules { static let … }`, with `all` listing them in file order, then the
    /// messages and documents they refer to.
    var declaration: SwiftDeclaration {
        let messages = messageNames
        let labels = labelNames
        var members: [SwiftDeclaration] = entries.map { entry in
            let rule = entry.rule
            let source = documentNames[rule.source].map { "Documents.\(SwiftNames.property($0))" } ?? SwiftNames.literal(rule.source)
            let label = rule.label.map { ", label: Labels.\(labels.name[$0]!)" } ?? ""
            return SwiftDeclaration.line(
                documentation: [],
                code: "\(access)static let \(entry.name) = KonbiniRule(id: \(SwiftNames.literal(rule.id)), "
                    + "severity: .\(rule.severity.rawValue), message: Messages.\(messages.name[rule.message]!), source: \(source)\(label))")
        }
        members.append(.line(documentation: ["Every rule, in the order of the rules file."],
                             code: "\(access)static let all: [KonbiniRule] = [" + entries.map(\.name).joined(separator: ", ") + "]"))
        members.append(.enumeration(
            name: "Messages", documentation: ["The rules' messages, each written once."], conformances: [], cases: [],
            members: messages.order.map { message in
                .line(documentation: [], code: """
                    \(access)static let \(messages.name[message]!) = RuleMessage(
                        english: \(SwiftNames.literal(message.english)),
                        japanese: \(SwiftNames.literal(message.japanese)))
                    """)
            }))
        if !labels.order.isEmpty {
            members.append(.enumeration(
                name: "Labels", documentation: ["What customers call the fields, which their messages name them by."],
                conformances: [], cases: [],
                members: labels.order.map { label in
                    .line(documentation: [], code: "\(access)static let \(labels.name[label]!) = BilingualText("
                          + "english: \(SwiftNames.literal(label.english)), japanese: \(SwiftNames.literal(label.japanese)))")
                }))
        }
        let cited = Set(entries.map(\.rule.source))
        members.append(.enumeration(
            name: "Documents", documentation: ["The provider documents the rules cite."], conformances: [], cases: [],
            members: documentNames.filter { cited.contains($0.key) }.sorted { $0.value < $1.value }.map { url, name in
                .line(documentation: [], code: "\(access)static let \(SwiftNames.property(name)) = \(SwiftNames.literal(url))")
            }))
        return .enumeration(name: "Rules", documentation: ["The rules this request is checked against."],
                            conformances: [], cases: [], members: members)
    }

    /// Each distinct message in file order, named after the last part of the first rule id
    /// that uses it (`required`, `range`), or after the rule (`storeType`) when an earlier
    /// message has that name.
    private var messageNames: (order: [RuleMessage], name: [RuleMessage: String]) {
        var order: [RuleMessage] = []
        var name: [RuleMessage: String] = [:]
        for entry in entries where name[entry.rule.message] == nil {
            let last = entry.rule.id.split(separator: ".").last.map(String.init) ?? entry.name
            // A second message ending like an earlier one takes its rule's name.
            let stem = SwiftNames.property(last)
            name[entry.rule.message] = Self.unique(name.values.contains(stem) ? entry.name : stem, among: Set(name.values))
            order.append(entry.rule.message)
        }
        return (order, name)
    }

    /// Each distinct label in file order, named after the field of the first rule that
    /// carries it (the part of its id before the rule's kind: `name_kana` → `nameKana`).
    private var labelNames: (order: [BilingualText], name: [BilingualText: String]) {
        var order: [BilingualText] = []
        var name: [BilingualText: String] = [:]
        for entry in entries {
            guard let label = entry.rule.label, name[label] == nil else { continue }
            let parts = entry.rule.id.split(separator: ".")
            let field = parts.count >= 2 ? String(parts[parts.count - 2]) : entry.name
            name[label] = Self.unique(SwiftNames.property(field), among: Set(name.values))
            order.append(label)
        }
        return (order, name)
    }

    /// `name`, or `name` with the first number from 2 that makes it not one of `taken`.
    private static func unique(_ name: String, among taken: Set<String>) -> String {
        guard taken.contains(name) else { return name }
        var suffix = 2
        while taken.contains(name + String(suffix)) { suffix += 1 }
        return name + String(suffix)
    }
}
