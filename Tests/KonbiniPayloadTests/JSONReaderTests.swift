import Foundation
@_spi(Generated) import KonbiniPayload
import KonbiniRules
import Testing

@Suite struct JSONReaderTests {
    static func read(_ text: String) throws(PayloadSyntaxError) -> PayloadDocument {
        try JSONReader().read(Array(text.utf8))
    }

    @Test func keepsPositionsAndNumberText() throws {
        let document = try Self.read("{\n  \"amount\": 1000.50,\n  \"name\": \"山田\", \"n\": -0e+1\n}")
        let root = document.root
        #expect(root.position == SourcePosition(line: 1, column: 1))
        #expect(root["amount"]?.value == .number("1000.50"))
        #expect(root["amount"]?.position == SourcePosition(line: 2, column: 13))
        #expect(root["name"]?.value == .string("山田"))
        #expect(root["n"]?.position == SourcePosition(line: 3, column: 22))
        #expect(root["n"]?.value == .number("-0e+1"))
    }

    /// Values of one or two bytes outnumber the room the reader first makes for them, which
    /// then grows, keeping every value and its place; an error after growing stops reading.
    @Test func readsMoreValuesThanItFirstMakesRoomFor() throws {
        let count = 100_000
        let items = (0..<count).map { $0 % 10 == 0 ? "[]" : String($0 % 10) }
        let root = try Self.read("[" + items.joined(separator: ",") + "]").root
        let read = try #require(root.items)
        #expect(read.count == count)
        #expect(read.last?.value == .number("9"))
        #expect(read.last?.position == SourcePosition(line: 1, column: 2 + 2 * (count - 1) + count / 10))
        #expect(read[count - 10].value == .array([]))
        #expect(throws: PayloadSyntaxError.self) { try Self.read("[" + items.joined(separator: ",") + ",]") }
    }

    /// Member names of every length up to twelve bytes, each beside names that differ from
    /// it in one byte only (the first, a middle one or the last): lookups compare names by
    /// their length and first bytes before anything else, and must tell all of them apart.
    @Test func findsMembersOfEveryNameLengthAmongNearNames() throws {
        let names = (1...12).flatMap { length -> [String] in
            let name = String("abcdefghijkl".prefix(length))
            let variants = [0, length / 2, length - 1].map { offset in
                String(name.enumerated().map { $0.offset == offset ? "X" : $0.element })
            }
            return [name] + variants
        }
        let unique = Array(Set(names)).sorted()
        let text = "{" + unique.enumerated().map { "\"\($0.element)\": \($0.offset)" }.joined(separator: ", ") + "}"
        let root = try Self.read(text).root
        for (offset, name) in unique.enumerated() {
            #expect(root[name]?.value == .number(String(offset)), "\(name)")
        }
        #expect(root["abcdefghijklm"] == nil)
        #expect(root["abcdefg\u{0}"] == nil)
    }

