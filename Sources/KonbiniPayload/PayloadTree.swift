@_spi(ByteWords) import JapaneseText
import KonbiniRules

/// A payload as its reader read it: one entry for each value, in the order the values
/// start, over a copy of the payload's bytes. ``JSONReader`` reads JSON into a tree; a
/// ``PayloadValue`` (what ``FormReader`` reads a form body into, or what a program builds)
/// becomes one too, so that every ``PayloadNode`` is an entry of a tree.
///
/// Reading allocates the same few buffers whatever the document holds (the bytes, the
/// entries, the strings with escapes), where a tree of nodes would make one or more
/// allocations for each value; ``PayloadNode`` builds strings from the bytes only when they
/// are read. Offsets are 32-bit, which keeps an entry small; ``JSONReader`` refuses
/// documents they cannot address.
///
/// The tree owns its bytes and entries as plain allocations rather than arrays, so that the
/// lookups a decoder makes by the dozen read them without bounds checks, closures or
/// reference counting. Nothing changes them after `init`, which is what makes the tree
/// safe to share across threads.
final class PayloadTree: @unchecked Sendable {
    /// The largest document a tree can address.
    static let maximumByteCount = Int(UInt32.max)

    /// Where the text of a string, a number or a member name is.
    struct Text: Sendable {
        /// The first byte; for an unescaped text, its index in ``PayloadTree/unescapedTexts``.
        var start: UInt32
        /// The length in UTF-8 code units (of the unescaped text, for one with escapes).
        var count: UInt32
        /// Whether the text held escapes, and is in ``PayloadTree/unescapedTexts``.
        var isUnescaped: Bool

        static let empty = Text(start: 0, count: 0, isUnescaped: false)
    }

    /// One value. The members are in this order, the eight-byte one first, so that no
    /// padding makes the entry larger than its 48 bytes (see ``JSONReader``'s first capacity).
    struct Entry: Sendable {
        /// The member name's first eight bytes (see ``PayloadTree/prefix(of:)``): most names a
        /// lookup passes by differ from the one it wants in these or in their length.
        var keyPrefix: UInt64 = 0
        /// A number's or a string's text.
        var text = Text.empty
        /// The member name, for a value in an object.
        var key = Text.empty
        var kind: PayloadKind
        /// A boolean's value.
        var isTrue = false
        /// Whether an earlier member of the object has this member's name. Its value is that
        /// member's; the member itself is skipped, so that each name counts once.
        var repeatsEarlierMember = false
        /// The line, counted from the document's first.
        var lineOffset: UInt32
        var column: UInt32
        /// The entry after this value and everything in it: its next sibling's, if it has one.
        var end: UInt32
        /// The entry holding this member's value: its own, or that of the last later member
        /// of the same name, whose value replaces it.
        var valueEntry: UInt32

        init(kind: PayloadKind, lineOffset: Int, column: Int, index: Int) {
            self.kind = kind
            self.lineOffset = UInt32(lineOffset)
            self.column = UInt32(column)
            end = UInt32(index + 1)
            valueEntry = UInt32(index)
        }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    /// The root's entry is the first.
    let entries: UnsafeBufferPointer<Entry>
    let unescapedTexts: [String]
    /// The line number of the document's first line.
    let firstLine: Int

    /// A tree over a copy of `bytes` and over `entries`, which it takes over and deallocates.
    init(bytes: UnsafeBufferPointer<UInt8>, entries: UnsafeBufferPointer<Entry>, unescapedTexts: [String], firstLine: Int) {
        let ownBytes = PlainAllocation.allocate(UInt8.self, count: bytes.count)
        if let source = bytes.baseAddress { ownBytes.initialize(from: source, count: bytes.count) }
        self.bytes = UnsafeBufferPointer(start: ownBytes, count: bytes.count)
        self.entries = entries
        self.unescapedTexts = unescapedTexts
        self.firstLine = firstLine
    }

    deinit {
        if let bytes = bytes.baseAddress { PlainAllocation.deallocate(UnsafeMutablePointer(mutating: bytes)) }
        if let entries = entries.baseAddress { PlainAllocation.deallocate(UnsafeMutablePointer(mutating: entries)) }
    }

    /// Where the entry's value starts in its file; `nil` for a value built without a
    /// position, whose column is 0.
    func position(of entry: Int) -> SourcePosition? {
        let entry = entries[entry]
        guard entry.column > 0 else { return nil }
        return SourcePosition(line: firstLine + Int(entry.lineOffset), column: Int(entry.column))
    }

