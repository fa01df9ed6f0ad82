import KonbiniRules

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

    /// Which of the cases the value is.
    public var kind: PayloadKind {
        switch self {
        case .null: .null
        case .bool: .bool
        case .number: .number
        case .string: .string
        case .text: .text
        case .array: .array
        case .object: .object
        }
    }
}

/// The cases of ``PayloadValue`` without their contents: what a node holds, known without
/// building its value.
public enum PayloadKind: Hashable, Sendable {
    case null
    case bool
    case number
    case string
    case text
    case array
    case object
}

/// One member of a payload object.
public struct PayloadMember: Hashable, Sendable {
    /// The member's name.
    public var key: String
    /// The member's value.
    public var node: PayloadNode

    /// The member `key` with the value `node`.
    public init(key: String, node: PayloadNode) {
        self.key = key
        self.node = node
    }

    /// Whether the member is named `name`, comparing code units as RFC 8259 does: names
    /// that Unicode calls canonically equivalent but spells differently are different names
    /// to a provider's JSON parser, so they are here too.
    @inlinable
    public func hasKey(_ name: String) -> Bool {
        // Lengths first: most names a decoder looks for differ from a member's in length.
        key.utf8.count == name.utf8.count && key.utf8.elementsEqual(name.utf8)
    }
}
