import Foundation
import KonbiniLint
import KonbiniRulesCore
import KonbiniRulesInterpreter
import KonbiniRules
import Testing

@Suite struct LinterTests {
    let linter = Linter(provider: nil, now: Timestamp(secondsSince1970: 1_795_348_800))

    func lint(_ text: String, _ format: PayloadFormat = .json) -> [Finding] {
        linter.lint(Array(text.utf8), format: format, file: "f")
    }

    @Test func recognisesEachProviderByShape() {
        #expect(lint(#"{"amount": 1000, "currency": "jpy", "payment_method_types": ["konbini"]}"#).isEmpty)
        #expect(lint(#"{"amount": 1000, "currency": "JPY", "payment_details": {"type": "bit_cash", "prepaid_number": "1111111111111111"}}"#).isEmpty)
        #expect(lint("amount=150&currency=jpy&type=econtext&name=a&email=a%40example.com&phone_number=01234567891", .form).isEmpty)
        #expect(lint(#"{"amount": 150, "currency": "jpy", "source": "src_1"}"#).isEmpty)
    }

    /// The providers beyond the first four, each by its sample payloads: a valid one passes
    /// and an invalid one breaks only that provider's rules.
    @Test(arguments: [("ppro", "form"), ("worldpay", "json"), ("adyen", "json"), ("worldline", "json"), ("gmo", "form")])
    func recognisesTheNewerProvidersSamples(_ provider: String, _ fileExtension: String) throws {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/payloads/\(provider)")
        let format: PayloadFormat = fileExtension == "form" ? .form : .json
        let valid = try Data(contentsOf: samples.appendingPathComponent("valid.\(fileExtension)"))
        #expect(linter.lint(Array(valid), format: format, file: "valid").isEmpty)
        let invalid = linter.lint(Array(try Data(contentsOf: samples.appendingPathComponent("invalid.\(fileExtension)"))), format: format, file: "invalid")
        #expect(!invalid.isEmpty)
        #expect(invalid.allSatisfy { $0.rule.hasPrefix("\(provider).") }, "\(invalid.map(\.rule))")
    }

    /// Findings name their record by its content only when asked (for a baseline): the same
    /// record on two lines is one record.
    @Test func recordsAreIdentifiedOnlyWhenAsked() {
        let record = #"{"amount": 100, "currency": "jpy", "payment_method_types": ["konbini"]}"#
        let text = "\(record)\n  \(record)\r\n"
        #expect(lint(text, .ndjson).allSatisfy { $0.record == nil })
        var identifying = linter
        identifying.identifiesRecords = true
        let findings = identifying.lint(Array(text.utf8), format: .ndjson, file: "f")
        #expect(findings.map(\.line) == [1, 2])
        #expect(findings[0].record != nil && findings[0].record == findings[1].record)
    }

