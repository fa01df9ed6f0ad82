import Foundation
import KonbiniLint
import KonbiniPayload
import KonbiniRules
import Testing

@Suite struct OutputFormatTests {
    static let findings = [
        Finding(rule: "stripe.konbini.amount.range", severity: .error, path: "/amount",
                message: RuleMessage(english: "amount must be between ¥120 and ¥300000 for Konbini.", japanese: "金額が範囲外です。"),
                source: "https://docs.stripe.com/payments/konbini", file: "orders/a.json", line: 2, column: 13),
        Finding(rule: "stripe.konbini.name.charset", severity: .warning, path: "/payment_method_data/billing_details/name",
                message: RuleMessage(english: "Characters of name, outside \"Shift JIS\", will be dropped:\n100%", japanese: "削除されます。"),
                source: "https://docs.stripe.com/payments/konbini/accept-a-payment", file: "orders/a,b.json", line: 15, column: 33),
    ]

    @Test func textIsOneFindingALine() {
        let text = OutputFormat.text.render(Self.findings, language: .japanese, colour: false)
        #expect(text.hasPrefix("orders/a.json:2:13: error: 金額が範囲外です。 [stripe.konbini.amount.range]\n"))
        #expect(text.split(separator: "\n").count == 2)
        let coloured = OutputFormat.text.render(Self.findings, language: .english, colour: true)
        #expect(coloured.contains("\u{1B}[31merror\u{1B}[0m"))
    }

    @Test func jsonIsOneDocumentWithTheContractFields() throws {
        let text = OutputFormat.json.render(Self.findings, language: .english, colour: false)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 2)
        #expect(diagnostics[1]["rule"] as? String == "stripe.konbini.name.charset")
        #expect(diagnostics[1]["severity"] as? String == "warning")
        #expect(diagnostics[1]["path"] as? String == "/payment_method_data/billing_details/name")
        #expect(diagnostics[1]["message"] as? String == "Characters of name, outside \"Shift JIS\", will be dropped:\n100%")
        #expect(diagnostics[1]["file"] as? String == "orders/a,b.json")
        #expect(diagnostics[1]["line"] as? Int == 15)
        #expect(diagnostics[1]["column"] as? Int == 33)
    }

    /// Every character that JSON (or JavaScript) needs escaped, among others that pass as
    /// they are, survives the round trip through the output and a JSON parser.
    @Test func jsonEscapesWhatItMust() throws {
        let tricky = "\"q\" \\ \n\r\t\u{0}\u{1F}\u{7F} \u{2028}\u{2029}\u{2027} 山田\u{E2}🍣 /x/"
        let finding = Finding(rule: "r", severity: .error, path: "/a~1b", message: RuleMessage(english: tricky, japanese: tricky),
                              source: nil, file: "f.json", line: 1, column: 1, value: tricky)
        let text = OutputFormat.json.render([finding], language: .english, colour: false)
        // One line: the document's only line end is the one after it.
        #expect(!text.dropLast().contains { $0.isNewline || $0 == "\u{0}" } && text.last == "\n")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let diagnostic = try #require((document["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["message"] as? String == tricky)
        #expect(diagnostic["value"] as? String == tricky)
    }

    /// The parts SARIF 2.1.0 requires: version, runs, each run's tool.driver.name, each
    /// result's message.text; and the locations code scanning reads.
    @Test func sarifHasTheRequiredStructure() throws {
        let text = OutputFormat.sarif.render(Self.findings, language: .english, colour: false)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "konbini-lint")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["stripe.konbini.amount.range", "stripe.konbini.name.charset"])
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.count == 2)
        for (result, finding) in zip(results, Self.findings) {
            #expect(result["ruleId"] as? String == finding.rule)
            #expect((result["message"] as? [String: Any])?["text"] as? String == finding.message.english)
            let location = try #require((result["locations"] as? [[String: Any]])?.first)
            let physical = try #require(location["physicalLocation"] as? [String: Any])
            #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == finding.file)
            let region = try #require(physical["region"] as? [String: Any])
            #expect(region["startLine"] as? Int == finding.line)
            #expect(region["startColumn"] as? Int == finding.column)
        }
        #expect(results.map { $0["level"] as? String } == ["error", "warning"])
    }

    @Test func githubAnnotationsEscapeTheirSyntax() {
        let lines = OutputFormat.github.render(Self.findings, language: .english, colour: false).split(separator: "\n")
        #expect(lines[0] == "::error file=orders/a.json,line=2,col=13,title=stripe.konbini.amount.range::amount must be between ¥120 and ¥300000 for Konbini.")
        #expect(lines[1] == "::warning file=orders/a%2Cb.json,line=15,col=33,title=stripe.konbini.name.charset::Characters of name, outside \"Shift JIS\", will be dropped:\\n100%25")
    }

    /// Payload text that would end a line, start a terminal escape sequence or reorder a
    /// line, in a member name (so in the path and the message), a value and a file name:
    /// every format writes it escaped, and text and GitHub output stay one line a finding.
    static let forged = "x\n::error file=/etc/passwd::owned\u{1B}[31m\r\u{85}\u{7F}\u{2028}\u{202E}\u{2066}\u{200F}\u{61C}"
    static let forgedFinding = Finding(
        rule: "komoju.credit_card.unknown_field", severity: .warning, path: JSONPointer(tokens: ["payment_details", forged]),
        message: RuleMessage(english: "\(forged) is not a parameter of this request.", japanese: "\(forged)はパラメーターではありません。"),
        source: nil, file: "a\(forged).json", line: 1, column: 214, value: forged)

    @Test(arguments: OutputFormat.allCases)
    func noFormatWritesAControlOrBidirectionalCharacter(format: OutputFormat) throws {
        let output = format.render([Self.forgedFinding, Self.findings[0]], language: .english, colour: false)
        let unsafe = output.unicodeScalars.dropLast().filter { scalar in
            scalar.properties.generalCategory == .control || scalar.properties.isBidiControl
                || scalar == "\u{2028}" || scalar == "\u{2029}"
        }
        switch format {
        case .text, .github:
            #expect(output.split(separator: "\n").count == 2)
            #expect(unsafe.allSatisfy { $0 == "\n" } && unsafe.count == 1)
            #expect(output.contains("x\\n::error file=/etc/passwd::owned\\u{1B}[31m\\r\\u{85}\\u{7F}\\u{2028}\\u{202E}\\u{2066}\\u{200F}\\u{61C}"))
        case .json, .sarif:
            #expect(unsafe.isEmpty)
            // A JSON reader gets the text back as it was.
            let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            #expect("\(document)".contains("owned"))
            if format == .json {
                let diagnostic = try #require((document["diagnostics"] as? [[String: Any]])?.first)
                #expect(diagnostic["value"] as? String == Self.forged)
                #expect(diagnostic["file"] as? String == "a\(Self.forged).json")
            }
        }
    }

    /// The characters escaped are exactly the control characters, U+2028 and U+2029 and the
    /// bidirectional formatting characters, across the BMP and a sample beyond it.
    @Test func escapesExactlyControlAndBidirectionalCharacters() {
        for value in Array(0...0xFFFF) + Array(stride(from: 0x10000, through: 0x10FFFF, by: 97)) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = scalar.properties.generalCategory == .control || scalar.properties.isBidiControl
                || value == 0x2028 || value == 0x2029
            let text = "a\(Character(scalar))b"
            #expect((OutputEscaping.escaped(text) != text) == expected, "U+\(String(value, radix: 16))")
        }
    }
}

