import KonbiniRules
import KonbiniRulesCore

/// The comparison of providers as a DocC article: for each rules file, its amount bounds,
/// expiry, name and description constraints, phone format and stores, read from the checks
/// of the fields whose `role` names them. It is generated from the files that validate, so
/// it says what the validators do.
public enum ProviderComparison {
    /// The article for `documents`, each with its file's name, one row a file in the given
    /// order.
    public static func markdown(_ documents: [(document: RulesDocument, fileName: String)]) -> String {
        var lines = GeneratedArticle.opening(
            title: "Provider Comparison",
            abstract: "The providers' konbini limits side by side, read from their rules files.",
            overview: [
                "Generated from `Rules/` by `konbini-rulegen --comparison`; do not edit it by hand.",
                "Each cell is what the request type checks in the field of that role (`role: amount`",
                "and so on in the rules file), with the field's name; `—` where the request has no",
                "such field. A field the request must have is *required*, one whose absence is only",
                "warned about *expected*; a check marked *warning* reports without rejecting. Amounts",
                "are in yen. <doc:ProviderRules> lists every rule with its source.",
                "",
                "| Provider | Request | Amount | Expiry | Name | Description | Phone | Stores |",
                "| --- | --- | --- | --- | --- | --- | --- | --- |",
            ])
        for (document, fileName) in documents {
            let roles = RoleFields(document)
            let cells = [
                "\(document.provider) (`\(fileName)`)",
                "``\(document.requestName)``",
                roles.describe(.amount, amountCell),
                roles.describe(.expiry, expiryCell),
                roles.describe(.name, textCell),
                roles.describe(.description, textCell),
                roles.describe(.phone, textCell),
                roles.describe(.store, storeCell),
            ]
            lines.append("| " + cells.map(escaped).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The fields of one file by role, each with the object rules of the object that holds it.
    private struct RoleFields {
        var fields: [FieldRole: [(field: FieldDefinition, objectRules: [ObjectRule])]] = [:]

        init(_ document: RulesDocument) {
            func visit(_ object: ObjectDefinition) {
                for field in object.fields {
                    if let role = field.role { fields[role, default: []].append((field, object.rules)) }
                    switch field.type {
                    case .object(let nested): visit(nested)
                    case .variants(let definition): definition.variants.forEach { visit($0.object) }
                    default: break
                    }
                }
            }
            visit(document.root)
        }

        /// The role's fields described one after another, each field once (a field that
        /// several variants share is described once); `—` when there is none.
        func describe(_ role: FieldRole, _ cell: (FieldDefinition, [ObjectRule]) -> String) -> String {
            var seen: [String] = []
            for (field, objectRules) in fields[role] ?? [] {
                let text = cell(field, objectRules)
                if !seen.contains(text) { seen.append(text) }
            }
            return seen.isEmpty ? "—" : seen.joined(separator: "; ")
        }
    }

    // MARK: Cells

    private static func amountCell(_ field: FieldDefinition, _ objectRules: [ObjectRule]) -> String {
        var parts = field.checks.compactMap { describe($0) { bounds($0, $1, yen) } }
        for objectRule in objectRules {
            guard case .total(let names, let min, let max) = objectRule.kind, names.contains(field.name) else { continue }
            let scope = objectRule.condition.map { " (\($0.value))" } ?? ""
            parts.append("total of \(names.joined(separator: " + ")) \(bounds(min, max, yen))\(scope)")
        }
        return named(field, parts.isEmpty ? "any" : parts.joined(separator: ", "))
    }

    private static func expiryCell(_ field: FieldDefinition, _ objectRules: [ObjectRule]) -> String {
        var parts = field.checks.compactMap { describe($0) { counted($0, $1, "day") } }
        if field.endsAtJapaneseEndOfDay { parts.append("ends at 23:59:59 JST") }
        if let providerDefault = field.providerDefault { parts.append("default \(providerDefault)") }
        return named(field, parts.isEmpty ? "any" : parts.joined(separator: ", "))
    }

    /// A text field's checks: character sets, lengths, phone forms, digits, patterns.
    private static func textCell(_ field: FieldDefinition, _ objectRules: [ObjectRule]) -> String {
        var parts = field.checks.compactMap { describe($0) { bounds($0, $1, grouped) } }
        if case .email = field.type { parts.insert("an e-mail address", at: 0) }
        return named(field, parts.isEmpty ? "any text" : parts.joined(separator: ", "))
    }

    /// What a check asks, with its condition and severity; `range` words a range of the
    /// field's unit (yen, days).
    private static func describe(_ check: Check, range: (Int?, Int?) -> String) -> String? {
        let text: String? = switch check.kind {
        case .range(let min, let max): range(min, max)
        case .laterThan(0): "in the future"
        case .laterThan(let seconds): "more than \(duration(seconds)) ahead"
        case .soonerThan(let seconds): "less than \(duration(seconds)) ahead"
        case .length(let min, let max): counted(min, max, "character")
        case .byteLength(let min, let max, let encoding): counted(min, max, "byte") + " in \(encoding.displayName)"
        case .digits(let min, let max): counted(min, max, "digit")
        case .notAllZeros: "not all zeros"
        case .charset(let set): MessageValues.name(of: set).english
        case .phone(.domestic): "domestic, digits only (09012345678)"
        case .phone(.domesticHyphens): "domestic, hyphens allowed (090-1234-5678)"
        case .phone(.international): "international (+81 90 1234 5678)"
        case .pattern(let pattern): "pattern \(code(pattern.source))"
        case .oneOf(let values): "one of \(values.joined(separator: ", "))"
        case .luhn, .contains: nil
        }
        let condition = check.condition.map { " when \($0.field) is \($0.value)" } ?? ""
        return text.map { $0 + condition + severityNote(check.rule) }
    }

    private static func storeCell(_ field: FieldDefinition, _ objectRules: [ObjectRule]) -> String {
        switch field.type {
        case .enumeration(let values, _, let names?):
            return named(field, zip(names, values).map { "\($0) (\($1))" }.joined(separator: ", "))
        case .enumeration(let values, _, nil): return named(field, values.joined(separator: ", "))
        case .variants(let definition): return named(field, definition.variants.map(\.name).joined(separator: ", "))
        default:
            let lists = field.checks.compactMap { check -> String? in
                guard case .oneOf(let values) = check.kind else { return nil }
                return values.joined(separator: ", ")
            }
            return named(field, lists.isEmpty ? "any" : lists.joined(separator: "; "))
        }
    }

    // MARK: Wording

    private static func named(_ field: FieldDefinition, _ description: String) -> String {
        let presence = if case .required(let rule) = field.presence { rule.severity == .warning ? ", expected" : ", required" } else { "" }
        return "`\(field.name)`\(presence): \(description)"
    }

    private static func yen(_ value: Int) -> String { "¥\(grouped(value))" }

    /// `text` as a Markdown code span; a text with a backtick as plain text with its ASCII
    /// punctuation escaped, since DocC reads any double backtick as a symbol link. (A `|` is
    /// left to the table's escaping.)
    private static func code(_ text: String) -> String {
        guard text.contains("`") else { return "`\(text)`" }
        var escaped = ""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isASCIIPunctuation = (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value)
                || (0x5B...0x60).contains(value) || (0x7B...0x7E).contains(value)
            if isASCIIPunctuation && scalar != "|" {
                escaped.append("\\")
            }
            escaped.unicodeScalars.append(scalar)
        }
        return escaped
    }

    /// A range of amounts: `¥120 to ¥300,000`, `at least ¥1`.
    private static func bounds(_ min: Int?, _ max: Int?, _ amount: (Int) -> String) -> String {
        switch (min, max) {
        case let (min?, max?) where min == max: amount(min)
        case let (min?, max?): "\(amount(min)) to \(amount(max))"
        case let (min?, nil): "at least \(amount(min))"
        case let (nil, max?): "at most \(amount(max))"
        case (nil, nil): "any"
        }
    }

    /// A range of a count of `noun`s: `1 to 59 days`, `at most 20 characters`, `at least 1 character`.
    private static func counted(_ min: Int?, _ max: Int?, _ noun: String) -> String {
        let unit = { (count: Int) in count == 1 ? noun : noun + "s" }
        return switch (min, max) {
        case let (min?, max?) where min == max: "\(grouped(min)) \(unit(min))"
        case let (min?, max?): "\(grouped(min)) to \(grouped(max)) \(unit(max))"
        case let (min?, nil): "at least \(grouped(min)) \(unit(min))"
        case let (nil, max?): "at most \(grouped(max)) \(unit(max))"
        case (nil, nil): "any number of \(noun)s"
        }
    }

    private static func severityNote(_ rule: RuleMetadata) -> String {
        rule.severity == .warning ? " (*warning*)" : ""
    }

    private static func duration(_ seconds: Int) -> String {
        MessageValues.duration(seconds).english
    }

    private static func grouped(_ value: Int) -> String {
        DigitGrouping.grouped(value, separator: ",")
    }

    /// A cell's text with the characters that would end a Markdown table cell escaped.
    private static func escaped(_ cell: String) -> String {
        var text = ""
        for character in cell {
            switch character {
            case "|": text += "\\|"
            case "\n", "\r\n", "\r": text += " "
            default: text.append(character)
            }
        }
        return text
    }
}
