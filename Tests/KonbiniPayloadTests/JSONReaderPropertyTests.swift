@_spi(Generated) import KonbiniPayload
import KonbiniRules
import Testing
import TestSupport

/// Random JSON documents, written together with the tree a reader must find in them: every
/// value and position, members in first-seen order with the last value of a repeated name,
/// and every repeated name reported where it stands.
@Suite struct JSONReaderPropertyTests {
    @Test(arguments: 0..<8)
    func readsWhatWasWritten(_ seed: UInt64) throws {
        var writer = RandomJSONWriter(seed: seed)
        for _ in 0..<150 {
            let (bytes, expected, duplicates) = writer.document()
            let document = try JSONReader(firstLine: writer.firstLine).read(bytes)
            #expect(document.root == expected, "seed \(seed): \(String(decoding: bytes, as: UTF8.self))")
            #expect(document.duplicateKeys.map(\.path) == duplicates.map(\.path), "seed \(seed)")
            #expect(document.duplicateKeys.map(\.position) == duplicates.map(\.position), "seed \(seed)")
            Self.expectLookupsAgree(document.root, expected)
        }
    }

    /// Member lookups, kinds and array items of a read node agree with the built node.
    static func expectLookupsAgree(_ read: PayloadNode, _ built: PayloadNode) {
        #expect(read.kind == built.kind)
        #expect(read.scalarValue == built.scalarValue)
        switch built.value {
        case .object(let members):
            for member in members {
                #expect(read[member.key] == member.node)
                expectLookupsAgree(read[member.key] ?? PayloadNode(.null), member.node)
            }
            #expect(read[(members.first?.key ?? "") + "\u{1}"] == nil)
        case .array(let items):
            #expect(read.items?.count == items.count)
            for (index, item) in items.enumerated() {
                #expect(read.child(String(index)) == item)
            }
            #expect(read.child(String(items.count)) == nil)
        default:
            #expect(read.items == nil)
        }
    }
}

struct RandomJSONWriter {
    var random: SplitMix64
    var bytes: [UInt8] = []
    var firstLine = 1
    var line = 1
    var column = 1
    var duplicates: [(path: JSONPointer, position: SourcePosition)] = []

    /// Names, as written and as read: names of every length around the eight bytes a
    /// lookup compares first, names that differ only past them, and escaped spellings of
    /// plain names, which are the same name.
    static let names: [(written: String, name: String)] = [
        ("a", "a"), (#"\u0061"#, "a"), ("amount", "amount"), ("currency", "currency"), ("currency_", "currency_"),
        ("payment_method_types", "payment_method_types"), ("payment_method_typez", "payment_method_typez"),
        (#"payment_method_\u0074ypes"#, "payment_method_types"), ("氏名", "氏名"), (#"\"q\""#, "\"q\""), ("", ""),
    ] + (0..<30).map { ("member\($0)", "member\($0)") }

    static let strings: [(written: String, text: String)] = [
        ("", ""), ("konbini", "konbini"), ("0123456789abcdef", "0123456789abcdef"), ("ヤマダ タロウ", "ヤマダ タロウ"),
        ("ｶﾞ", "ｶﾞ"), (#"line\nbreak"#, "line\nbreak"), (#"\u00e9t\u00E9"#, "été"), (#"\ud83c\udf63"#, "🍣"),
        (#"\"quoted\" \\ \/"#, "\"quoted\" \\ /"), ("long ascii text that runs past several words", "long ascii text that runs past several words"),
        ("tab\\tand\u{7F}", "tab\tand\u{7F}"),
    ]

    static let numbers = ["0", "-0", "7", "1000", "-42", "3.25", "-0.5e-3", "6E+10", "123456789012345678901234567890"]

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    mutating func document() -> ([UInt8], PayloadNode, [(path: JSONPointer, position: SourcePosition)]) {
        bytes = []
        firstLine = Int(random.next() % 3) * 1000 + 1
        line = firstLine
        column = 1
        duplicates = []
        let root = value(depth: 0, path: [])
        whitespace()
        return (bytes, root, duplicates)
    }

    mutating func pick(_ count: Int) -> Int {
        Int(random.next() % UInt64(count))
    }

    mutating func write(_ text: String) {
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
    }

    mutating func whitespace() {
        write(["", "", " ", "  ", "\n", "\t", "\r\n  "][pick(7)])
    }

    var position: SourcePosition { SourcePosition(line: line, column: column) }

    mutating func value(depth: Int, path: [String]) -> PayloadNode {
        whitespace()
        let start = position
        switch pick(depth >= 4 ? 3 : 5) {
        case 0:
            let (text, value): (String, PayloadValue) = [("null", .null), ("true", .bool(true)), ("false", .bool(false))][pick(3)]
            write(text)
            return PayloadNode(value, at: start)
        case 1:
            let number = Self.numbers[pick(Self.numbers.count)]
            write(number)
            return PayloadNode(.number(number), at: start)
        case 2:
            let string = Self.strings[pick(Self.strings.count)]
            write("\"" + string.written + "\"")
            return PayloadNode(.string(string.text), at: start)
        case 3:
            write("[")
            var items: [PayloadNode] = []
            for index in 0..<pick(5) {
                if index > 0 { write(",") }
                items.append(value(depth: depth + 1, path: path + [String(index)]))
                whitespace()
            }
            if items.isEmpty { whitespace() }
            write("]")
            return PayloadNode(.array(items), at: start)
        default:
            write("{")
            var members: [PayloadMember] = []
            // Now and then more members than the reader compares one by one.
            let count = pick(8) == 0 ? 20 + pick(25) : pick(6)
            for index in 0..<count {
                if index > 0 { write(",") }
                whitespace()
                let name = Self.names[pick(Self.names.count)]
                let namePosition = position
                write("\"" + name.written + "\"")
                whitespace()
                write(":")
                // A repeated name is reported where it stands, before anything in its value.
                let earlier = members.firstIndex { $0.key.utf8.elementsEqual(name.name.utf8) }
                if earlier != nil { duplicates.append((JSONPointer(tokens: path + [name.name]), namePosition)) }
                let node = value(depth: depth + 1, path: path + [name.name])
                whitespace()
                if let earlier {
                    members[earlier].node = node
                } else {
                    members.append(PayloadMember(key: name.name, node: node))
                }
            }
            if members.isEmpty { whitespace() }
            write("}")
            return PayloadNode(.object(members), at: start)
        }
    }
}
