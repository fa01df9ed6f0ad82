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

    /// The reporter that writes findings in this format, their messages in `language`;
    /// `colour` colours text output's severities (for a terminal).
    public func reporter(language: MessageLanguage, colour: Bool) -> any FindingReporter {
        switch self {
        case .text: TextReporter(language: language, colour: colour)
        case .json: JSONReporter(language: language)
        case .sarif: SARIFReporter(language: language)
        case .github: GitHubReporter(language: language)
        }
    }

    /// The findings as this format prints them: what its reporter writes for them.
    public func render(_ findings: [Finding], language: MessageLanguage, colour: Bool) -> String {
        var reporter = reporter(language: language, colour: colour)
        return reporter.opening + findings.map { reporter.entry(for: $0) }.joined() + reporter.closing
    }
}
