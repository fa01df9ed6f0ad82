/// Reads RFC 8259 JSON into a ``PayloadNode`` tree that keeps each value's line and column.
///
/// Nothing is guessed: anything that is not JSON, text that is not UTF-8, a `\u` escape of a
/// lone surrogate, or nesting deeper than ``maximumDepth`` stops reading with a
/// ``PayloadSyntaxError`` at the place it happened. Numbers keep their text, so no value is
/// rounded before a field's type reads it. Duplicate member names are reported in
/// ``PayloadDocument/duplicateKeys``.
public struct JSONReader: Sendable {
    /// How deeply arrays and objects may nest.
    public var maximumDepth: Int
    /// The line number of the input's first line (an NDJSON record's line in its file).
    public var firstLine: Int

    public init(maximumDepth: Int = 512, firstLine: Int = 1) {
        self.maximumDepth = maximumDepth
        self.firstLine = firstLine
    }

    public func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(PayloadSyntaxError) -> PayloadDocument {
        var parser = JSONParser(bytes: bytes, maximumDepth: maximumDepth, line: firstLine)
        return try parser.document()
    }

    public func read(_ bytes: [UInt8]) throws(PayloadSyntaxError) -> PayloadDocument {
        try bytes.withUnsafeBufferPointer { (buffer) throws(PayloadSyntaxError) -> PayloadDocument in
            try read(buffer)
        }
    }
}

private struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let maximumDepth: Int
    var index = 0
    var depth = 0
    // Line and column are kept incrementally: `column` is the column of `columnOffset`.
    var line: Int
    var lineStart = 0
    var columnOffset = 0
    var column = 1
    var duplicates: [DuplicateKey] = []

    /// An array or object whose values are still being read.
    struct OpenContainer {
        let start: SourcePosition
        let isObject: Bool
        var items: [PayloadNode] = []
        var members: [PayloadMember] = []
        /// The name of the member being read, and where it stands.
        var key = ""
        var keyPosition = SourcePosition(line: 1, column: 1)

        init(start: SourcePosition, isObject: Bool) {
            self.start = start
            self.isObject = isObject
            // Room for a payload object's usual members, so that they are not copied as
            // the array grows.
            if isObject { members.reserveCapacity(8) }
        }

        var closingBracket: UInt8 { isObject ? 0x7D : 0x5D }
        var endOfInputMessage: String { isObject ? "the input ends inside an object" : "the input ends inside an array" }
        var separatorMessage: String { isObject ? "expected ',' or '}' after a member" : "expected ',' or ']' after an array item" }

        /// Where the value being read stands inside this container: its member name or
        /// item index.
        var currentToken: String { isObject ? key : String(items.count) }

        /// The finished array or object.
        var node: PayloadNode { PayloadNode(isObject ? .object(members) : .array(items), at: start) }
    }

    init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int, line: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
        self.line = line
    }

    mutating func document() throws(PayloadSyntaxError) -> PayloadDocument {
        skipWhitespace()
        let root = try value()
        skipWhitespace()
        if index < bytes.count { throw error("unexpected \(describe(bytes[index])) after the JSON value") }
        return PayloadDocument(root: root, duplicateKeys: duplicates)
    }

    // MARK: Positions

    /// The position of byte `offset` on the current line, counting characters since the
    /// last position asked for, so that the whole input is counted once.
    mutating func position(of offset: Int) -> SourcePosition {
        if columnOffset < lineStart {
            columnOffset = lineStart
            column = 1
        }
        var cursor = columnOffset
        while cursor < offset {
            if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
            cursor += 1
        }
        columnOffset = offset
        return SourcePosition(line: line, column: column)
    }

    mutating func error(_ message: String) -> PayloadSyntaxError {
        let offset = min(index, bytes.count)
        return PayloadSyntaxError(message, at: position(of: offset), byteOffset: offset)
    }

    func describe(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D:
                index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default:
                return
            }
        }
    }

    // MARK: Values

    /// One value, with everything nested in it. Arrays and objects being read wait on a
    /// stack of the reader's own instead of the call stack, so that no nesting within
    /// ``JSONReader/maximumDepth`` can overflow a thread's stack, however small (a server's
    /// worker threads may have 512 KB).
    mutating func value() throws(PayloadSyntaxError) -> PayloadNode {
        var open: [OpenContainer] = []
        while true {
            guard index < bytes.count else { throw error("the input ends where a value should start") }
            let start = position(of: index)
            var node: PayloadNode
            switch bytes[index] {
            case 0x7B, 0x5B:
                var container = OpenContainer(start: start, isObject: bytes[index] == 0x7B)
                try enter()
                skipWhitespace()
                guard index >= bytes.count || bytes[index] != container.closingBracket else {
                    leave()
                    node = container.node
                    break
                }
                if container.isObject { try readMemberName(into: &container) }
                open.append(container)
                continue
            case 0x22: node = PayloadNode(.string(try string()), at: start)
            case 0x74: try literal("true"); node = PayloadNode(.bool(true), at: start)
            case 0x66: try literal("false"); node = PayloadNode(.bool(false), at: start)
            case 0x6E: try literal("null"); node = PayloadNode(.null, at: start)
            case 0x2D, 0x30...0x39: node = PayloadNode(.number(try number()), at: start)
            default: throw error("unexpected \(describe(bytes[index])) where a value should start")
            }
            // Hand the finished value to the container it is in; each container it finishes
            // goes to the one around it, until one wants another value.
            while let last = open.indices.last {
                if !add(node, to: &open[last]) {
                    // The open containers' keys and item counts say where the reader is.
                    let path = JSONPointer(tokens: open.map(\.currentToken))
                    duplicates.append(DuplicateKey(path: path, position: open[last].keyPosition))
                }
                skipWhitespace()
                guard index < bytes.count else { throw error(open[last].endOfInputMessage) }
                let byte = bytes[index]
                if byte == 0x2C {
                    index += 1
                    skipWhitespace()
                    if open[last].isObject {
                        try readMemberName(into: &open[last])
                    }
                    break
                }
                guard byte == open[last].closingBracket else { throw error(open[last].separatorMessage) }
                leave()
                node = open.removeLast().node
            }
            if open.isEmpty { return node }
        }
    }

    /// Steps into an array or object at its opening bracket.
    mutating func enter() throws(PayloadSyntaxError) {
        depth += 1
        if depth > maximumDepth { throw error("nesting deeper than \(maximumDepth) levels") }
        index += 1
    }

    /// Steps out of an array or object at its closing bracket.
    mutating func leave() {
        index += 1
        depth -= 1
    }

    /// A member's name and the colon after it, from its opening quote.
    mutating func readMemberName(into container: inout OpenContainer) throws(PayloadSyntaxError) {
        guard index < bytes.count, bytes[index] == 0x22 else { throw error("expected a member name in double quotes") }
        container.keyPosition = position(of: index)
        container.key = try string()
        skipWhitespace()
        guard index < bytes.count, bytes[index] == 0x3A else { throw error("expected ':' after a member name") }
        index += 1
        skipWhitespace()
    }

    /// Adds a finished value to `container`: the next item, or the member whose name was
    /// read last. A second member of the same name replaces the first.
    /// - Returns: `false` for a member whose name was taken.
    func add(_ node: PayloadNode, to container: inout OpenContainer) -> Bool {
        guard container.isObject else {
            container.items.append(node)
            return true
        }
        // Payload objects have a handful of members: a scan beats hashing every key.
        if let existing = container.members.firstIndex(where: { $0.hasKey(container.key) }) {
            container.members[existing].node = node
            return false
        }
        container.members.append(PayloadMember(key: container.key, node: node))
        return true
    }

    mutating func literal(_ word: StaticString) throws(PayloadSyntaxError) {
        let count = word.utf8CodeUnitCount
        for offset in 0..<count {
            guard index + offset < bytes.count, bytes[index + offset] == word.utf8Start[offset] else {
                index += offset
                throw error("expected '\(word)'")
            }
        }
        index += count
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, returned as written.
    mutating func number() throws(PayloadSyntaxError) -> String {
        let start = index
        if bytes[index] == 0x2D { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw error("expected a digit") }
        if bytes[index] == 0x30 {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw error("a number cannot have a leading zero") }
        } else {
            skipDigits()
        }
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("expected a digit after '.'") }
            skipDigits()
        }
        if index < bytes.count, bytes[index] | 0x20 == 0x65 {
            index += 1
            if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("expected a digit in the exponent") }
            skipDigits()
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    mutating func skipDigits() {
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }

    // MARK: Strings

    /// A string from its opening quote; plain runs are copied whole, escapes decoded, and
    /// UTF-8 validated as it goes.
    mutating func string() throws(PayloadSyntaxError) -> String {
        index += 1
        var runStart = index
        // Most strings have no escape: they become a String in one step, from their bytes.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == 0x5C || byte < 0x20 { break }
            if byte >= 0x80 { try skipUTF8Sequence() } else { index += 1 }
        }
        var result = ""
        while true {
            guard index < bytes.count else { throw error("the input ends inside a string") }
            let byte = bytes[index]
            switch byte {
            case 0x22:
                appendRun(from: runStart, to: &result)
                index += 1
                return result
            case 0x5C:
                appendRun(from: runStart, to: &result)
                try escape(into: &result)
                runStart = index
            case 0x00..<0x20:
                throw error("a control character must be escaped in a string")
            case 0x80...:
                try skipUTF8Sequence()
            default:
                index += 1
            }
        }
    }

    func appendRun(from start: Int, to result: inout String) {
        if start < index {
            result += String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        }
    }

    /// Steps over one well-formed multi-byte UTF-8 sequence, or stops at the first byte
    /// that makes it ill-formed (surrogates and overlong forms included).
    mutating func skipUTF8Sequence() throws(PayloadSyntaxError) {
        let lead = bytes[index]
        let (length, secondRange): (Int, ClosedRange<UInt8>) = switch lead {
        case 0xC2...0xDF: (2, 0x80...0xBF)
        case 0xE0: (3, 0xA0...0xBF)
        case 0xED: (3, 0x80...0x9F)
        case 0xE1...0xEF: (3, 0x80...0xBF)
        case 0xF0: (4, 0x90...0xBF)
        case 0xF4: (4, 0x80...0x8F)
        case 0xF1...0xF3: (4, 0x80...0xBF)
        default: (0, 0...0)
        }
        guard length > 0 else { throw error("the text is not UTF-8") }
        for offset in 1..<length {
            let range = offset == 1 ? secondRange : 0x80...0xBF
            guard index + offset < bytes.count, range.contains(bytes[index + offset]) else {
                index += offset
                throw error("the text is not UTF-8")
            }
        }
        index += length
    }

    mutating func escape(into result: inout String) throws(PayloadSyntaxError) {
        index += 1
        guard index < bytes.count else { throw error("the input ends inside an escape") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case 0x22: result += "\""
        case 0x5C: result += "\\"
        case 0x2F: result += "/"
        case 0x62: result += "\u{08}"
        case 0x66: result += "\u{0C}"
        case 0x6E: result += "\n"
        case 0x72: result += "\r"
        case 0x74: result += "\t"
        case 0x75:
            let unit = try hexQuad()
            if (0xDC00...0xDFFF).contains(unit) {
                throw error("\\u escape of a lone low surrogate")
            }
            if (0xD800...0xDBFF).contains(unit) {
                guard index + 1 < bytes.count, bytes[index] == 0x5C, bytes[index + 1] == 0x75 else {
                    throw error("\\u escape of a lone high surrogate")
                }
                index += 2
                let low = try hexQuad()
                guard (0xDC00...0xDFFF).contains(low) else { throw error("\\u escape of a lone high surrogate") }
                let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                result.unicodeScalars.append(Unicode.Scalar(value)!)
            } else {
                result.unicodeScalars.append(Unicode.Scalar(unit)!)
            }
        default:
            index -= 1
            throw error("unknown escape '\\\(Character(Unicode.Scalar(byte)))'")
        }
    }

    mutating func hexQuad() throws(PayloadSyntaxError) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw error("the input ends inside a \\u escape") }
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw error("expected four hexadecimal digits after \\u")
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }
}
