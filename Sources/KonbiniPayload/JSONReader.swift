@_spi(ByteWords) import JapaneseText
import KonbiniRules

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

    /// A reader that rejects nesting deeper than `maximumDepth`, whose positions count from
    /// `firstLine` (an NDJSON record's line in its file).
    public init(maximumDepth: Int = 512, firstLine: Int = 1) {
        self.maximumDepth = maximumDepth
        self.firstLine = firstLine
    }

    /// The tree of the JSON document `bytes`, which are copied; invalid JSON throws, at its
    /// position.
    public func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(PayloadSyntaxError) -> PayloadDocument {
        guard bytes.count <= PayloadTree.maximumByteCount else {
            throw PayloadSyntaxError("the document is larger than 4 GiB, the most this reader reads",
                                     at: SourcePosition(line: firstLine, column: 1), byteOffset: 0)
        }
        // The containers nearest the root wait in a buffer on this thread's stack: payloads
        // nest a few levels deep, and an array for them was an allocation for every document.
        let (entries, unescapedTexts, duplicates) = try withUnsafeTemporaryAllocation(
            of: JSONParser.OpenContainer.self, capacity: JSONParser.ContainerStack.capacityNearRoot
        ) { (nearRoot) throws(PayloadSyntaxError) in
            var parser = JSONParser(bytes: bytes, maximumDepth: maximumDepth, line: firstLine, nearRoot: nearRoot)
            try parser.document()
            return (parser.entries.takeEntries(), parser.unescapedTexts, parser.duplicates)
        }
        // The tree keeps a copy of the bytes, so that strings are built from them only when read.
        let tree = PayloadTree(bytes: bytes, entries: entries, unescapedTexts: unescapedTexts, firstLine: firstLine)
        return PayloadDocument(root: PayloadNode(tree, entry: 0), duplicateKeys: duplicates)
    }

    /// The tree of the JSON document `bytes`; invalid JSON throws, at its position.
    public func read(_ bytes: [UInt8]) throws(PayloadSyntaxError) -> PayloadDocument {
        try bytes.withUnsafeBufferPointer { (buffer) throws(PayloadSyntaxError) -> PayloadDocument in try read(buffer) }
    }
}

private struct JSONParser: ~Copyable {
    let bytes: UnsafeBufferPointer<UInt8>
    let maximumDepth: Int
    var index = 0
    let firstLine: Int
    var line: Int
    /// Where the current line starts.
    var lineStart = 0
    /// The UTF-8 continuation bytes read on the current line: the bytes that are no
    /// characters of their own. Only strings hold any (anywhere else, JSON is ASCII), so the
    /// string reader counts them and a column costs a subtraction.
    var continuationsOnLine = 0
    var entries: TreeEntryBuffer
    var unescapedTexts: [String] = []
    var duplicates: [DuplicateKey] = []
    /// The array or object whose values are being read; at depth 0, none (a stand-in that
    /// is no object). Kept out of ``enclosing``, because every value reads and changes it.
    var innermost = OpenContainer.none
    /// The arrays and objects that enclose ``innermost``, outermost first. They wait here
    /// instead of on the call stack, so that no nesting within ``JSONReader/maximumDepth``
    /// can overflow a thread's stack, however small (a server's worker threads may have
    /// 512 KB).
    var enclosing: ContainerStack
    /// How many arrays and objects are open: `enclosing.count + 1` while any is, which the
    /// stand-in ``innermost`` cannot tell apart from an open root.
    var depth = 0
    /// The members of the open objects that have too many to scan, by name, by the
    /// objects' entries. Kept apart, so that an open container is plain data.
    var membersByName: [Int: [[UInt8]: Int]] = [:]

    /// How many members of an object are compared one by one with a new member's name;
    /// past this, names are looked up in a dictionary, so that an object with a million
    /// members is read in linear time. Payload objects have a handful of members, and for
    /// those a scan beats hashing every name.
    static let membersScanned = 16

    /// An array or object whose values are still being read.
    struct OpenContainer {
        /// Its entry in the tree.
        let entry: Int
        let isObject: Bool
        /// How many values it holds so far, repeated member names included.
        var count = 0
        /// The name of the member being read, and its first bytes.
        var key = PayloadTree.Text.empty
        var keyPrefix: UInt64 = 0
        /// The earlier member whose name the member being read repeats.
        var repeatedMember: Int?
        /// A bit for each member name read so far, chosen by the name's hash (see
        /// ``PayloadTree/hash(ofNameWithLength:prefix:)``): a name whose bit is clear is new to
        /// the object, and needs no comparing with the names before it.
        var nameBits: UInt64 = 0

