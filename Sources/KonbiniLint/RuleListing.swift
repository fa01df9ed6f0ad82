import KonbiniRules

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
}
