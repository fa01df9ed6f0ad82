import KonbiniPayload
import KonbiniRules

/// `file:line:column: severity: message (value: "…") [rule-id]`, one finding a line, as
/// compilers write diagnostics; payload text escaped as ``OutputEscaping`` says.
public struct TextReporter: FindingReporter {
    public let language: MessageLanguage
    /// Whether severities are coloured (for a terminal).
    public let colour: Bool

    public init(language: MessageLanguage, colour: Bool) {
        self.language = language
        self.colour = colour
    }

    public func entry(for finding: Finding) -> String {
        independentText(for: finding)
    }

    public func independentText(for finding: Finding) -> String {
        let severity = colour ? Self.coloured(finding.severity) : finding.severity.rawValue
        let value = finding.value.map { " (value: \(JSONText.quoted($0)))" } ?? ""
        let file = OutputEscaping.escaped(finding.file)
        let message = OutputEscaping.escaped(finding.message.text(in: language))
        return "\(file):\(finding.line):\(finding.column): \(severity): \(message)\(value) [\(OutputEscaping.escaped(finding.rule))]\n"
    }

    private static func coloured(_ severity: Severity) -> String {
        switch severity {
        case .error: "\u{1B}[31merror\u{1B}[0m"
        case .warning: "\u{1B}[33mwarning\u{1B}[0m"
        }
    }
}
