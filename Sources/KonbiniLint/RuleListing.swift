import KonbiniPayload
import KonbiniRules
import KonbiniRulesCore

/// The rules of the providers, as `konbini-lint rules` prints them.
public enum RuleListing {
    /// `id  severity  message  source`, aligned in columns.
    public static func table(_ rules: [KonbiniRule], language: MessageLanguage) -> String {
        let rows = [["ID", "SEVERITY", "MESSAGE", "SOURCE"]] + rules.map {
            [$0.id, $0.severity.rawValue, $0.message.text(in: language), $0.source]
        }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            (0..<3).map { row[$0] + String(repeating: " ", count: widths[$0] - row[$0].count) }.joined(separator: "  ")
                + "  " + row[3]
        }.joined(separator: "\n") + "\n"
    }

    /// `{"rules": [{"id", "severity", "message": {"en", "ja"}, "source"}]}`.
    public static func json(_ rules: [KonbiniRule]) -> String {
        let items = rules.map { rule in
            "{\"id\":\(JSONText.quoted(rule.id)),\"severity\":\(JSONText.quoted(rule.severity.rawValue)),"
                + "\"message\":{\"en\":\(JSONText.quoted(rule.message.english)),\"ja\":\(JSONText.quoted(rule.message.japanese))},"
                + "\"source\":\(JSONText.quoted(rule.source))}"
        }
        return "{\"rules\":[" + items.joined(separator: ",") + "]}\n"
    }

    /// The DocC article of every rule of `requestTypes`: a table for each rules file, with
    /// each rule's id, severity, messages in English and Japanese, and source.
    /// `Sources/KonbiniProviders/KonbiniProviders.docc/ProviderRules.md` is this article for
    /// the providers' rules, and a test fails when it is stale.
    public static func markdown(_ requestTypes: [any PayloadDecodable.Type]) -> String {
        var lines = GeneratedArticle.opening(
            title: "Provider Rules",
            abstract: "Every rule of the providers' rules files, as the generated request types report it.",
            overview: [
                "Generated from `Rules/` by `konbini-lint rules --format markdown`; do not edit it by hand.",
                "Messages show their placeholders (`{field}`, `{min}`, …), which a violation fills.",
            ])
        for type in requestTypes {
            lines += [
                "",
                "## \(type.provider): ``\(String(describing: type))``",
                "",
                "From `\(type.rulesFileName)`.",
                "",
                "| Rule | Severity | Message | Japanese | Source |",
                "| --- | --- | --- | --- | --- |",
            ]
            lines += type.allRules.map { rule in
                "| `\(rule.id)` | \(rule.severity.rawValue) | \(cell(rule.message.english)) | \(cell(rule.message.japanese)) | <\(rule.source)> |"
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` as one table cell: pipes and backslashes escaped, lines joined.
    private static func cell(_ text: String) -> String {
        text.replacing("\\", with: "\\\\").replacing("|", with: "\\|").replacing("\n", with: " ")
    }
}
