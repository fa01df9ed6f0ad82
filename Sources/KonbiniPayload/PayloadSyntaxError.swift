import KonbiniRules

/// Why a payload could not be read, and where reading stopped.
public struct PayloadSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The line and column (1-based; columns count characters) where reading stopped.
    public let position: SourcePosition
    /// The same place as a byte offset from the start of the input.
    public let byteOffset: Int
    /// What is wrong, in English.
    public let message: String
    /// Whether reading stopped at the reader's nesting limit rather than at a mistake.
    public let isNestingTooDeep: Bool

    /// The error `message` at `position`, `byteOffset` bytes into the input; `isNestingTooDeep`
    /// when the input nests deeper than the reader reads.
    public init(_ message: String, at position: SourcePosition, byteOffset: Int, isNestingTooDeep: Bool = false) {
        self.message = message
        self.position = position
        self.byteOffset = byteOffset
        self.isNestingTooDeep = isNestingTooDeep
    }

    public var description: String { "\(position.line):\(position.column): \(message)" }
}

/// A member name that an object holds twice. The provider and this package might read
/// different values, so it is reported; the payload tree keeps the last value.
public struct DuplicateKey: Hashable, Sendable {
    /// The repeated member.
    public let path: JSONPointer
    /// Where the repeated name stands.
    public let position: SourcePosition
}

/// A payload read from JSON or a form body, with what the reader noticed besides its
/// syntax.
public struct PayloadDocument: Hashable, Sendable {
    /// The document's top-level value.
    public let root: PayloadNode
    /// Each key an object has more than once, with where, in document order.
    public let duplicateKeys: [DuplicateKey]

    /// A violation of ``PayloadRules/duplicateKey`` for each key given more than once.
    public var duplicateKeyViolations: [Violation] {
        duplicateKeys.map { PayloadRules.duplicateKey.violation(at: $0.path, field: PayloadDecoder.fieldName($0.path)) }
    }
}
