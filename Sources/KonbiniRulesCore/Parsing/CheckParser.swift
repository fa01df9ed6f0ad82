import JapaneseText
import KonbiniRules
import Yams

/// Reads one entry of a field's `checks`: exactly one check keyword, the rule keys every
/// rule may have, and `fix`.
struct CheckParser {
    static let fixKeywords = TextNormalization.Kind.allCases.map(\.rawValue).joined(separator: ", ")

    let reader: YAMLReader
    let documentParser: DocumentParser

    mutating func parseCheck(_ node: Node, field: String, type: FieldType, scope: RuleScope) -> Check? {
        guard var keys = reader.mapping(node, "a check of '\(field)'") else { return nil }
        let location = reader.location(of: node)
        let present = keys.keys.compactMap(Check.Keyword.init(rawValue:))
        guard present.count == 1, let keyword = present.first, let valueNode = keys.take(keyword.rawValue) else {
            let found = present.isEmpty ? "none" : present.map(\.rawValue).joined(separator: ", ")
            let keywords = Check.Keyword.allCases.map(\.rawValue).joined(separator: ", ")
            reader.error("a check needs exactly one of: \(keywords) (found \(found))", at: node)
            return nil
        }
        guard let kind = parseKind(keyword, valueNode) else { return nil }
        let rule = documentParser.metadata(
            &keys, defaultID: "\(scope.idPrefix).\(field).\(keyword)", defaultMessage: DefaultMessages.check(kind),
            scope: scope, location: location)
        let fixes = keys.take("fix").map { parseFixes($0, for: kind) } ?? []
        let condition = keys.take("when").flatMap(documentParser.condition)
        keys.reportUnknownKeys()
        return Check(kind: kind, rule: rule, fixes: fixes, condition: condition, location: location)
    }

    private func parseKind(_ keyword: Check.Keyword, _ node: Node) -> Check.Kind? {
        let what = keyword.rawValue
        switch keyword {
        case .range:
            return bounds(node, what).map { Check.Kind.range(min: $0.min, max: $0.max) }
        case .length:
            return bounds(node, what).map { Check.Kind.length(min: $0.min, max: $0.max) }
        case .byteLength:
            return byteBounds(node, what)
        case .digits:
            return bounds(node, what).map { Check.Kind.digits(min: $0.min, max: $0.max) }
        case .notAllZeros:
            return flag(node, what) ? .notAllZeros : nil
        case .luhn:
            return flag(node, what) ? .luhn : nil
        case .oneOf:
            return reader.strings(node, what).map(Check.Kind.oneOf)
        case .contains:
            return reader.string(node, what).map(Check.Kind.contains)
        case .pattern:
            guard let source = reader.string(node, what) else { return nil }
            do {
                return .pattern(try TextPattern(source))
            } catch {
                reader.error("pattern: \(error)", at: node)
                return nil
            }
        case .charset:
            let sets = JapaneseCharacterSet.allCases.map { (name: $0.name, value: $0) }
            return reader.choice(node, "character set", among: sets, plural: "sets").map(Check.Kind.charset)
        case .phone:
            let forms = PhoneNumberForm.allCases.map { (name: $0.name, value: $0) }
            return reader.choice(node, "phone number form", among: forms, plural: "forms").map(Check.Kind.phone)
        case .laterThan:
            return duration(node, what).map(Check.Kind.laterThan)
        case .soonerThan:
            return duration(node, what).map(Check.Kind.soonerThan)
        }
    }

    /// `{min: 1, max: 60}`; either bound may be left out, not both.
    private func bounds(_ node: Node, _ what: String) -> (min: Int?, max: Int?)? {
        guard var keys = reader.mapping(node, what) else { return nil }
        return bounds(&keys, node, what)
    }

    /// `{max: 40, encoding: shift_jis}`: bounds and the encoding that counts the bytes.
    private func byteBounds(_ node: Node, _ what: String) -> Check.Kind? {
        guard var keys = reader.mapping(node, what) else { return nil }
        let encodings = TextEncoding.allCases.map { (name: $0.name, value: $0) }
        guard let encodingNode = keys.take("encoding") else {
            reader.error("\(what) needs 'encoding', one of: \(encodings.map(\.name).joined(separator: ", "))", at: node)
            return nil
        }
        guard let encoding = reader.choice(encodingNode, "encoding", among: encodings, plural: "encodings") else { return nil }
        return bounds(&keys, node, what).map { Check.Kind.byteLength(min: $0.min, max: $0.max, encoding: encoding) }
    }

