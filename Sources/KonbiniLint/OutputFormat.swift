import KonbiniRules

/// How findings are printed.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// `file:line:column: error: message [rule-id]`, one a line.
    case text
    /// One JSON document: `{"diagnostics": [{"rule", "severity", "path", "message", "file",
    /// "line", "column"}, …]}`.
    case json
    /// SARIF 2.1.0, for code-scanning tools.
    case sarif
    /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`), which show
    /// as annotations on the lines.
    case github

    /// The findings as this format prints them: what a ``FindingWriter`` writes for them.
    public func render(_ findings: [Finding], language: Language, colour: Bool) -> String {
        var writer = FindingWriter(format: self, language: language, colour: colour)
        return writer.opening() + findings.map { writer.entry(for: $0) }.joined() + writer.closing()
    }
}
