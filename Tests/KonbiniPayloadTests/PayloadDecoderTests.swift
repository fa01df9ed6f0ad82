@_spi(Generated) import KonbiniPayload
import KonbiniRules
import Testing

@Suite struct PayloadDecoderTests {
    static let rule = KonbiniRule(id: "test.type", severity: .error,
                           message: RuleMessage(english: "{field} must be {type}.", japanese: "{field}は{type}です。"), source: "")

    /// Integers read from JSON numbers and form text alike: within `Int`, never rounded.
    @Test(arguments: [
        ("0", 0), ("-0", 0), ("1000", 1000), ("-42", -42), ("0100", 100),
        ("9223372036854775807", Int.max), ("-9223372036854775808", Int.min),
        ("9223372036854775808", nil), ("-9223372036854775809", nil), ("99999999999999999999", nil),
        ("1.0", nil), ("1e3", nil), ("+1", nil), ("-", nil), ("", nil), ("1 ", nil), ("١", nil),
    ] as [(String, Int?)])
    func readsIntegers(_ lexeme: String, _ expected: Int?) {
        var decoder = PayloadDecoder()
        #expect(decoder.integer(PayloadNode(.text(lexeme)), at: "/amount", rule: Self.rule) == expected)
        #expect(decoder.violations.count == (expected == nil ? 1 : 0))
        // The same lexeme as a JSON number, where it is one.
        guard let read = try? JSONReader().read(Array("[\(lexeme)]".utf8)), let number = read.root.child("0"),
              number.scalarValue == .number(lexeme) else { return }
        var jsonDecoder = PayloadDecoder()
        #expect(jsonDecoder.integer(number, at: "/amount", rule: Self.rule) == expected)
    }

