import KonbiniRules
import Testing

@Suite struct MemberNamesTests {
    static let document = #"{"amount": 1, "payment_method_types": [], "pay\u006Dent_details": {}, "名前": "x", "a": null}"#

    /// Read and built nodes answer alike, for names shorter and longer than the eight bytes
    /// compared first, names that share those eight bytes, and names written with escapes.
    @Test(arguments: [
        (["amount"], true), (["amoun"], false), (["amounts"], false),
        (["payment_method_types"], true), (["payment_method_typez"], false), (["payment_method_type"], false),
        (["payment_details"], true), (["payment_detail"], false), (["名前"], true), (["名"], false),
        (["a"], true), (["b", "c", "amount"], true), (["b", "c"], false), ([], false),
    ] as [([String], Bool)])
    func findsMembersByTheirCodeUnits(_ names: [String], _ expected: Bool) throws {
        let read = try JSONReader().read(Array(Self.document.utf8)).root
        let prepared = MemberNames(names)
        #expect(read.hasMember(namedAnyOf: prepared) == expected)
        let built = PayloadNode(read.value)
        #expect(built.hasMember(namedAnyOf: prepared) == expected)
    }

    @Test func findsNothingInWhatIsNoObject() throws {
        let root = try JSONReader().read(Array(#"[{"amount": 1}, "amount"]"#.utf8)).root
        #expect(!root.hasMember(namedAnyOf: ["amount"]))
        #expect(!(try #require(root.child("1"))).hasMember(namedAnyOf: ["amount"]))
        #expect((try #require(root.child("0"))).hasMember(namedAnyOf: ["amount"]))
    }

    /// A repeated name counts once, and the object's later members are still looked at.
    @Test func looksPastRepeatedNames() throws {
        let root = try JSONReader().read(Array(#"{"amount": 1, "amount": 2, "currency": "jpy"}"#.utf8)).root
        #expect(root.hasMember(namedAnyOf: ["currency"]))
        #expect(root.hasMember(namedAnyOf: ["amount"]))
    }
}
