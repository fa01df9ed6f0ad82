import KonbiniRules

/// Findings as a SARIF 2.1.0 log: one run of `konbini-lint`, its rules (with the document
/// each comes from as `helpUri`), and one result per finding with its file, line, column and
/// JSON Pointer.
struct SARIFLog {
    let findings: [Finding]
    let language: Language

    var text: String {
        var ruleIndex: [String: Int] = [:]
        var rules: [String] = []
        for finding in findings where ruleIndex[finding.rule] == nil {
            ruleIndex[finding.rule] = rules.count
            var rule = "{\"id\":\(JSONText.quoted(finding.rule))"
            if let source = finding.source, !source.isEmpty { rule += ",\"helpUri\":\(JSONText.quoted(source))" }
            rules.append(rule + "}")
        }
        let results = findings.map { finding in
            "{\"ruleId\":\(JSONText.quoted(finding.rule)),\"ruleIndex\":\(ruleIndex[finding.rule]!),"
                + "\"level\":\(JSONText.quoted(finding.severity == .error ? "error" : "warning")),"
                + "\"message\":{\"text\":\(JSONText.quoted(finding.message.text(in: language)))},"
                + "\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\(JSONText.quoted(finding.file))},"
                + "\"region\":{\"startLine\":\(finding.line),\"startColumn\":\(finding.column)}},"
                + "\"logicalLocations\":[{\"fullyQualifiedName\":\(JSONText.quoted(finding.path.encoded)),\"kind\":\"member\"}]}]}"
        }
        return "{\"version\":\"2.1.0\",\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\","
            + "\"runs\":[{\"tool\":{\"driver\":{\"name\":\"konbini-lint\",\"rules\":[" + rules.joined(separator: ",") + "]}},"
            + "\"columnKind\":\"unicodeCodePoints\",\"results\":[" + results.joined(separator: ",") + "]}]}\n"
    }
}