    @Test func anUnknownShapeSaysWhichProviderToPass() {
        let findings = lint(#"{"amount": 1000}"#)
        #expect(findings.map(\.rule) == ["provider"])
        #expect(findings.first?.message.english.contains("--provider") == true)
        let ambiguous = lint(#"{"payment_details": {}, "payment_method_types": []}"#)
        #expect(ambiguous.map(\.rule) == ["provider"])
        #expect(ambiguous.first?.message.english.hasSuffix("several providers; pass --provider with one of: stripe, komoju.") == true)
        // Each provider is named once, however many of its markers the payload has.
        let threeMarkers = lint(#"{"source": "src_1", "payment_method_data": {}, "payment_method_types": []}"#)
        #expect(threeMarkers.first?.message.english.hasSuffix("one of: stripe, omise.") == true)
    }

    @Test func placesFindingsAtTheirValues() {
        let findings = lint("{\n  \"amount\": 100,\n  \"currency\": \"jpy\",\n  \"payment_method_types\": [\"card\"]\n}")
        #expect(findings.map(\.rule) == ["stripe.konbini.amount.range", "stripe.konbini.payment_method_types.contains"])
        #expect(findings.map(\.line) == [2, 4])
        #expect(findings.map(\.column) == [13, 27])
        #expect(findings.map(\.path) == ["/amount", "/payment_method_types"])
    }

    @Test func aMissingValueIsPlacedAtItsParent() {
        let findings = lint("{\"payment_method_types\": [\"konbini\"],\n \"currency\": \"jpy\"}")
        #expect(findings.map(\.rule) == ["stripe.konbini.amount.required"])
        #expect(findings.map(\.line) == [1])
        #expect(findings.map(\.column) == [1])
    }

    @Test func ndjsonRecordsKeepTheirLinesAndOneBrokenRecordStopsNothing() {
        let text = """
            {"amount": 100, "currency": "jpy", "payment_method_types": ["konbini"]}

            {"amount": [
            {"amount": 1000, "currency": "jpy", "payment_method_types": ["konbini"], "currency": "jpy"}
            """
        let findings = lint(text, .ndjson)
        #expect(findings.map(\.rule) == ["stripe.konbini.amount.range", "payload.json.syntax", "payload.duplicate_key"])
        #expect(findings.map(\.line) == [1, 3, 4])
    }
}

extension LinterTests {
    @Test func valuesAreShownOnlyWhenAskedAndCardNumbersAreMasked() {
        let payload = "amount=1000&currency=JPY&payment_details[type]=credit_card&payment_details[number]=4111111111111112"
            + "&payment_details[month]=13&payment_details[year]=2018&payment_details[verification_value]=12"
        let hidden = linter.lint(Array(payload.utf8), format: .form, file: "f")
        #expect(hidden.allSatisfy { $0.value == nil })
        var showing = linter
        showing.showsValues = true
        let shown = showing.lint(Array(payload.utf8), format: .form, file: "f")
        #expect(shown.map(\.rule) == ["komoju.credit_card.number.luhn", "komoju.credit_card.month.range", "komoju.credit_card.verification_value.digits"])
        #expect(shown.map(\.value) == ["••••••••••••1112", "13", "••"])
    }

    /// A Luhn-invalid card number and a short security code, through generated code and
    /// through a rules file read at run time: the number shows its last four characters,
    /// the code only its length.
    @Test(arguments: [false, true])
    func sensitiveValuesAreMaskedOnEveryPath(interpreted: Bool) throws {
        var showing = linter
        showing.showsValues = true
        if interpreted {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Rules/komoju.rules.yaml")
            let text = try String(contentsOf: url, encoding: .utf8)
            showing.rules = RulesInterpreter(document: try RulesChecker.load(text, file: "komoju.rules.yaml").get())
        }
        let payload = #"{"amount": 1000, "currency": "JPY", "payment_details": {"type": "credit_card", "number": "4111111111111112", "month": 13, "year": 2030, "verification_value": "12a"}}"#
        let findings = showing.lint(Array(payload.utf8), format: .json, file: "f")
        #expect(findings.map(\.rule) == ["komoju.credit_card.number.luhn", "komoju.credit_card.month.range", "komoju.credit_card.verification_value.digits"])
        #expect(findings.map(\.value) == ["••••••••••••1112", "13", "•••"])
    }

    @Test func anythingThatLooksLikeACardNumberIsMasked() {
        var showing = linter
        showing.showsValues = true
        let findings = showing.lint(Array(#"{"amount": 100, "currency": "jpy", "payment_method_types": ["konbini"], "payment_method_options": {"konbini": {"product_description": "4111-1111-1111-1111 🍣"}}}"#.utf8), format: .json, file: "f")
        #expect(findings.map(\.rule) == ["stripe.konbini.amount.range", "stripe.konbini.product_description.charset"])
        #expect(findings.last?.value == "4111-1111-1111-1111 🍣", "a description is not a card number as a whole")
    }
}

extension LinterTests {
    @Test func lintsAgainstARulesFileReadAtRunTime() throws {
        let rules = """
            version: 1
            provider: shop
            request: ShopOrder
            title: A shop order
            documents: {policy: "https://shop.example/policy"}
            source: policy
            fields:
              amount: {type: integer, required: true, checks: [{range: {max: 100000}}]}
            """
        var custom = linter
        custom.rules = RulesInterpreter(document: try RulesChecker.load(rules, file: "shop.rules.yaml").get())
        let findings = custom.lint(Array("{\n \"amount\": 100001}".utf8), format: .json, file: "f")
        #expect(findings.map(\.rule) == ["shop.amount.range"])
        #expect(findings.map(\.line) == [2])
        #expect(custom.lint(Array("{}".utf8), format: .json, file: "f").map(\.rule) == ["shop.amount.required"])
    }
}

extension LinterTests {
    /// Reading in chunks smaller than a record gives the findings of reading the file whole.
    @Test func streamingMatchesReadingWhole() throws {
        let text = (0..<50).map { index in
            index % 7 == 3 ? "{\"amount\": [" : "{\"amount\": \(index * 10), \"currency\": \"jpy\", \"payment_method_types\": [\"konbini\"]}"
        }.joined(separator: "\n") + "\n\n"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("konbini-lint-\(UUID().uuidString).ndjson")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let whole = linter.lint(Array(text.utf8), format: .ndjson, file: "f")
        let handle = try FileHandle(forReadingFrom: url)
        var reads: [Int] = []
        var streamed: [Finding] = []
        var batches = 0
        try linter.lint(reading: handle, format: .ndjson, file: "f", chunkSize: 7, progress: { reads.append($0) }) {
            streamed += $0
            batches += 1
        }
        #expect(streamed == whole)
        #expect(batches == reads.count + 1)
        #expect(whole.count > 10)
        #expect(reads.last == text.utf8.count)
    }

    /// A JSON document read a few bytes at a time, the buffer growing to hold it whole,
    /// gives the findings of reading it at once; so does a last NDJSON line without a newline.
    @Test(arguments: [PayloadFormat.json, .ndjson])
    func readingInSmallChunksMatchesReadingWhole(format: PayloadFormat) throws {
        let text = "{\"amount\": 100, \"currency\": \"jpy\",\n \"payment_method_types\": [\"konbini\"], \"payment_method_options\": 1}"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("konbini-lint-\(UUID().uuidString)")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let whole = linter.lint(Array(text.utf8), format: format, file: "f")
        var streamed: [Finding] = []
        try linter.lint(reading: FileHandle(forReadingFrom: url), format: format, file: "f", chunkSize: 5) { streamed += $0 }
        #expect(streamed == whole)
        #expect(whole.count >= 2)
    }

    /// A handle the system cannot read from (here, a directory's) is an error that says why,
    /// in every format.
    @Test(arguments: [PayloadFormat.ndjson, .json])
    func unreadableHandleThrowsTheSystemsReason(format: PayloadFormat) throws {
        let handle = try #require(FileHandle(forReadingAtPath: FileManager.default.temporaryDirectory.path))
        var reported = false
        #expect {
            try linter.lint(reading: handle, format: format, file: "f") { _ in reported = true }
        } throws: { error in
            "\(error)" == "cannot read: Is a directory"
        }
        #expect(!reported)
    }
}
