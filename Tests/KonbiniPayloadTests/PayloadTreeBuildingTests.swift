import KonbiniPayload
import KonbiniRules
import Testing

/// A built payload (a form body's, a program's) is a tree as a read one is, and answers
/// alike.
@Suite struct PayloadTreeBuildingTests {
    static func node(_ json: String) throws -> PayloadNode {
        try JSONReader().read(Array(json.utf8)).root
    }

    @Test func aBuiltValueReadsBackAsItWasBuilt() {
        let value = PayloadValue.object([
            PayloadMember(key: "amount", node: PayloadNode(.text("1000"), at: SourcePosition(line: 3, column: 8))),
            PayloadMember(key: "items", node: PayloadNode(.array([PayloadNode(.number("1.5")), PayloadNode(.bool(true)), PayloadNode(.null)]))),
            PayloadMember(key: "nested", node: PayloadNode(.object([PayloadMember(key: "name", node: PayloadNode(.string("ヤマダ")))]))),
        ])
        let node = PayloadNode(value, at: SourcePosition(line: 1, column: 1))
        #expect(node.value == value)
        #expect(node.position == SourcePosition(line: 1, column: 1))
        #expect(node["amount"]?.kind == .text && node["amount"]?.text == "1000")
        #expect(node["amount"]?.position == SourcePosition(line: 3, column: 8))
        #expect(node["items"]?.position == nil)
        #expect(node.resolve("/items/0")?.text == "1.5" && node.resolve("/items/1")?.scalarValue == .bool(true))
        #expect(node.resolve("/nested/name")?.text == "ヤマダ")
        #expect(node.resolve("/items/3") == nil && node.resolve("/missing") == nil)
    }

    @Test func aLaterMemberOfTheSameNameWinsAsInARead() throws {
        let built = PayloadNode(.object([
            PayloadMember(key: "a", node: PayloadNode(.number("1"))),
            PayloadMember(key: "b", node: PayloadNode(.number("2"))),
            PayloadMember(key: "a", node: PayloadNode(.number("3"))),
        ]))
        let read = try Self.node(#"{"a": 1, "b": 2, "a": 3}"#)
        #expect(built["a"]?.text == "3" && read["a"]?.text == "3")
        #expect(built.value.kind == .object)
        guard case .object(let builtMembers) = built.value, case .object(let readMembers) = read.value else {
            Issue.record("not objects")
            return
        }
        #expect(builtMembers.map(\.key) == readMembers.map(\.key))
        #expect(builtMembers.map { $0.node.text } == readMembers.map { $0.node.text })
    }

    @Test func namesAreComparedByTheirCodeUnits() {
        let composed = "\u{E9}", decomposed = "e\u{301}"
        let node = PayloadNode(.object([
            PayloadMember(key: composed, node: PayloadNode(.string("composed"))),
            PayloadMember(key: decomposed, node: PayloadNode(.string("decomposed"))),
        ]))
        #expect(node[composed]?.text == "composed")
        #expect(node[decomposed]?.text == "decomposed")
    }

    @Test func settingAValueOrAPositionMakesANodeOfItsOwn() throws {
        let read = try Self.node(#"{"amount": 100}"#)
        var amount = try #require(read["amount"])
        amount.value = .number("200")
        #expect(amount.text == "200" && amount.position == SourcePosition(line: 1, column: 12))
        #expect(read["amount"]?.text == "100")
        amount.position = nil
        #expect(amount.position == nil && amount.text == "200")
    }
}
