import KonbiniRules

extension PayloadTree {
    /// The tree of a value built rather than read (a form body, a payload a program or a
    /// test makes), laid out as ``JSONReader`` lays out a document: the texts in one buffer,
    /// an entry for each value in the order the values start, a later member of a name
    /// replacing an earlier one's value.
    ///
    /// A node without a position gets column 0, which ``position(of:)`` reads as none;
    /// lines and columns beyond 32 bits are clamped.
    static func building(_ value: PayloadValue, at position: SourcePosition?) -> PayloadTree {
        var builder = Builder()
        builder.append(value, at: position, key: nil)
        let bytes = builder.bytes
        let entries = builder.entries.takeEntries()
        return bytes.withUnsafeBufferPointer { PayloadTree(bytes: $0, entries: entries, unescapedTexts: [], firstLine: 0) }
    }

    private struct Builder: ~Copyable {
        var bytes: [UInt8] = []
        var entries = TreeEntryBuffer(capacity: 8)

        /// Appends `value`'s entry and those of everything in it; a member also gets its
        /// name `key`.
        mutating func append(_ value: PayloadValue, at position: SourcePosition?, key: (text: Text, prefix: UInt64)?) {
            let index = entries.count
            var entry = Entry(kind: value.kind, lineOffset: 0, column: 0, index: index)
            if let position {
                entry.lineOffset = UInt32(clamping: position.line)
                entry.column = UInt32(clamping: max(position.column, 1))
            }
            if let key {
                entry.key = key.text
                entry.keyPrefix = key.prefix
            }
            switch value {
            case .null: break
            case .bool(let isTrue): entry.isTrue = isTrue
            case .number(let text), .string(let text), .text(let text): entry.text = store(text)
            case .array, .object: break
            }
            entries.append(entry)

            switch value {
            case .array(let items):
                for item in items { append(item.value, at: item.position, key: nil) }
            case .object(let members):
                // Names are compared by their code units, as everywhere in a payload.
                var earlier: [[UInt8]: Int] = [:]
                for member in members {
                    let name = store(member.key)
                    let prefix = bytes.withUnsafeBufferPointer { PayloadTree.prefix(of: UnsafeBufferPointer(rebasing: $0[PayloadTree.range(of: name)])) }
                    let memberEntry = entries.count
                    append(member.node.value, at: member.node.position, key: (name, prefix))
                    let utf8 = Array(member.key.utf8)
                    if let first = earlier[utf8] {
                        entries[first].valueEntry = UInt32(memberEntry)
                        entries[memberEntry].repeatsEarlierMember = true
                    } else {
                        earlier[utf8] = memberEntry
                    }
                }
            default:
                break
            }
            entries[index].end = UInt32(entries.count)
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