    @Test func readsNothingFromNullOrAbsenceAndReportsOtherKinds() throws {
        let root = try JSONReader().read(Array(#"{"n": null, "s": "1", "a": [1], "o": {}}"#.utf8)).root
        var decoder = PayloadDecoder()
        #expect(decoder.integer(root["n"], at: "/n", rule: Self.rule) == nil)
        #expect(decoder.integer(root["missing"], at: "/missing", rule: Self.rule) == nil)
        #expect(decoder.violations.isEmpty)
        #expect(decoder.integer(root["s"], at: "/s", rule: Self.rule) == nil)
        #expect(decoder.string(root["a"], at: "/a", rule: Self.rule) == nil)
        #expect(decoder.array(root["o"], at: "/o", rule: Self.rule) { _, _, _ in 1 } == nil)
        #expect(decoder.object(root["a"], at: "/a", rule: Self.rule) == nil)
        #expect(decoder.violations.map(\.path) == ["/s", "/a", "/o", "/a"])
        #expect(decoder.array(root["a"], at: "/a", rule: Self.rule) { decoder, node, path in decoder.integer(node, at: path(), rule: Self.rule) } == [1])
    }

    /// An item of the wrong type is reported at its own index, and the items that read are
    /// kept in order, whether the array was read from JSON or built (as a form's is).
    @Test func reportsArrayItemsAtTheirIndexes() throws {
        let read = try JSONReader().read(Array(#"{"a": [1, "x", 3, {}]}"#.utf8)).root["a"]
        let built = PayloadNode(.array([PayloadNode(.text("1")), PayloadNode(.bool(true)), PayloadNode(.text("3")), PayloadNode(.object([]))]))
        for node in [read, built] {
            var decoder = PayloadDecoder()
            var pathsMade = 0
            let items = decoder.array(node, at: "/a", rule: Self.rule) { decoder, node, path in
                decoder.integer(node, at: { pathsMade += 1; return path() }(), rule: Self.rule)
            }
            #expect(items == [1, 3])
            #expect(decoder.violations.map(\.path) == ["/a/1", "/a/3"])
            #expect(decoder.violations.map(\.message.english) == ["a[1] must be an integer.", "a[3] must be an integer."])
            // Paths are made for the violations only.
            #expect(pathsMade == 2)
        }
    }

    @Test func reportsUnknownMembersByTheirNames() throws {
        let root = try JSONReader().read(Array(#"{"amount": 1, "amounts": 2, "\u0061mount": 3, "名前": 4}"#.utf8)).root
        var decoder = PayloadDecoder()
        decoder.reportUnknownMembers(of: root.borrowed, known: ["amount"], at: .root, rule: Self.rule)
        #expect(decoder.violations.map(\.path) == ["/amounts", "/名前"])
    }
    enum Store: String, CaseIterable { case lawson, familymart }

    /// The readers of an object's member by name, which generated decoders use, read what
    /// the node readers read from the same member, and report the same violations, for an
    /// object read from JSON and one built as a form's is.
    @Test func readMembersByNameAsTheNodeReadersDo() throws {
        let read = try JSONReader().read(Array(#"""
            {"i": 12, "s": "テキスト", "b": true, "t": "auto", "e": "LAWSON", "o": {"x": 1}, "a": [1, "2"],
             "n": null, "wrong": [true], "\u0069": 13}
            """#.utf8)).root
        let built = PayloadNode(.object([
            PayloadMember(key: "i", node: PayloadNode(.text("12"))), PayloadMember(key: "s", node: PayloadNode(.text("テキスト"))),
            PayloadMember(key: "b", node: PayloadNode(.text("true"))), PayloadMember(key: "t", node: PayloadNode(.text("8"))),
            PayloadMember(key: "e", node: PayloadNode(.text("familymart"))),
            PayloadMember(key: "o", node: PayloadNode(.object([PayloadMember(key: "x", node: PayloadNode(.text("1")))]))),
            PayloadMember(key: "a", node: PayloadNode(.array([PayloadNode(.text("1"))]))),
            PayloadMember(key: "n", node: PayloadNode(.null)), PayloadMember(key: "wrong", node: PayloadNode(.object([]))),
        ]))
        let names = ["i", "s", "b", "t", "e", "o", "a", "n", "wrong", "missing"]
        for object in [read, built] {
            for name in names {
                let path = JSONPointer.root.appending(name)
                var byName = PayloadDecoder()
                var byNode = PayloadDecoder()
                #expect(byName.integer(name, of: object.borrowed, at: path, rule: Self.rule) == byNode.integer(object[name], at: path, rule: Self.rule))
                #expect(byName.string(name, of: object.borrowed, at: path, rule: Self.rule) == byNode.string(object[name], at: path, rule: Self.rule))
                #expect(byName.boolean(name, of: object.borrowed, at: path, rule: Self.rule) == byNode.boolean(object[name], at: path, rule: Self.rule))
                #expect(byName.consumptionTax(name, of: object.borrowed, at: path, rule: Self.rule)
                    == byNode.consumptionTax(object[name], at: path, rule: Self.rule))
                let storeByName: Store? = byName.enumeration(name, of: object.borrowed, at: path, rule: Self.rule, ignoringCase: true)
                let storeByNode: Store? = byNode.enumeration(object[name]?.borrowed, at: path, rule: Self.rule, ignoringCase: true)
                #expect(storeByName == storeByNode)
                #expect(byName.object(name, of: object.borrowed, at: path, rule: Self.rule)?.node == byNode.object(object[name], at: path, rule: Self.rule))
                let itemsByName = byName.array(name, of: object.borrowed, at: path, rule: Self.rule) { decoder, node, path in
                    decoder.integer(node, at: path(), rule: Self.rule)
                }
                let itemsByNode = byNode.array(object[name], at: path, rule: Self.rule) { decoder, node, path in
                    decoder.integer(node, at: path(), rule: Self.rule)
                }
                #expect(itemsByName == itemsByNode)
                #expect(byName.violations == byNode.violations, "\(name)")
                #expect(byName.unreadablePaths == byNode.unreadablePaths, "\(name)")
                // A null or missing member reads as nothing, quietly; any other value is of one
                // type, and the readers of the others report it.
                #expect(byName.violations.isEmpty == ["n", "missing"].contains(name), "\(name)")
            }
        }
        var decoder = PayloadDecoder()
        #expect(decoder.integer("i", of: read.borrowed, at: "/i", rule: Self.rule) == 13)
        #expect(decoder.string("s", of: read.borrowed, at: "/s", rule: Self.rule) == "テキスト")
        #expect(decoder.boolean("b", of: built.borrowed, at: "/b", rule: Self.rule) == true)
        #expect(decoder.consumptionTax("t", of: built.borrowed, at: "/t", rule: Self.rule) == .yen(8))
        #expect(decoder.violations.isEmpty)
    }
}