    /// The items of an array, or the members of an object, each name once.
    func children(of entry: Int) -> Children {
        Children(entries: entries, cursor: entry + 1, end: Int(entries[entry].end))
    }

    /// The entries of a container's values, read where the tree keeps them: holding the tree
    /// would retain and release it around every loop over a payload's objects. A loop over
    /// them lives no longer than the tree it asked, as every loop in this module does.
    struct Children: Sequence, IteratorProtocol {
        let entries: UnsafeBufferPointer<Entry>
        var cursor: Int
        let end: Int

        mutating func next() -> Int? {
            while cursor < end {
                let child = cursor
                cursor = Int(entries[child].end)
                if !entries[child].repeatsEarlierMember { return child }
            }
            return nil
        }
    }

    /// The entry of the value of `object`'s member `name`.
    @inline(__always)
    func member(named name: String, of object: Int) -> Int? {
        name.withContiguousUTF8 { member(named: $0, of: object) }
    }

    /// ``member(named:of:)-(String,_)`` for a name's UTF-8. Inlined into its one caller:
    /// decoders look up every field of every payload by its name.
    @inline(__always)
    func member(named name: UnsafeBufferPointer<UInt8>, of object: Int) -> Int? {
        let prefix = Self.prefix(of: name)
        var member = object + 1
        let end = Int(entries[object].end)
        while member < end {
            let entry = entries[member]
            if Self.key(entry.key, prefix: entry.keyPrefix, equals: name, prefix: prefix, in: bytes, unescapedTexts: unescapedTexts),
               !entry.repeatsEarlierMember {
                return Int(entry.valueEntry)
            }
            member = Int(entry.end)
        }
        return nil
    }

    /// Which of `names` the members of `object` have.
    func members(of object: Int, namedIn names: MemberNames) -> MemberNames.Subset {
        var found = MemberNames.Subset()
        for member in children(of: object) {
            if let offset = offset(ofNameOf: member, in: names) { found.insert(offset) }
        }
        return found
    }

    /// The offset in `names` of the member's name, if it is one of them.
    func offset(ofNameOf member: Int, in names: MemberNames) -> Int? {
        let names = names.storage
        let entry = entries[member]
        let length = Int(entry.key.count)
        return names.slots.withUnsafeBufferPointer { slots in
            names.bytes.withUnsafeBufferPointer { nameBytes in
                var index = MemberNames.Storage.slot(length: length, prefix: entry.keyPrefix, count: slots.count)
                while slots[index].offset >= 0 {
                    let slot = slots[index]
                    let name = UnsafeBufferPointer(rebasing: nameBytes[Int(slot.start)..<Int(slot.start) + Int(slot.length)])
                    if Self.key(entry.key, prefix: entry.keyPrefix, equals: name, prefix: slot.prefix, in: bytes, unescapedTexts: unescapedTexts) {
                        return Int(slot.offset)
                    }
                    index = (index + 1) & (slots.count - 1)
                }
                return nil
            }
        }
    }

    func key(of member: Int) -> String {
        Self.string(entries[member].key, in: bytes, unescapedTexts: unescapedTexts)
    }

    /// The value of an entry that is no array or object.
    func scalar(_ entry: Int) -> PayloadValue {
        switch entries[entry].kind {
        case .null: .null
        case .bool: .bool(entries[entry].isTrue)
        case .number: .number(text(of: entry) ?? "")
        case .text: .text(text(of: entry) ?? "")
        default: .string(text(of: entry) ?? "")
        }
    }

    /// The text of a number, a string or a form value's entry.
    func text(of entry: Int) -> String? {
        let entry = entries[entry]
        guard entry.kind == .number || entry.kind == .string || entry.kind == .text else { return nil }
        return Self.string(entry.text, in: bytes, unescapedTexts: unescapedTexts)
    }

    /// Calls `body` with the UTF-8 of a number, a string or a form value's entry's text.
    func withText<Result>(of entry: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        let entry = entries[entry]
        guard entry.kind == .number || entry.kind == .string || entry.kind == .text else { return nil }
        guard entry.text.isUnescaped else { return body(UnsafeBufferPointer(rebasing: bytes[Self.range(of: entry.text)])) }
        var text = unescapedTexts[Int(entry.text.start)]
        return text.withUTF8(body)
    }

    // MARK: Texts, for the tree and the reader building it

