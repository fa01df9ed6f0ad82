import KonbiniRules
import Yams

extension DocumentParser {
    /// An enum's `values`: a list of the values (`[jpy]`), or a mapping from each value's name
    /// to the value the provider sends (`{seven_eleven: "00007"}`), for codes that say nothing
    /// to a reader.
    func enumerationValues(_ node: Node) -> (values: [String], names: [String]?)? {
        guard node.mapping != nil else { return reader.strings(node, "values").map { ($0, nil) } }
        guard let keys = reader.mapping(node, "values") else { return nil }
        var values: [String] = []
        var names: [String] = []
        for entry in keys.entries {
            guard let value = reader.string(entry.value, "the value of '\(entry.key)'") else { continue }
            if values.contains(value) {
                reader.error("'\(value)' is the value of two names", at: entry.value)
            }
            values.append(value)
            names.append(entry.key)
        }
        return values.count == keys.entries.count ? (values, names) : nil
    }

    /// The field's `type` and the keys that go with it.
    mutating func parseType(_ keys: inout KeyedNodes, field: String, scope: RuleScope) -> FieldType? {
        guard let node = keys.require("type"), let name = reader.string(node, "type") else { return nil }
        guard let keyword = FieldType.Keyword(rawValue: name) else {
            let keywords = FieldType.Keyword.allCases.map(\.rawValue).joined(separator: ", ")
            reader.error("unknown type '\(name)'; the types are: \(keywords)", at: node)
            return nil
        }
        switch keyword {
        case .integer: return .integer
        case .string: return .string
        case .boolean: return .boolean
        case .unixTimestamp: return .unixTimestamp
        case .url: return .url
        case .email: return .email
        case .consumptionTax: return .consumptionTax
        case .enumeration:
            guard let valuesNode = keys.require("values"), let (values, names) = enumerationValues(valuesNode) else { return nil }
            if values.isEmpty { reader.error("an enum needs at least one value", at: valuesNode) }
            let ignoresCase = keys.take("ignore_case").flatMap { reader.boolean($0, "ignore_case") } ?? false
            return .enumeration(values: values, ignoresCase: ignoresCase, names: names)
        case .dateTime:
            return .dateTime(parseDateTimeDefaults(&keys))
        case .array:
            guard let itemsNode = keys.require("items"), var itemKeys = reader.mapping(itemsNode, "items of '\(field)'") else { return nil }
            let items = parseType(&itemKeys, field: field, scope: scope)
            itemKeys.reportUnknownKeys()
            return items.map(FieldType.array)
        case .object:
            if let variantsNode = keys.take("variants") {
                return parseVariants(&keys, variantsNode, field: field, scope: scope)
            }
            let objectScope = self.scope(&keys, inside: scope, readsSource: false)
            return parseObject(&keys, scope: objectScope, what: "'\(field)'").map(FieldType.object)
        }
    }

    private mutating func parseVariants(_ keys: inout KeyedNodes, _ node: Node, field: String, scope: RuleScope) -> FieldType? {
        let discriminator = keys.require("discriminator").flatMap { reader.string($0, "discriminator") }
        guard var variantKeys = reader.mapping(node, "variants of '\(field)'") else { return nil }
        var variants: [VariantDefinition] = []
        for entry in variantKeys.entries {
            _ = variantKeys.take(entry.key)
            guard var objectKeys = reader.mapping(entry.value, "variant '\(entry.key)'") else { continue }
            let variantScope = self.scope(&objectKeys, inside: RuleScope(idPrefix: "\(scope.idPrefix).\(entry.key)", source: scope.source))
            if let object = parseObject(&objectKeys, scope: variantScope, what: "variant '\(entry.key)'") {
                variants.append(VariantDefinition(name: entry.key, object: object, location: reader.location(of: entry.keyNode)))
            }
            objectKeys.reportUnknownKeys()
        }
        if variants.isEmpty && variantKeys.entries.isEmpty {
            reader.error("'\(field)' needs at least one variant", at: node)
        }
        guard let discriminator else { return nil }
        let location = reader.location(of: node)
        let prefix = "\(scope.idPrefix).\(field).\(discriminator)"
        return .variants(VariantsDefinition(
            discriminator: discriminator, variants: variants,
            discriminatorRequired: RuleMetadata(id: prefix + ".required", severity: .error, message: DefaultMessages.required(),
                                                source: scope.source ?? "", location: location),
            discriminatorType: RuleMetadata(id: prefix + ".type", severity: .error,
                                            message: DefaultMessages.type(.enumeration(values: [], ignoresCase: false, names: nil)),
                                            source: scope.source ?? "", location: location)))
    }

    private func parseDateTimeDefaults(_ keys: inout KeyedNodes) -> DateTimeDefaults {
        var defaults = DateTimeDefaults.strict
        if let node = keys.take("default_time"), let minutes = clockTime(node, "default_time") {
            defaults.defaultTime = minutes
        }
        if let node = keys.take("midnight_means"), let minutes = clockTime(node, "midnight_means") {
            defaults.midnightMeans = minutes
        }
        if let node = keys.take("default_zone"), let offset = utcOffset(node) {
            defaults.defaultUTCOffset = offset
        }
        return defaults
    }

    /// `HH:MM` as minutes after midnight.
    private func clockTime(_ node: Node, _ what: String) -> Int? {
        guard let text = reader.string(node, what) else { return nil }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute)
        else {
            reader.error("\(what) must be a time written HH:MM, such as \"23:59\"", at: node)
            return nil
        }
        return hour * 60 + minute
    }

    /// `Z` or `±HH:MM` as minutes east of UTC.
    private func utcOffset(_ node: Node) -> Int? {
        guard let text = reader.string(node, "default_zone") else { return nil }
        if text == "Z" { return 0 }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 6, scalars[0] == "+" || scalars[0] == "-", scalars[3] == ":",
              let hours = Int(String(text.dropFirst().prefix(2))), let minutes = Int(String(text.suffix(2))),
              hours <= 14, minutes < 60
        else {
            reader.error("default_zone must be Z or an offset written ±HH:MM, such as \"+09:00\"", at: node)
            return nil
        }
        return (scalars[0] == "-" ? -1 : 1) * (hours * 60 + minutes)
    }
}
