import JapaneseText
import KonbiniRules
import Yams

/// The first stage: a rules file's text to a ``RulesDocument``, with every structural
/// problem (bad YAML, unknown keys, wrong value types, unknown names) at its line and column.
///
/// The model it returns has the shape the language promises but is not yet known to make
/// sense; ``RulesChecker`` checks that.
public enum RulesParser {
    /// The rules language version this parser reads.
    public static let languageVersion = 1

    public static func parse(_ text: String, file: String) -> Result<RulesDocument, RulesDiagnostics> {
        let reader = YAMLReader(file: file)
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                return .failure(RulesDiagnostics([RulesDiagnostic("the file is empty", at: SourceLocation(file: file, line: 1, column: 1))]))
            }
            root = composed
        } catch {
            return .failure(RulesDiagnostics([diagnostic(for: error, file: file)]))
        }
        var parser = DocumentParser(reader: reader)
        let document = parser.parseDocument(root)
        if let document, reader.diagnostics.isEmpty {
            return .success(document)
        }
        return .failure(RulesDiagnostics(reader.diagnostics))
    }

    /// A YAML syntax error at the position the YAML parser gives.
    static func diagnostic(for error: Error, file: String) -> RulesDiagnostic {
        func at(_ mark: Mark, _ problem: String) -> RulesDiagnostic {
            RulesDiagnostic("YAML: \(problem)", at: SourceLocation(file: file, line: mark.line, column: mark.column))
        }
        switch error as? YamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return at(mark, problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return at(context.mark, "duplicate key '\(duplicates.joined(separator: "', '"))' in a mapping")
        case .reader(let problem, let offset, _, _):
            return RulesDiagnostic("YAML: \(problem)" + (offset.map { " at byte \($0)" } ?? ""), at: SourceLocation(file: file, line: 1, column: 1))
        default:
            return RulesDiagnostic("YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }
}

/// What rules inherit from the object around them.
struct RuleScope {
    /// The start of every default rule id, such as `stripe.konbini`.
    var idPrefix: String
    /// The URL of the document rules cite unless they name another.
    var source: String?
}

struct DocumentParser {
    let reader: YAMLReader
    var documents: [String: String] = [:]

    init(reader: YAMLReader) {
        self.reader = reader
    }

    mutating func parseDocument(_ root: Node) -> RulesDocument? {
        guard var keys = reader.mapping(root, "the rules file") else { return nil }
        if let versionNode = keys.require("version"), let version = reader.integer(versionNode, "version"),
           version != RulesParser.languageVersion {
            reader.error("version \(version) is not supported; this package reads version \(RulesParser.languageVersion)", at: versionNode)
        }
        let provider = keys.require("provider").flatMap { identifier($0, "provider") }
        let requestName = keys.require("request").flatMap { typeName($0, "request") }
        let title = keys.require("title").flatMap { reader.string($0, "title") }
        if let node = keys.require("documents"), var documentKeys = reader.mapping(node, "documents") {
            for entry in documentKeys.entries {
                if let url = documentKeys.take(entry.key).flatMap({ reader.string($0, "document '\(entry.key)'") }) {
                    documents[entry.key] = url
                }
            }
        }
        let rootScope = scope(&keys, inside: RuleScope(idPrefix: provider ?? "rules", source: nil))
        let object = parseObject(&keys, scope: rootScope, what: "the request")
        keys.reportUnknownKeys()
        guard let provider, let requestName, let title, let object else { return nil }
        var requestTypeRule = RuleMetadata(
            id: "\(rootScope.idPrefix).request.type", severity: .error, message: DefaultMessages.type(.string),
            source: rootScope.source ?? "", location: reader.location(of: root))
        requestTypeRule.label = BilingualText(english: "The request", japanese: "リクエスト")
        return RulesDocument(provider: provider, requestName: requestName, title: title, documents: documents,
                             root: object, requestTypeRule: requestTypeRule, idPrefix: rootScope.idPrefix,
                             location: reader.location(of: root))
    }

    /// Reads the keys an object definition has: `fields`, `rules` and `unknown_fields`.
    /// The caller has read the object's `id_prefix` and `source` into `scope`.
    mutating func parseObject(_ keys: inout KeyedNodes, scope: RuleScope, what: String) -> ObjectDefinition? {
        var fields: [FieldDefinition] = []
        if let node = keys.require("fields"), var fieldKeys = reader.mapping(node, "the fields of \(what)") {
            for entry in fieldKeys.entries {
                _ = fieldKeys.take(entry.key)
                if let field = parseField(entry.key, entry.value, scope: scope) {
                    fields.append(field)
                }
            }
        }
        var policy = UnknownFieldPolicy.allow
        var unknownFieldRule: RuleMetadata?
        if let node = keys.take("unknown_fields") {
            if let name = reader.string(node, "unknown_fields") {
                if let parsed = UnknownFieldPolicy(rawValue: name) {
                    policy = parsed
                } else {
                    reader.error("unknown_fields must be one of: allow, warning, error", at: node)
                }
            }
            if policy != .allow {
                unknownFieldRule = RuleMetadata(
                    id: "\(scope.idPrefix).unknown_field", severity: policy == .error ? .error : .warning,
                    message: DefaultMessages.unknownField(), source: scope.source ?? "", location: reader.location(of: node))
            }
        }
        var rules: [ObjectRule] = []
        if let node = keys.take("rules"), let items = reader.sequence(node, "rules") {
            rules = items.compactMap { parseObjectRule($0, scope: scope) }
        }
        return ObjectDefinition(fields: fields, unknownFields: policy, rules: rules, unknownFieldRule: unknownFieldRule)
    }

    /// The scope inside an object that may set its own `id_prefix` and `source` (a field's
    /// `source` has been read with the field, so an object field passes `readsSource: false`).
    mutating func scope(_ keys: inout KeyedNodes, inside outer: RuleScope, readsSource: Bool = true) -> RuleScope {
        var scope = outer
        if let node = keys.take("id_prefix"), let prefix = reader.string(node, "id_prefix") {
            scope.idPrefix = prefix
        }
        if readsSource, let node = keys.take("source"), let url = document(node) {
            scope.source = url
        }
        return scope
    }

    /// The URL of the document a `source` key names.
    func document(_ node: Node) -> String? {
        guard let name = reader.string(node, "source") else { return nil }
        guard let url = documents[name] else {
            let known = documents.keys.sorted().joined(separator: ", ")
            reader.error("source '\(name)' is not one of the file's documents (\(known))", at: node)
            return nil
        }
        return url
    }

    mutating func parseField(_ name: String, _ node: Node, scope outer: RuleScope) -> FieldDefinition? {
        guard var keys = reader.mapping(node, "field '\(name)'") else { return nil }
        let location = reader.location(of: node)
        var scope = outer
        if let sourceNode = keys.take("source"), let url = document(sourceNode) {
            scope.source = url
        }
        let type = parseType(&keys, field: name, scope: scope)
        let description = keys.take("description").flatMap { reader.string($0, "description") }
        let label = keys.take("label").flatMap { bilingual($0, "label") }.map(BilingualText.init(english:japanese:))
        let role = keys.take("role").flatMap { node in
            reader.choice(node, "role", among: FieldRole.allCases.map { (name: $0.rawValue, value: $0) }, plural: "roles")
        }
        let providerDefault = keys.take("default").flatMap { $0.scalar?.string }
        var isSensitive = false
        if let node = keys.take("sensitive"), let value = reader.boolean(node, "sensitive") {
            isSensitive = value
            switch type {
            case .object?, .variants?:
                // A mask hides a value; an object's members are values of their own, each sensitive or not.
                if value { reader.error("sensitive marks a value, not an object: mark the fields of '\(name)' that are", at: node) }
            default:
                break
            }
        }
        var endsAtJapaneseEndOfDay = false
        if let node = keys.take("deadline"), let value = reader.string(node, "deadline") {
            if value == "end_of_japanese_day" {
                endsAtJapaneseEndOfDay = true
            } else {
                reader.error("deadline can only be end_of_japanese_day", at: node)
            }
        }
        var presence = FieldDefinition.Presence.optional
        if let node = keys.take("required"),
           let rule = presenceRule(node, id: "\(scope.idPrefix).\(name).required", message: DefaultMessages.required(), scope: scope) {
            presence = .required(rule)
        }
        if let node = keys.take("forbidden"),
           let rule = presenceRule(node, id: "\(scope.idPrefix).\(name).forbidden", message: DefaultMessages.forbidden(), scope: scope) {
            if case .required = presence {
                reader.error("field '\(name)' cannot be both required and forbidden", at: node)
            }
            presence = .forbidden(rule)
        }
        var checks: [Check] = []
        var checkParser = CheckParser(reader: reader, documentParser: self)
        if let node = keys.take("checks"), let items = reader.sequence(node, "checks of '\(name)'"), let type {
            checks = items.compactMap { checkParser.parseCheck($0, field: name, type: type, scope: scope) }
        }
        var typeFixes: [TextNormalization] = []
        if let node = keys.take("fix"), let type {
            if type.form == nil {
                reader.error("a field's fix gives a text its type's form, which only email and url fields have; "
                             + "put the fix on one of its checks", at: node)
            } else {
                typeFixes = checkParser.parseFixes(node, for: nil)
            }
        }
        keys.reportUnknownKeys()
        guard let type else { return nil }
        let typeRule = RuleMetadata(id: "\(scope.idPrefix).\(name).type", severity: .error,
                                    message: DefaultMessages.type(type), source: scope.source ?? "", location: location)
        var field = FieldDefinition(name: name, description: description, type: type, presence: presence,
                                    providerDefault: providerDefault, isSensitive: isSensitive,
                                    endsAtJapaneseEndOfDay: endsAtJapaneseEndOfDay, checks: checks,
                                    typeRule: typeRule, typeFixes: typeFixes, location: location)
        field.role = role
        if let label { field.setLabel(label) }
        return field
    }

    /// A mapping of an English text `en` and a Japanese text `ja`, both required.
    func bilingual(_ node: Node, _ what: String) -> (english: String, japanese: String)? {
        guard var keys = reader.mapping(node, what) else { return nil }
        let english = keys.require("en").flatMap { reader.string($0, "the English \(what)") }
        let japanese = keys.require("ja").flatMap { reader.string($0, "the Japanese \(what)") }
        keys.reportUnknownKeys()
        guard let english, let japanese else { return nil }
        return (english, japanese)
    }

    /// `required: true`, or a mapping with the rule's `id`, `severity`, `message` or `source`.
    mutating func presenceRule(_ node: Node, id: String, message: RuleMessage, scope: RuleScope) -> RuleMetadata? {
        if node.mapping != nil {
            guard var keys = reader.mapping(node, "the presence rule") else { return nil }
            let rule = metadata(&keys, defaultID: id, defaultMessage: message, scope: scope, location: reader.location(of: node))
            keys.reportUnknownKeys()
            return rule
        }
        guard reader.boolean(node, "required or forbidden") == true else { return nil }
        return RuleMetadata(id: id, severity: .error, message: message, source: scope.source ?? "", location: reader.location(of: node))
    }

    /// The `id`, `severity`, `message` and `source` keys every rule may carry.
    func metadata(
        _ keys: inout KeyedNodes, defaultID: String, defaultMessage: RuleMessage, scope: RuleScope, location: SourceLocation
    ) -> RuleMetadata {
        var rule = RuleMetadata(id: defaultID, severity: .error, message: defaultMessage, source: scope.source ?? "", location: location)
        if let node = keys.take("id"), let id = reader.string(node, "id") {
            rule.id = id
        }
        if let node = keys.take("severity"), let name = reader.string(node, "severity") {
            if let severity = Severity(rawValue: name) {
                rule.severity = severity
            } else {
                reader.error("severity must be error or warning", at: node)
            }
        }
        if let node = keys.take("message"), let (english, japanese) = bilingual(node, "message") {
            rule.message = RuleMessage(english: english, japanese: japanese)
        }
        if let node = keys.take("source"), let url = document(node) {
            rule.source = url
        }
        return rule
    }

    mutating func parseObjectRule(_ node: Node, scope: RuleScope) -> ObjectRule? {
        guard var keys = reader.mapping(node, "an object rule") else { return nil }
        let location = reader.location(of: node)
        let kind: ObjectRule.Kind?
        if let fieldsNode = keys.take("exclusive") {
            kind = reader.strings(fieldsNode, "exclusive").map(ObjectRule.Kind.exclusive)
        } else if let totalNode = keys.take("total"), var totalKeys = reader.mapping(totalNode, "total") {
            let fields = totalKeys.require("of").flatMap { reader.strings($0, "the fields of total") }
            let min = totalKeys.take("min").flatMap { reader.integer($0, "min") }
            let max = totalKeys.take("max").flatMap { reader.integer($0, "max") }
            totalKeys.reportUnknownKeys()
            kind = fields.map { .total(of: $0, min: min, max: max) }
        } else {
            reader.error("an object rule needs 'exclusive' or 'total'", at: node)
            kind = nil
        }
        guard keys.has("id") else {
            reader.error("an object rule needs an 'id'", at: node)
            return nil
        }
        let condition = keys.take("when").flatMap(condition)
        guard let kind else { return nil }
        let rule = metadata(&keys, defaultID: "", defaultMessage: DefaultMessages.objectRule(kind), scope: scope, location: location)
        keys.reportUnknownKeys()
        return ObjectRule(kind: kind, rule: rule, condition: condition, location: location)
    }

    /// A `when`: one field of the object and the variant or value it must hold, such as
    /// `{payment_details: konbini}`.
    func condition(_ node: Node) -> FieldCondition? {
        guard var keys = reader.mapping(node, "when") else { return nil }
        guard keys.entries.count == 1, let entry = keys.entries.first,
              let value = keys.take(entry.key).flatMap({ reader.string($0, "the value of when") })
        else {
            reader.error("when names one field of the object and its variant or value, such as {payment_details: konbini}", at: node)
            return nil
        }
        return FieldCondition(field: entry.key, value: value)
    }

    func identifier(_ node: Node, _ what: String) -> String? {
        guard let text = reader.string(node, what) else { return nil }
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first),
              text.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" })
        else {
            reader.error("\(what) must be lower-case letters, digits, '-' and '_', starting with a letter", at: node)
            return nil
        }
        return text
    }

    func typeName(_ node: Node, _ what: String) -> String? {
        guard let text = reader.string(node, what) else { return nil }
        guard let first = text.unicodeScalars.first, ("A"..."Z").contains(first),
              text.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })
        else {
            reader.error("\(what) must be a Swift type name: ASCII letters and digits, starting with a capital", at: node)
            return nil
        }
        return text
    }
}