    @Test func reportsDuplicateKeysAndKeepsTheLastValue() throws {
        let document = try Self.read(#"{"a": {"b": 1, "b": 2}, "c": [{"d": 1, "d": 3}]}"#)
        #expect(document.duplicateKeys.map(\.path) == ["/a/b", "/c/0/d"])
        #expect(document.duplicateKeys.map(\.position) == [SourcePosition(line: 1, column: 16), SourcePosition(line: 1, column: 40)])
        #expect(document.root.resolve("/a/b")?.value == .number("2"))
    }

    /// The path of a duplicate key runs through every open container, those the reader keeps
    /// near the root and those deeper.
    @Test func reportsTheWholePathOfADuplicateKeyDeepInside() throws {
        let levels = 12
        let text = String(repeating: #"{"k": ["#, count: levels) + #"{"x": 1, "x": 2}"# + String(repeating: "]}", count: levels)
        let document = try Self.read(text)
        let path = (0..<levels).reduce(JSONPointer.root) { path, _ in path.appending("k").appending(0) }.appending("x")
        #expect(document.duplicateKeys.map(\.path) == [path])
        #expect(document.root.resolve(path)?.value == .number("2"))
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9, "expected a member name in double quotes"),
        ("[1, 2", 1, 6, "the input ends inside an array"),
        ("{\"a\":\n  01}", 2, 4, "a number cannot have a leading zero"),
        ("\"\\ud800\"", 1, 8, "\\u escape of a lone high surrogate"),
        ("\"a\tb\"", 1, 3, "a control character must be escaped in a string"),
        ("{\"名前\": \"山田\tx\"}", 1, 11, "a control character must be escaped in a string"),
        ("[\"ｶﾞ\",\n \"🍣\" 1]", 2, 6, "expected ',' or ']' after an array item"),
        ("[1] x", 1, 5, "unexpected 'x' after the JSON value"),
        ("", 1, 1, "the input ends where a value should start"),
    ])
    func stopsWhereTheSyntaxBreaks(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        #expect(throws: PayloadSyntaxError(message, at: SourcePosition(line: line, column: column),
                                           byteOffset: Self.offset(of: line, column, in: text))) {
            try Self.read(text)
        }
    }

    @Test func rejectsInvalidUTF8InStrings() {
        #expect(throws: PayloadSyntaxError.self) { try JSONReader().read([0x22, 0xED, 0xA0, 0x80, 0x22]) }
        #expect(throws: PayloadSyntaxError.self) { try JSONReader().read([0x22, 0xC0, 0xAF, 0x22]) }
        // "山 then a sequence broken at its third byte: the error is at that byte, whose
        // column counts 山 and the broken sequence's lead as one character each.
        #expect(throws: PayloadSyntaxError("the text is not UTF-8", at: SourcePosition(line: 1, column: 4), byteOffset: 6)) {
            try JSONReader().read([0x22, 0xE5, 0xB1, 0xB1, 0xE3, 0x81, 0x41, 0x22])
        }
    }

    @Test func limitsNesting() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: PayloadSyntaxError.self) { try Self.read(deep) }
        let fine = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        _ = try Self.read(fine)
    }

    /// The deepest nesting allowed is read on a thread with a 64 KB stack: the reader keeps
    /// open arrays and objects on a stack of its own, so its depth costs no call frames.
    @Test func readsTheDeepestNestingOnASmallStack() async throws {
        let deepest = String(repeating: "{\"a\":[", count: 256) + "1" + String(repeating: "]}", count: 256)
        let read: Result<PayloadDocument, PayloadSyntaxError> = await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: Result { () throws(PayloadSyntaxError) in try Self.read(deepest) })
            }
            thread.stackSize = 64 << 10
            thread.start()
        }
        let root = try read.get().root
        var pointer = JSONPointer.root
        for _ in 0..<256 { pointer = pointer.appending("a").appending(0) }
        #expect(root.resolve(pointer)?.value == .number("1"))
        #expect(root.resolve(pointer)?.position == SourcePosition(line: 1, column: 256 * 6 + 1))
    }

    static func offset(of line: Int, _ column: Int, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let before = lines.prefix(line - 1).reduce(0) { $0 + $1.utf8.count + 1 }
        return before + String(lines[line - 1].unicodeScalars.prefix(column - 1)).utf8.count
    }
}

/// JSONTestSuite's parsing cases, read in place from `../shared/testdata`: every `y_` file
/// is read, every `n_` file is a syntax error, and no `i_` file crashes the reader.
@Suite(.enabled(if: JSONTestSuite.directory != nil, "JSONTestSuite is not beside the project"))
struct JSONTestSuiteTests {
    @Test func parsingCases() throws {
        let directory = try #require(JSONTestSuite.directory)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names.count > 300)
        for name in names where name.hasSuffix(".json") {
            let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
            let result = Result { () throws(PayloadSyntaxError) -> PayloadDocument in try JSONReader().read(bytes) }
            switch name.first {
            case "y": if case .failure(let error) = result { Issue.record("\(name) was rejected: \(error)") }
            case "n": if case .success = result { Issue.record("\(name) was accepted") }
            default: break
            }
        }
    }
}

enum JSONTestSuite {
    static let directory: URL? = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/testdata/JSONTestSuite/test_parsing")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()
}
