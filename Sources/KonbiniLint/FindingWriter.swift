import KonbiniRules

/// Writes findings in an ``OutputFormat`` as they come, so that a linter run holds no more
/// findings in memory than one batch: the output is ``opening()``, an ``entry(for:)`` for
/// each finding, then ``closing()``.
///
/// Every format's whole output is a valid document of that format; JSON and SARIF put the
/// separators between entries themselves.
public struct FindingWriter {
    public let format: OutputFormat
    public let language: Language
    /// Whether text output colours its severities (for a terminal).
    public let colour: Bool
    private var entries = 0
    /// The SARIF rules in the order first seen; a result refers to its rule by index.
    private var sarifLog = SARIFLog()

    public init(format: OutputFormat, language: Language, colour: Bool) {
        self.format = format
        self.language = language
        self.colour = colour
    }

    /// What comes before the first entry.
    public func opening() -> String {
        switch format {
        case .text, .github: ""
        case .json: "{\"diagnostics\":["
        case .sarif: SARIFLog.opening
        }
    }

    /// One finding, with the separator from the entry before it. Whatever the finding holds,
    /// a text or GitHub entry is one line, and no entry holds a control or bidirectional
    /// formatting character (``OutputEscaping``).
    public mutating func entry(for finding: Finding) -> String {
        defer { entries += 1 }
        let separator = entries > 0 ? "," : ""
        let message = finding.message.text(in: language)
        switch format {
        case .text:
            let severity = colour ? Self.coloured(finding.severity) : finding.severity.rawValue
            let value = finding.value.map { " (value: \(JSONText.quoted($0)))" } ?? ""
            let file = OutputEscaping.escaped(finding.file)
            return "\(file):\(finding.line):\(finding.column): \(severity): \(OutputEscaping.escaped(message))\(value) [\(OutputEscaping.escaped(finding.rule))]\n"
        case .json:
            return Self.jsonEntry(for: finding, message: message, separator: separator)
        case .sarif:
            return separator + sarifLog.result(for: finding, message: message)
        case .github:
            let properties = "file=\(Self.githubProperty(finding.file)),line=\(finding.line),col=\(finding.column),"
                + "title=\(Self.githubProperty(finding.rule))"
            return "::\(finding.severity.rawValue) \(properties)::\(Self.githubMessage(message))\n"
        }
    }

    /// A finding as a JSON object, built as UTF-8 in one buffer: a large lint run writes
    /// many of these.
    private static func jsonEntry(for finding: Finding, message: String, separator: String) -> String {
        var json: [UInt8] = []
        json.reserveCapacity(256 + message.utf8.count)
        func member(_ name: StaticString, _ text: String) {
            json.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
            JSONText.appendQuoted(text, to: &json)
        }
        func number(_ name: StaticString, _ value: Int) {
            json.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
            json.append(contentsOf: String(value).utf8)
        }
        json.append(contentsOf: separator.utf8)
        member("{\"rule\":", finding.rule)
        member(",\"severity\":", finding.severity.rawValue)
        member(",\"path\":", finding.path.encoded)
        member(",\"message\":", message)
        member(",\"file\":", finding.file)
        number(",\"line\":", finding.line)
        number(",\"column\":", finding.column)
        if let source = finding.source { member(",\"source\":", source) }
        if let value = finding.value { member(",\"value\":", value) }
        json.append(0x7D)
        return json.withUnsafeBufferPointer(String.init(validatedUTF8:))
    }

    /// What comes after the last entry.
    public func closing() -> String {
        switch format {
        case .text, .github: ""
        case .json: "]}\n"
        case .sarif: sarifLog.closing
        }
    }

    /// A workflow command's message: control and bidirectional characters escaped as in
    /// text output (so no line end, and no escape sequence, comes from a payload), then the
    /// `%` that GitHub reads as the start of an escape.
    private static func githubMessage(_ text: String) -> String {
        OutputEscaping.escaped(text).replacing("%", with: "%25")
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
