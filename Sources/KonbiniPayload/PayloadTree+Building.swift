import KonbiniRules

extension PayloadTree {
    /// The tree of a value built rather than read (a payload a program or a test makes),
    /// laid out as ``JSONReader`` lays out a document; see ``Builder``.
    static func building(_ value: PayloadValue, at position: SourcePosition?) -> PayloadTree {
        var builder = Builder()
        builder.append(value, at: position, key: nil)
        return builder.tree()
    }

    /// Lays a payload out as ``JSONReader`` does: the texts in one buffer, an entry for each
    /// value in the order the values start, each container closed after its contents, a
    /// later member of a name replacing an earlier one's value. ``FormReader`` builds its
    /// tree with it, and ``building(_:at:)`` a ``PayloadValue``'s.
    ///
    /// A value without a position gets column 0, which ``position(of:)`` reads as none;
    /// lines and columns beyond 32 bits are clamped.
    struct Builder: ~Copyable {
        private var bytes: [UInt8] = []
        private var entries = TreeEntryBuffer(capacity: 8)

        /// Appends the entry of a value of `kind` (its `text`, for a number, a string or a
        /// form value; `isTrue`, for a boolean) and, for a member, its name `key`.
        /// - Returns: The entry's index, for ``close(_:)`` once a container's contents are
        ///   appended.
        mutating func open(
            _ kind: PayloadKind, text: String? = nil, isTrue: Bool = false, at position: SourcePosition?, key: String?
        ) -> Int {
            let index = entries.count
            var entry = Entry(kind: kind, lineOffset: 0, column: 0, index: index)
            if let position {
                entry.lineOffset = UInt32(clamping: position.line)
                entry.column = UInt32(clamping: max(position.column, 1))
            }
            if let key {
                entry.key = store(key)
                entry.keyPrefix = bytes.withUnsafeBufferPointer { PayloadTree.prefix(of: UnsafeBufferPointer(rebasing: $0[PayloadTree.range(of: entry.key)])) }
            }
            entry.isTrue = isTrue
            if let text { entry.text = store(text) }
            entries.append(entry)
            return index
        }

        /// Ends the entry at `index` after everything appended since it was opened.
        mutating func close(_ index: Int) {
            entries[index].end = UInt32(entries.count)
        }

        /// `value`'s entry and those of everything in it; a member also gets its name `key`.
        mutating func append(_ value: PayloadValue, at position: SourcePosition?, key: String?) {
            let index: Int
            switch value {
            case .null: index = open(.null, at: position, key: key)
            case .bool(let isTrue): index = open(.bool, isTrue: isTrue, at: position, key: key)
            case .number(let text): index = open(.number, text: text, at: position, key: key)
            case .string(let text): index = open(.string, text: text, at: position, key: key)
            case .text(let text): index = open(.text, text: text, at: position, key: key)
            case .array(let items):
                index = open(.array, at: position, key: key)
                for item in items { append(item.value, at: item.position, key: nil) }
            case .object(let members):
                index = open(.object, at: position, key: key)
                // Names are compared by their code units, as everywhere in a payload.
                var earlier: [[UInt8]: Int] = [:]
                for member in members {
                    let memberEntry = entries.count
                    append(member.node.value, at: member.node.position, key: member.key)
                    let name = Array(member.key.utf8)
                    if let first = earlier[name] {
                        entries[first].valueEntry = UInt32(memberEntry)
                        entries[memberEntry].repeatsEarlierMember = true
                    } else {
                        earlier[name] = memberEntry
                    }
                }
            }
            close(index)
        }

        /// The tree of everything appended.
        consuming func tree() -> PayloadTree {
            let bytes = self.bytes
            let entries = self.entries.takeEntries()
            return bytes.withUnsafeBufferPointer { PayloadTree(bytes: $0, entries: entries, unescapedTexts: [], firstLine: 0) }
        }

        /// Where `text`'s UTF-8, appended to the bytes, stands.
        private mutating func store(_ text: String) -> Text {
            let start = bytes.count
            bytes.append(contentsOf: text.utf8)
            precondition(bytes.count <= PayloadTree.maximumByteCount, "a built payload is larger than 4 GiB")
            return Text(start: UInt32(start), count: UInt32(bytes.count - start), isUnescaped: false)
        }
    }
}
