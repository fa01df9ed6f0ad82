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

    /// The findings as this format prints them.
    public func render(_ findings: [Finding], language: Language, colour: Bool) -> String {
        switch self {
        case .text:
            return findings.map { finding in
                let severity = colour ? Self.coloured(finding.severity) : finding.severity.rawValue
                let value = finding.value.map { " (value: \(JSONText.quoted($0)))" } ?? ""
                return "\(finding.file):\(finding.line):\(finding.column): \(severity): \(finding.message.text(in: language))\(value) [\(finding.rule)]\n"
            }.joined()
        case .json:
            let items = findings.map { finding in
                "{\"rule\":\(JSONText.quoted(finding.rule)),\"severity\":\(JSONText.quoted(finding.severity.rawValue)),"
                    + "\"path\":\(JSONText.quoted(finding.path.encoded)),\"message\":\(JSONText.quoted(finding.message.text(in: language))),"
                    + "\"file\":\(JSONText.quoted(finding.file)),\"line\":\(finding.line),\"column\":\(finding.column)"
                    + (finding.source.map { ",\"source\":\(JSONText.quoted($0))" } ?? "")
                    + (finding.value.map { ",\"value\":\(JSONText.quoted($0))" } ?? "") + "}"
            }
            return "{\"diagnostics\":[" + items.joined(separator: ",") + "]}\n"
        case .sarif:
            return SARIFLog(findings: findings, language: language).text
        case .github:
            return findings.map { finding in
                let properties = "file=\(Self.githubProperty(finding.file)),line=\(finding.line),col=\(finding.column),"
                    + "title=\(Self.githubProperty(finding.rule))"
                return "::\(finding.severity.rawValue) \(properties)::\(Self.githubMessage(finding.message.text(in: language)))\n"
            }.joined()
        }
    }

    /// A workflow command's message, with the characters GitHub reads as syntax escaped.
    private static func githubMessage(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    private static func githubProperty(_ text: String) -> String {
        githubMessage(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }

    private static func coloured(_ severity: Severity) -> String {
        switch severity {
        case .error: "\u{1B}[31merror\u{1B}[0m"
        case .warning: "\u{1B}[33mwarning\u{1B}[0m"
        }
    }
}

/// JSON string literals for the linter's output.
enum JSONText {
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
