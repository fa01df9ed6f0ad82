import KonbiniPayload
import KonbiniRules

/// A SARIF 2.1.0 log of one `konbini-lint` run, for code-scanning tools, written as findings
/// come.
///
/// A result names its rule by index into the driver's rules, which are known only at the
/// end; so the run's `results` come first and its `tool` (with the rules, each with its
/// document as `helpUri`) after them. JSON does not order an object's members.
public struct SARIFReporter: FindingReporter {
    public let language: MessageLanguage
    private var results = 0
    private var index: [String: Int] = [:]
    /// The rules in the order first seen.
    private var rules: [String] = []

    public init(language: MessageLanguage) {
        self.language = language
    }

    public var opening: String {
        "{\"version\":\"2.1.0\",\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\","
            + "\"runs\":[{\"columnKind\":\"unicodeCodePoints\",\"results\":["
    }

    /// A finding's result, with its file, line, column and JSON Pointer.
    public mutating func entry(for finding: Finding) -> String {
        defer { results += 1 }
        return (results > 0 ? "," : "")
            + "{\"ruleId\":\(JSONText.quoted(finding.rule)),\"ruleIndex\":\(ruleIndex(of: finding)),"
            + "\"level\":\(JSONText.quoted(finding.severity == .error ? "error" : "warning")),"
            + "\"message\":{\"text\":\(JSONText.quoted(finding.message.text(in: language)))},"
            + "\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\(JSONText.quoted(finding.file))},"
            + "\"region\":{\"startLine\":\(finding.line),\"startColumn\":\(finding.column)}},"
            + "\"logicalLocations\":[{\"fullyQualifiedName\":\(JSONText.quoted(finding.path.encoded)),\"kind\":\"member\"}]}]}"
    }

    public var closing: String {
        "],\"tool\":{\"driver\":{\"name\":\"konbini-lint\",\"rules\":[" + rules.joined(separator: ",") + "]}}}]}\n"
    }

    private mutating func ruleIndex(of finding: Finding) -> Int {
        if let known = index[finding.rule] { return known }
        var rule = "{\"id\":\(JSONText.quoted(finding.rule))"
        if let source = finding.source, !source.isEmpty { rule += ",\"helpUri\":\(JSONText.quoted(source))" }
        index[finding.rule] = rules.count
        rules.append(rule + "}")
        return rules.count - 1
    }
}