        /// The stand-in for ``JSONParser/innermost`` when nothing is open.
        static let none = OpenContainer(entry: 0, isObject: false)

        var closingBracket: UInt8 { isObject ? 0x7D : 0x5D }
        var endOfInputMessage: String { isObject ? "the input ends inside an object" : "the input ends inside an array" }
        var separatorMessage: String { isObject ? "expected ',' or '}' after a member" : "expected ',' or ']' after an array item" }
    }

    /// A stack of open containers: the first ``capacityNearRoot`` in a buffer on the
    /// reading thread's stack, which `JSONReader.read` lends, any deeper in an array.
    struct ContainerStack: ~Copyable {
        static let capacityNearRoot = 8
        private let nearRoot: UnsafeMutableBufferPointer<OpenContainer>
        private var deeper: [OpenContainer] = []
        private(set) var count = 0

        /// A stack over `nearRoot`, uninitialized memory of plain values that outlives it.
        init(nearRoot: UnsafeMutableBufferPointer<OpenContainer>) {
            self.nearRoot = nearRoot
        }

        @inline(__always)
        mutating func push(_ container: OpenContainer) {
            if count < nearRoot.count {
                (nearRoot.baseAddress! + count).initialize(to: container)
            } else {
                deeper.append(container)
            }
            count += 1
        }

        @inline(__always)
        mutating func pop() -> OpenContainer {
            count -= 1
            return count < nearRoot.count ? nearRoot[count] : deeper.removeLast()
        }

        /// The containers, outermost first.
        var all: [OpenContainer] {
            Array(nearRoot.prefix(count)) + deeper
        }
    }

