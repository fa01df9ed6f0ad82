import KonbiniPayload
import KonbiniRules

/// One JSON document: `{"diagnostics": [{"rule", "severity", "path", "message", "file",
/// "line", "column", "source", "value"}, …]}`, the last two only when the finding has them.
public struct JSONReporter: FindingReporter {
    public let language: MessageLanguage
    private var entries = 0

    public init(language: MessageLanguage) {
        self.language = language
    }

    public var opening: String { "{\"diagnostics\":[" }
    public var closing: String { "]}\n" }

    public mutating func entry(for finding: Finding) -> String {
        entry(independentText: independentText(for: finding))
    }

    /// The object after a comma, from the second entry on.
    public mutating func entry(independentText text: String) -> String {
        defer { entries += 1 }
        return entries > 0 ? "," + text : text
    }

    /// A finding as a JSON object, built as UTF-8 in one buffer: a large lint run writes
    /// many of these.
    public func independentText(for finding: Finding) -> String {
        let message = finding.message.text(in: language)
        var json = JSONOutput(capacity: 256 + message.utf8.count)
        func member(_ name: StaticString, _ text: String) {
            json.append(name)
            JSONText.appendQuoted(text, to: &json)
        }
        func number(_ name: StaticString, _ value: Int) {
            json.append(name)
            json.append(decimal: value)
        }
        member("{\"rule\":", finding.rule)
        member(",\"severity\":", finding.severity.rawValue)
        member(",\"path\":", finding.path.encoded)
        member(",\"message\":", message)
        member(",\"file\":", finding.file)
        number(",\"line\":", finding.line)
        number(",\"column\":", finding.column)
        if let source = finding.source { member(",\"source\":", source) }
        if let value = finding.value { member(",\"value\":", value) }
        json.append(UInt8(ascii: "}"))
        return json.text
    }
}