    /// Whether the member name `key` is `name`, given the first eight bytes of each (see
    /// ``prefix(of:)``): looking names up is most of what a decoder does, and most names it
    /// passes by differ from the one it wants in those bytes or in their length. Names of
    /// eight bytes or fewer are then equal; longer ones are compared in full.
    static func key(
        _ key: Text, prefix keyPrefix: UInt64, equals name: UnsafeBufferPointer<UInt8>, prefix namePrefix: UInt64,
        in bytes: UnsafeBufferPointer<UInt8>, unescapedTexts: [String]
    ) -> Bool {
        keyPrefix == namePrefix && Int(key.count) == name.count
            && (name.count <= 8 || text(key, in: bytes, unescapedTexts: unescapedTexts, equals: name))
    }

    /// ``key(_:prefix:equals:prefix:in:unescapedTexts:)`` for a name that is another text of
    /// the document.
    static func key(
        _ key: Text, prefix keyPrefix: UInt64, equals name: Text, prefix namePrefix: UInt64,
        in bytes: UnsafeBufferPointer<UInt8>, unescapedTexts: [String]
    ) -> Bool {
        keyPrefix == namePrefix && key.count == name.count
            && (name.count <= 8 || text(key, equals: name, in: bytes, unescapedTexts: unescapedTexts))
    }

    static func string(_ text: Text, in bytes: UnsafeBufferPointer<UInt8>, unescapedTexts: [String]) -> String {
        if text.isUnescaped { return unescapedTexts[Int(text.start)] }
        // The reader validated every string and name, and numbers are ASCII.
        return String(validatedUTF8: UnsafeBufferPointer(rebasing: bytes[range(of: text)]))
    }

    /// The text's UTF-8 code units.
    static func utf8(_ text: Text, in bytes: UnsafeBufferPointer<UInt8>, unescapedTexts: [String]) -> [UInt8] {
        text.isUnescaped ? Array(unescapedTexts[Int(text.start)].utf8) : Array(bytes[range(of: text)])
    }

    static func range(of text: Text) -> Range<Int> {
        Int(text.start)..<Int(text.start) + Int(text.count)
    }

    /// Whether the text's code units are `name`.
    static func text(
        _ text: Text, in bytes: UnsafeBufferPointer<UInt8>, unescapedTexts: [String], equals name: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard Int(text.count) == name.count else { return false }
        if text.isUnescaped { return unescapedTexts[Int(text.start)].utf8.elementsEqual(name) }
        return sameBytes(UnsafeBufferPointer(rebasing: bytes[range(of: text)]), name)
    }

    /// Whether two buffers of the same length hold the same bytes, compared eight at a time.
    static func sameBytes(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = first.count
        guard count >= 8 else { return prefix(of: first) == prefix(of: second) }
        var offset = 0
        while offset + 8 < count {
            if ByteWords.load(first, at: offset) != ByteWords.load(second, at: offset) { return false }
            offset += 8
        }
        // The last eight bytes, overlapping words already compared.
        return ByteWords.load(first, at: count - 8) == ByteWords.load(second, at: count - 8)
    }

    /// Whether two texts have the same code units.
    static func text(_ first: Text, equals second: Text, in bytes: UnsafeBufferPointer<UInt8>, unescapedTexts: [String]) -> Bool {
        guard first.count == second.count else { return false }
        if second.isUnescaped {
            var name = unescapedTexts[Int(second.start)]
            return name.withUTF8 { text(first, in: bytes, unescapedTexts: unescapedTexts, equals: $0) }
        }
        return text(first, in: bytes, unescapedTexts: unescapedTexts, equals: UnsafeBufferPointer(rebasing: bytes[range(of: second)]))
    }

    /// A hash of a member name of `length` bytes that start with `prefix` (see
    /// ``prefix(of:)``), its top bits the best mixed: a multiplication (Fibonacci hashing)
    /// carries every bit of the prefix and the length into them.
    @inline(__always)
    static func hash(ofNameWithLength length: Int, prefix: UInt64) -> UInt64 {
        (prefix ^ UInt64(truncatingIfNeeded: length)) &* 0x9E37_79B9_7F4A_7C15
    }

    /// Up to the first eight bytes of `name`, the first in the lowest bits, zero-padded.
    static func prefix(of name: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = name.count
        if count >= 8 { return ByteWords.load(name, at: 0) }
        // Four to seven bytes: the first four and the last four, which overlap by what they share.
        if count >= 4, let base = name.baseAddress {
            let first = UInt32(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt32.self))
            let last = UInt32(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            return UInt64(first) | UInt64(last) << (8 * UInt64(count - 4))
        }
        var prefix: UInt64 = 0
        for offset in 0..<name.count {
            prefix |= UInt64(name[offset]) << (8 * offset)
        }
        return prefix
    }
}
