import KonbiniRules

/// JSON of an `Encodable` value with the texts a response must not show masked: the values at
/// the request type's sensitive pointers, and any text that looks like a card number, as
/// ``KonbiniRules/ValueMasking`` shows them.
///
/// An encoder of its own rather than Foundation's `JSONEncoder` followed by a masking pass:
/// the masking needs each value's JSON Pointer, which an encoder knows, and a form handler
/// answers every accepted request with one.
enum MaskedJSON {
    /// `value` as JSON, members in the order its `encode(to:)` writes them.
    static func encode(_ value: some Encodable, sensitive: Set<JSONPointer>) throws -> [UInt8] {
        let root = Root()
        try encode(value, into: .root(root), path: nil)
        var output: [UInt8] = []
        output.reserveCapacity(512)
        write(root.node, at: sensitive.isEmpty ? nil : .root, sensitive: sensitive, to: &output)
        return output
    }

    /// Appends `text` as a JSON string literal: quotes, backslashes and control characters
    /// escaped (RFC 8259, section 7), runs between them copied whole.
    static func appendString(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            output.append(UInt8(ascii: "\""))
            var runStart = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): output += [UInt8(ascii: "\\"), byte]
                default: output += [UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
                }
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            output.append(UInt8(ascii: "\""))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `node`, which stands at `path`; no path is kept when nothing is sensitive.
    private static func write(_ node: Node, at path: JSONPointer?, sensitive: Set<JSONPointer>, to output: inout [UInt8]) {
        let isSensitive = path.map(sensitive.contains) ?? false
        switch node {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let text) where isSensitive: appendString(ValueMasking.masked(text), to: &output)
        case .number(let text): output.append(contentsOf: text.utf8)
        case .string(let text): appendString(ValueMasking.displayed(text, isSensitive: isSensitive), to: &output)
        case .array(let box):
            output.append(UInt8(ascii: "["))
            for (index, item) in box.items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                write(item, at: path?.appending(index), sensitive: sensitive, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let box):
            output.append(UInt8(ascii: "{"))
            for (index, member) in box.members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                appendString(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                write(member.value, at: path?.appending(member.key), sensitive: sensitive, to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    // MARK: The encoder

    /// An encoded value; arrays and objects are boxes, which their containers fill.
    enum Node {
        case null, bool(Bool), number(String), string(String), array(ArrayBox), object(ObjectBox)
    }

    final class Root {
        var node: Node = .null
    }

    final class ArrayBox {
        var items: [Node] = []
    }

    final class ObjectBox {
        var members: [(key: String, value: Node)] = []
    }

    /// Where a value's encoding goes: a scalar is stored there at once; a value that
    /// encodes itself gets an encoder that stores its container there.
    enum Destination {
        case root(Root)
        case member(ObjectBox, key: String)
        case item(ArrayBox)

        func store(_ node: Node) {
            switch self {
            case .root(let root): root.node = node
            case .member(let box, let key): box.members.append((key, node))
            case .item(let box): box.items.append(node)
            }
        }
    }

    /// The coding keys to a value, kept as a list from the value up, so that a scalar's
    /// encoding builds no array of keys; ``Encoder/codingPath`` builds it when asked.
    final class CodingPath {
        let key: any CodingKey
        let parent: CodingPath?

        init(_ key: any CodingKey, parent: CodingPath?) {
            self.key = key
            self.parent = parent
        }

        static func keys(_ path: CodingPath?) -> [any CodingKey] {
            var keys: [any CodingKey] = []
            var node = path
            while let current = node {
                keys.append(current.key)
                node = current.parent
            }
            return keys.reversed()
        }
    }

    /// `value` encoded into `destination`, at `path`.
    static func encode(_ value: some Encodable, into destination: Destination, path: CodingPath?) throws {
        switch value {
        case let value as String: destination.store(.string(value))
        case let value as Bool: destination.store(.bool(value))
        case let value as Int: destination.store(.number(String(value)))
        case let value as Int64: destination.store(.number(String(value)))
        default: try value.encode(to: TreeEncoder(destination: destination, path: path))
        }
    }

    final class TreeEncoder: Encoder {
        let destination: Destination
        let path: CodingPath?
        /// The container made so far: a value's `encode(to:)` may ask for it more than once.
        private var node: Node?
        var codingPath: [any CodingKey] { CodingPath.keys(path) }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        init(destination: Destination, path: CodingPath?) {
            self.destination = destination
            self.path = path
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if case .object(let box)? = node { return KeyedEncodingContainer(Keyed(box: box, path: path)) }
            let box = ObjectBox()
            node = .object(box)
            destination.store(.object(box))
            return KeyedEncodingContainer(Keyed(box: box, path: path))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if case .array(let box)? = node { return Unkeyed(box: box, path: path) }
            let box = ArrayBox()
            node = .array(box)
            destination.store(.array(box))
            return Unkeyed(box: box, path: path)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            Single(destination: destination, path: path)
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: ObjectBox
        let path: CodingPath?
        var codingPath: [any CodingKey] { CodingPath.keys(path) }

        mutating func encodeNil(forKey key: Key) throws { box.members.append((key.stringValue, .null)) }

        mutating func encode(_ value: some Encodable, forKey key: Key) throws {
            try MaskedJSON.encode(value, into: .member(box, key: key.stringValue), path: CodingPath(key, parent: path))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            encoder(for: key).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            encoder(for: key).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            TreeEncoder(destination: .member(box, key: "super"), path: path)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            encoder(for: key)
        }

        private func encoder(for key: Key) -> TreeEncoder {
            TreeEncoder(destination: .member(box, key: key.stringValue), path: CodingPath(key, parent: path))
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let box: ArrayBox
        let path: CodingPath?
        var codingPath: [any CodingKey] { CodingPath.keys(path) }
        var count: Int { box.items.count }

        mutating func encodeNil() throws { box.items.append(.null) }

        mutating func encode(_ value: some Encodable) throws {
            try MaskedJSON.encode(value, into: .item(box), path: path)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            TreeEncoder(destination: .item(box), path: path).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            TreeEncoder(destination: .item(box), path: path).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            TreeEncoder(destination: .item(box), path: path)
        }
    }

    struct Single: SingleValueEncodingContainer {
        let destination: Destination
        let path: CodingPath?
        var codingPath: [any CodingKey] { CodingPath.keys(path) }

        mutating func encodeNil() throws { destination.store(.null) }

        mutating func encode(_ value: some Encodable) throws {
            try MaskedJSON.encode(value, into: destination, path: path)
        }
    }
}