    /// The bounds among `keys`, the keys of `node`, reporting any other key.
    private func bounds(_ keys: inout KeyedNodes, _ node: Node, _ what: String) -> (min: Int?, max: Int?)? {
        let min = keys.take("min").flatMap { reader.integer($0, "min") }
        let max = keys.take("max").flatMap { reader.integer($0, "max") }
        keys.reportUnknownKeys()
        if !keys.has("min") && !keys.has("max") {
            reader.error("\(what) needs 'min', 'max' or both", at: node)
            return nil
        }
        return (min, max)
    }

    private func flag(_ node: Node, _ what: String) -> Bool {
        guard let value = reader.boolean(node, what) else { return false }
        if !value { reader.error("\(what) can only be true; leave the check out instead", at: node) }
        return value
    }

    /// `30m`, `1h`, `60d`, `45s` as seconds.
    private func duration(_ node: Node, _ what: String) -> Int? {
        guard let text = node.scalar?.string, let unit = text.last, let count = Int(text.dropLast()), count >= 0 else {
            reader.error("\(what) must be a duration such as 30m, 1h or 60d", at: node)
            return nil
        }
        let unitSeconds: Int
        switch unit {
        case "s": unitSeconds = 1
        case "m": unitSeconds = 60
        case "h": unitSeconds = 3600
        case "d": unitSeconds = 86400
        default:
            reader.error("\(what) must be a duration such as 30m, 1h or 60d (units s, m, h, d)", at: node)
            return nil
        }
        let (seconds, overflow) = count.multipliedReportingOverflow(by: unitSeconds)
        // A century is longer than any provider's expiry; a longer duration is a mistake.
        guard !overflow, seconds <= 100 * 366 * 86400 else {
            reader.error("\(what) must be at most 100 years", at: node)
            return nil
        }
        return seconds
    }

    /// The normalizations of a `fix` (one, or a list) that fix a violation of `kind`, or,
    /// when `kind` is `nil`, of a field's type rule (a text not of its type's form).
    func parseFixes(_ node: Node, for kind: Check.Kind?) -> [TextNormalization] {
        let items = node.sequence.map(Array.init) ?? [node]
        return items.compactMap { parseFix($0, for: kind) }
    }

    /// One normalization that fixes a violation of `kind`.
    private func parseFix(_ node: Node, for kind: Check.Kind?) -> TextNormalization? {
        if let mapping = node.mapping, mapping.count == 1, let (keyNode, value) = mapping.first.map({ ($0.key, $0.value) }) {
            let key = keyNode.scalar?.string ?? ""
            switch TextNormalization.Kind(rawValue: key) {
            case .replaceOutside?:
                guard let replacement = reader.string(value, key) else { return nil }
                guard case .charset(let set)? = kind else {
                    reader.error("replace_outside fixes a charset check only", at: node)
                    return nil
                }
                return .replaceOutside(set, with: replacement)
            case .jisMappingVariants?:
                guard let name = reader.string(value, key), let form = JISMappingVariant.Form(rawValue: name) else {
                    reader.error("jis_variants must be jis or microsoft", at: value)
                    return nil
                }
                return .jisMappingVariants(form)
            case let other?:
                reader.error("fix '\(other.rawValue)' takes no value; write it as a name", at: keyNode)
                return nil
            case nil:
                reader.error("unknown fix '\(key)'; the fixes are: \(Self.fixKeywords)", at: keyNode)
                return nil
            }
        }
        guard let name = reader.string(node, "fix") else { return nil }
        guard let fix = TextNormalization.Kind(rawValue: name) else {
            reader.error("unknown fix '\(name)'; the fixes are: \(Self.fixKeywords)", at: node)
            return nil
        }
        if let normalization = TextNormalization(fix) { return normalization }
        switch fix {
        case .truncate:
            switch kind {
            case .length(_, let max?)?: return .truncate(toCharacters: max)
            case .byteLength(_, let max?, let encoding)?: return .truncateBytes(to: max, in: encoding)
            default:
                reader.error("truncate fixes a length or byte_length check with a max only", at: node)
                return nil
            }
        case .dropOutside:
            guard case .charset(let set)? = kind else {
                reader.error("drop_outside fixes a charset check only", at: node)
                return nil
            }
            return .dropOutside(set)
        default:
            reader.error("fix '\(name)' needs a value: {\(name): …}", at: node)
            return nil
        }
    }
}
