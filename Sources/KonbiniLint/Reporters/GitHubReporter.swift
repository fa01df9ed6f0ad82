import KonbiniPayload
import KonbiniRules

/// GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=rule::message`),
/// which show as annotations on the lines.
public struct GitHubReporter: FindingReporter {
    public let language: MessageLanguage

    public init(language: MessageLanguage) {
        self.language = language
    }

    public func entry(for finding: Finding) -> String {
        independentText(for: finding)
    }

    public func independentText(for finding: Finding) -> String {
        let properties = "file=\(Self.property(finding.file)),line=\(finding.line),col=\(finding.column),"
            + "title=\(Self.property(finding.rule))"
        return "::\(finding.severity.rawValue) \(properties)::\(Self.message(finding.message.text(in: language)))\n"
    }

    /// A workflow command's message: control and bidirectional characters escaped as in
    /// text output (so no line end, and no escape sequence, comes from a payload), then the
    /// `%` that GitHub reads as the start of an escape.
    private static func message(_ text: String) -> String {
        OutputEscaping.escaped(text).replacing("%", with: "%25")
    }

    /// A property's value: as a message, and the `:` and `,` that end a property.
    private static func property(_ text: String) -> String {
        message(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
