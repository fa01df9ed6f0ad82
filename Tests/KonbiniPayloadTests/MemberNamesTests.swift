@_spi(Generated) import KonbiniPayload
import KonbiniRules
import Testing

@Suite struct MemberNamesTests {
    static let document = #"{"amount": 1, "payment_method_types": [], "pay\u006Dent_details": {}, "名前": "x", "a": null}"#

    /// Read and built nodes answer alike, for names shorter and longer than the eight bytes
    /// compared first, names that share those eight bytes, and names written with escapes.
    @Test(arguments: [
        (["amount"], [0]), (["amoun", "amounts"], []),
        (["payment_method_typez", "payment_method_types", "payment_method_type"], [1]),
        (["payment_detail", "payment_details"], [1]), (["名", "名前"], [1]),
        (["b", "a", "c", "amount"], [1, 3]), (["b", "c"], []), ([], []),
        // A name listed twice is found at its first offset.
        (["amount", "b", "amount"], [0]),
    ] as [([String], [Int])])
    func findsMembersByTheirCodeUnits(_ names: [String], _ expected: [Int]) throws {
        let prepared = MemberNames(names)
        let read = try JSONReader().read(Array(Self.document.utf8)).root
        let built = PayloadNode(read.value)
        for node in [read, built] {
            let found = node.members(namedIn: prepared)
            #expect((-1...names.count).filter(found.contains) == expected)
            #expect(Array(found) == expected)
            #expect(found.isEmpty == expected.isEmpty)
        }
    }

    /// Names that are canonically equivalent but differ in their code units are two names,
    /// wherever the table puts them: of 32 lists of two such names, some hash to one slot.
    @Test func tellsApartCanonicallyEquivalentNames() throws {
        for index in 0..<32 {
            let names = ["f\(index)\u{E9}", "f\(index)e\u{301}"]
            let document = #"{"\#(names[0])": 0, "\#(names[1])": 1}"#
            let root = try JSONReader().read(Array(document.utf8)).root
            #expect(Array(root.members(namedIn: MemberNames(names))) == [0, 1], "\(names)")
        }
    }

    @Test func findsNothingInWhatIsNoObject() throws {
        let root = try JSONReader().read(Array(#"[{"amount": 1}, "amount"]"#.utf8)).root
        #expect(root.members(namedIn: ["amount"]).isEmpty)
        #expect(try #require(root.child("1")).members(namedIn: ["amount"]).isEmpty)
        #expect(try #require(root.child("0")).members(namedIn: ["amount"]).contains(0))
    }

    /// A repeated name counts once, and the object's later members are still looked at.
    @Test func looksPastRepeatedNames() throws {
        let root = try JSONReader().read(Array(#"{"amount": 1, "amount": 2, "currency": "jpy"}"#.utf8)).root
        let found = root.members(namedIn: ["currency", "amount"])
        #expect(found.contains(0) && found.contains(1))
    }

    /// Every one of the most names a list holds can be found.
    @Test func holdsSixtyFourNames() throws {
        let names = (0..<MemberNames.maximumCount).map { "member\($0)" }
        let document = "{" + names.map { "\"\($0)\": 0" }.joined(separator: ", ") + "}"
        let found = try JSONReader().read(Array(document.utf8)).root.members(namedIn: MemberNames(names))
        #expect(names.indices.allSatisfy(found.contains))
        #expect(!found.contains(MemberNames.maximumCount))
    }
}
