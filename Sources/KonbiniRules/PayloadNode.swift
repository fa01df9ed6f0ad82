/// An untyped payload as a reader found it: JSON, an NDJSON record or a form body, with
/// where each value stands in its file.
public struct PayloadNode: Hashable, Sendable {
    public var value: PayloadValue
    /// Where the value starts in its file, when it came from one.
    public var position: SourcePosition?

    public init(_ value: PayloadValue, at position: SourcePosition? = nil) {
        self.value = value
        self.position = position
    }

    /// The member `key` of an object, or `nil` for a missing member or a node that is not an
    /// object.
    public subscript(key: String) -> PayloadNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.hasKey(key) }?.node
    }

    /// The node one unescaped JSON Pointer token leads to: an object's member or an array's
    /// item; `nil` when it leads nowhere.
    public func child(_ token: String) -> PayloadNode? {
        switch value {
        case .object:
            return self[token]
        case .array(let items):
            guard let index = Int(token), items.indices.contains(index) else { return nil }
            return items[index]
        default:
            return nil
        }
    }

    /// The node a JSON Pointer leads to, or `nil` when it leads nowhere.
    public func resolve(_ pointer: JSONPointer) -> PayloadNode? {
        var node = self
        for token in pointer.tokens {
            guard let next = node.child(token) else { return nil }
            node = next
        }
        return node
    }
}

/// The value of a ``PayloadNode``.
public indirect enum PayloadValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// A JSON number as written, so that nothing is rounded before a field's type decides
    /// what the number may be.
    case number(String)
    /// A JSON string.
    case string(String)
    /// A form value: text without a type, which a field's type reads (`"1000"` as an
    /// integer, `"true"` as a boolean).
    case text(String)
    case array([PayloadNode])
    /// The members in the order they were written.
    case object([PayloadMember])
}

/// One member of a payload object.
public struct PayloadMember: Hashable, Sendable {
    public var key: String
    public var node: PayloadNode

    public init(key: String, node: PayloadNode) {
        self.key = key
        self.node = node
    }

    /// Whether the member is named `name`. Lengths are compared first: most names a
    /// decoder looks for differ from a member's in length, and that is cheaper to see
    /// than to compare the strings.
    @inlinable
    public func hasKey(_ name: String) -> Bool {
        key.utf8.count == name.utf8.count && key == name
    }
}

/// A 1-based line and column in a payload file; columns count characters.
public struct SourcePosition: Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