    init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int, line: Int, nearRoot: UnsafeMutableBufferPointer<OpenContainer>) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
        self.firstLine = line
        self.line = line
        // Room for a payload's values (one for every 24 bytes or so, names, quotes and
        // separators included) in a block small enough for malloc's per-thread cache: glibc's
        // hands out blocks up to 1,032 bytes without searching its bins and takes them back as
        // cheaply, where a larger block costs several times as much on every request and
        // record. Denser documents grow by doubling.
        entries = TreeEntryBuffer(capacity: min(bytes.count / 24 + 4, 4096))
        enclosing = ContainerStack(nearRoot: nearRoot)
    }

    mutating func document() throws(PayloadSyntaxError) {
        skipWhitespace()
        try readValue()
        skipWhitespace()
        if index < bytes.count { throw error("unexpected \(describe(bytes[index])) after the JSON value") }
    }

    // MARK: Positions

    /// The position of byte `offset` on the current line, which must not come before a
    /// byte already read: columns count characters, every byte but continuation bytes.
    @inline(__always)
    func position(of offset: Int) -> SourcePosition {
        SourcePosition(line: line, column: offset - lineStart - continuationsOnLine + 1)
    }

    func error(_ message: String) -> PayloadSyntaxError {
        let offset = min(index, bytes.count)
        return PayloadSyntaxError(message, at: position(of: offset), byteOffset: offset)
    }

    func describe(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    @inline(__always)
    mutating func skipWhitespace() {
        // Whitespace is at most 0x20, so that the byte after most values, names and
        // separators is told apart from it by one comparison.
        while index < bytes.count, bytes[index] <= 0x20 {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D:
                index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
                continuationsOnLine = 0
            default:
                return
            }
        }
    }

    // MARK: Values

    /// One value, with everything nested in it.
    mutating func readValue() throws(PayloadSyntaxError) {
        repeat {
            if try startValue() { continue }
            // The value is complete: so is each container it ends, up to one that goes on.
            while depth > 0, try !endValue() {}
        } while depth > 0
    }

    /// Reads a value from its first byte: a whole number, string or literal, or the
    /// opening of an array or object.
    /// - Returns: `true` for an array or object that was opened and wants its first value.
    mutating func startValue() throws(PayloadSyntaxError) -> Bool {
        guard index < bytes.count else { throw error("the input ends where a value should start") }
        let entry = entries.count
        let start = position(of: index)
        var new = PayloadTree.Entry(kind: .null, lineOffset: start.line - firstLine, column: start.column, index: entry)
        if innermost.isObject {
            new.key = innermost.key
            new.keyPrefix = innermost.keyPrefix
            if let earlier = innermost.repeatedMember {
                entries[earlier].valueEntry = UInt32(entry)
                new.repeatsEarlierMember = true
            }
        }
        switch bytes[index] {
        case 0x7B, 0x5B:
            let container = OpenContainer(entry: entry, isObject: bytes[index] == 0x7B)
            new.kind = container.isObject ? .object : .array
            entries.append(new)
            try enter()
            skipWhitespace()
            if index < bytes.count, bytes[index] == container.closingBracket {
                leave(container)
                return false
            }
            if depth > 0 { enclosing.push(innermost) }
            innermost = container
            depth += 1
            if container.isObject { try readMemberName() }
            return true
        case 0x22: new.kind = .string; new.text = try string()
        case 0x74: try literal("true"); new.kind = .bool; new.isTrue = true
        case 0x66: try literal("false"); new.kind = .bool
        case 0x6E: try literal("null")
        case 0x2D, 0x30...0x39: new.kind = .number; new.text = try number()
        default: throw error("unexpected \(describe(bytes[index])) where a value should start")
        }
        entries.append(new)
        return false
    }

    /// Reads what follows a complete value in the innermost open container: a comma and
    /// the next member's name, or the closing bracket.
    /// - Returns: `true` when the container wants another value.
    @inline(__always)
    mutating func endValue() throws(PayloadSyntaxError) -> Bool {
        innermost.count += 1
        skipWhitespace()
        guard index < bytes.count else { throw error(innermost.endOfInputMessage) }
        let byte = bytes[index]
        if byte == 0x2C {
            index += 1
            skipWhitespace()
            if innermost.isObject { try readMemberName() }
            return true
        }
        guard byte == innermost.closingBracket else { throw error(innermost.separatorMessage) }
        leave(innermost)
        depth -= 1
        innermost = depth > 0 ? enclosing.pop() : .none
        return false
    }

    /// Steps into an array or object at its opening bracket.
    mutating func enter() throws(PayloadSyntaxError) {
        if depth >= maximumDepth {
            let offset = min(index, bytes.count)
            throw PayloadSyntaxError("nesting deeper than \(maximumDepth) levels", at: position(of: offset), byteOffset: offset,
                                     isNestingTooDeep: true)
        }
        index += 1
    }

    /// Steps out of an array or object at its closing bracket.
    mutating func leave(_ container: OpenContainer) {
        index += 1
        entries[container.entry].end = UInt32(entries.count)
        if !membersByName.isEmpty { membersByName[container.entry] = nil }
    }

    /// The name of the innermost open object's next member and the colon after it, from
    /// the name's opening quote. A name the object has had is a duplicate key, reported at
    /// the repeated name. Inlined into its two callers, as ``string()`` is.
    @inline(__always)
    mutating func readMemberName() throws(PayloadSyntaxError) {
        guard index < bytes.count, bytes[index] == 0x22 else { throw error("expected a member name in double quotes") }
        let namePosition = position(of: index)
        let key = try string()
        innermost.key = key
        innermost.keyPrefix = prefix(of: key)
        innermost.repeatedMember = isNewName(key, prefix: innermost.keyPrefix) ? nil : earlierMember(named: key, prefix: innermost.keyPrefix)
        if innermost.repeatedMember != nil { reportDuplicate(at: namePosition) }
        skipWhitespace()
        guard index < bytes.count, bytes[index] == 0x3A else { throw error("expected ':' after a member name") }
        index += 1
        skipWhitespace()
    }

    /// Reports the member being read, whose name the innermost open object has had.
    mutating func reportDuplicate(at namePosition: SourcePosition) {
        // The open containers' names and item counts say where the reader is.
        let path = JSONPointer(tokens: (enclosing.all + [innermost]).map { container in
            container.isObject ? text(container.key) : String(container.count)
        })
        duplicates.append(DuplicateKey(path: path, position: namePosition))
    }

    /// Whether the innermost open object has had no name with the hash bit of `key`'s, which
    /// makes it new to the object; the bit is set for the names after it. Inlined, so that
    /// the names most objects hold, all new, cost no call.
    @inline(__always)
    mutating func isNewName(_ key: PayloadTree.Text, prefix: UInt64) -> Bool {
        // Past the scanned members, the object's dictionary answers.
        guard innermost.count < Self.membersScanned else { return false }
        let bit: UInt64 = 1 << (PayloadTree.hash(ofNameWithLength: Int(key.count), prefix: prefix) >> 58)
        defer { innermost.nameBits |= bit }
        return innermost.nameBits & bit == 0
    }

    /// The entry of the innermost open object's member named `key`, if it has one.
    mutating func earlierMember(named key: PayloadTree.Text, prefix: UInt64) -> Int? {
        let object = innermost.entry
        // An object gets its dictionary when its count reaches the limit, never before.
        if innermost.count < Self.membersScanned {
            var member = object + 1
            while member < entries.count {
                if PayloadTree.key(entries[member].key, prefix: entries[member].keyPrefix, equals: key, prefix: prefix,
                                in: bytes, unescapedTexts: unescapedTexts),
                   !entries[member].repeatsEarlierMember {
                    return member
                }
                member = Int(entries[member].end)
            }
            return nil
        }
        if membersByName[object] == nil {
            var members: [[UInt8]: Int] = [:]
            var member = object + 1
            while member < entries.count {
                if !entries[member].repeatsEarlierMember { members[utf8(entries[member].key)] = member }
                member = Int(entries[member].end)
            }
            membersByName[object] = members
        }
        let name = utf8(key)
        if let earlier = membersByName[object]?[name] { return earlier }
        // The member's value will be the next entry.
        membersByName[object]?[name] = entries.count
        return nil
    }

    func text(_ text: PayloadTree.Text) -> String {
        PayloadTree.string(text, in: bytes, unescapedTexts: unescapedTexts)
    }

    func utf8(_ text: PayloadTree.Text) -> [UInt8] {
        PayloadTree.utf8(text, in: bytes, unescapedTexts: unescapedTexts)
    }

    @inline(__always)
    func prefix(of text: PayloadTree.Text) -> UInt64 {
        if text.isUnescaped {
            var name = unescapedTexts[Int(text.start)]
            return name.withUTF8(PayloadTree.prefix(of:))
        }
        let start = Int(text.start)
        // A name is followed by its closing quote at least, so the eight bytes from its start
        // can usually be read at once, the bytes past a shorter name masked off.
        guard start + 8 <= bytes.count else { return PayloadTree.prefix(of: UnsafeBufferPointer(rebasing: bytes[PayloadTree.range(of: text)])) }
        let word = ByteWords.load(bytes, at: start)
        return text.count >= 8 ? word : word & ((1 << (8 * UInt64(text.count))) - 1)
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

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, kept as written.
    mutating func number() throws(PayloadSyntaxError) -> PayloadTree.Text {
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
        return PayloadTree.Text(start: UInt32(start), count: UInt32(index - start), isUnescaped: false)
    }

    func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    mutating func skipDigits() {
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }

    // MARK: Strings

    /// A string from its opening quote, its UTF-8 validated as it goes. A string without
    /// escapes is its bytes; one with escapes is unescaped, plain runs copied whole.
    ///
    /// Inlined into its two callers (values and member names, a few dozen a payload), which
    /// saves a call for each; the rare rest of a string with escapes is read out of line.
    @inline(__always)
    mutating func string() throws(PayloadSyntaxError) -> PayloadTree.Text {
        index += 1
        let runStart = index
        // Most strings have no escape, and need nothing but their place.
        while index < bytes.count {
            while index + 8 <= bytes.count {
                if let special = ByteWords.firstStringSpecial(ByteWords.load(bytes, at: index)) {
                    index += special
                    break
                }
                index += 8
            }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == 0x22 {
                index += 1
                return PayloadTree.Text(start: UInt32(runStart), count: UInt32(index - 1 - runStart), isUnescaped: false)
            }
            if byte == 0x5C || byte < 0x20 { break }
            if byte < 0x80 {
                index += 1
                continue
            }
            // Japanese text is a run of multi-byte characters: read it through before
            // looking eight bytes ahead again.
            repeat {
                try skipUTF8Sequence()
            } while index < bytes.count && bytes[index] >= 0x80
        }
        return try unescapedString(from: runStart)
    }

    /// The rest of a string from its first escape (or from where the input ends or a control
    /// character stands), `runStart` being where its plain run began.
    mutating func unescapedString(from runStart: Int) throws(PayloadSyntaxError) -> PayloadTree.Text {
        var runStart = runStart
        var result = ""
        while true {
            guard index < bytes.count else { throw error("the input ends inside a string") }
            let byte = bytes[index]
            switch byte {
            case 0x22:
                appendRun(from: runStart, to: &result)
                index += 1
                unescapedTexts.append(result)
                return PayloadTree.Text(start: UInt32(unescapedTexts.count - 1), count: UInt32(result.utf8.count), isUnescaped: true)
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
    @inline(__always)
    mutating func skipUTF8Sequence() throws(PayloadSyntaxError) {
        // Kana and kanji are three bytes, led by E1 to EF and none by E0 or ED, the leads
        // whose second byte has a narrower range: a payload's non-ASCII text takes this path.
        let lead = bytes[index]
        if lead >= 0xE1, lead != 0xED, lead <= 0xEF, index + 2 < bytes.count,
           bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 {
            index += 3
            continuationsOnLine += 2
            return
        }
        try skipAnyUTF8Sequence()
    }

    /// ``skipUTF8Sequence()`` for every lead byte.
    mutating func skipAnyUTF8Sequence() throws(PayloadSyntaxError) {
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
                continuationsOnLine += offset - 1
                throw error("the text is not UTF-8")
            }
        }
        index += length
        continuationsOnLine += length - 1
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
