import KonbiniLint
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

    @Test func anUnknownShapeSaysWhichProviderToPass() {
        let findings = lint(#"{"amount": 1000}"#)
        #expect(findings.map(\.rule) == ["provider"])
        #expect(findings.first?.message.english.contains("--provider") == true)
        #expect(lint(#"{"payment_details": {}, "payment_method_types": []}"#).map(\.rule) == ["provider"])
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
        #expect(findings.map(\.rule) == ["stripe.konbini.amount.range", "syntax", "duplicate-key"])
        #expect(findings.map(\.line) == [1, 3, 4])
    }
}
