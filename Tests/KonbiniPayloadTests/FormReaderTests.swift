@_spi(Generated) import KonbiniPayload
import KonbiniRules
import Testing

@Suite struct FormReaderTests {
    static func read(_ text: String) throws(PayloadSyntaxError) -> PayloadDocument {
        try FormReader().read(Array(text.utf8))
    }

    @Test func readsBracketKeysAsNestedObjects() throws {
        let document = try Self.read("amount=1000&currency=JPY&payment_details[store]=lawson&payment_details[phone]=090-1111-2222&metadata[foobar]=hoge\n")
        #expect(document.root.resolve("/amount")?.value == .text("1000"))
        #expect(document.root.resolve("/payment_details/store")?.value == .text("lawson"))
        #expect(document.root.resolve("/metadata/foobar")?.value == .text("hoge"))
        #expect(document.root.resolve("/payment_details/store")?.position == SourcePosition(line: 1, column: 26))
        #expect(document.duplicateKeys.isEmpty)
    }

    @Test func decodesPercentEncodingAndPlus() throws {
        let document = try Self.read("payment_details%5Bfamily_name%5D=%E5%B1%B1%E7%94%B0&description=Gift+set%21&name=ヤマダ")
        #expect(document.root.resolve("/payment_details/family_name")?.value == .text("山田"))
        #expect(document.root.resolve("/description")?.value == .text("Gift set!"))
        #expect(document.root.resolve("/name")?.value == .text("ヤマダ"))
    }

    @Test func appendsToArrays() throws {
        let document = try Self.read("payment_method_types[]=card&payment_method_types[]=konbini")
        #expect(document.root.resolve("/payment_method_types/1")?.value == .text("konbini"))
    }

    @Test func reportsDuplicateKeys() throws {
        let document = try Self.read("amount=100&amount=200")
        #expect(document.duplicateKeys.map(\.path) == ["/amount"])
        #expect(document.duplicateKeys.first?.position == SourcePosition(line: 1, column: 12))
        #expect(document.root.resolve("/amount")?.value == .text("200"))
    }

    @Test(arguments: [
        ("amount=10%2", "'%' must be followed by two hexadecimal digits", 1),
        ("a=1&name=%FF", "the decoded text is not UTF-8", 5),
        ("a=1&a[b]=2", "a name is used both for a value and for nested values", 5),
        ("a[b=1", "malformed brackets in the name 'a[b'", 1),
        ("=1", "a pair has an empty name", 1),
    ])
    func stopsAtTheBrokenPair(_ text: String, _ message: String, _ column: Int) {
        do {
            _ = try Self.read(text)
            Issue.record("\(text) was read")
        } catch {
            #expect(error.message == message)
            #expect(error.position == SourcePosition(line: 1, column: column))
        }
    }
}
