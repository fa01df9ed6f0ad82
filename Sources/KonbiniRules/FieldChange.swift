import JapaneseText

/// What a normalization changed in one field of a request, and which rule asked for it.
public struct FieldChange: Hashable, Sendable, CustomStringConvertible {
    /// The field.
    public let path: JSONPointer
    /// The rule whose violation the change fixes.
    public let ruleID: String
    /// The changes, with offsets in characters of the value before this normalization.
    public let changes: [TextChange]

    public init(path: JSONPointer, ruleID: String, changes: [TextChange]) {
        self.path = path
        self.ruleID = ruleID
        self.changes = changes
    }

    public var description: String {
        "\(path): " + changes.map(\.description).joined(separator: "; ") + " [\(ruleID)]"
    }
}

extension Array where Element == FieldChange {
    /// `value` normalized, recording what changed at `path` for `rule`.
    public mutating func apply(
        _ normalization: TextNormalization, to value: String, at path: JSONPointer, for rule: Rule
    ) -> String {
        let result = normalization.apply(to: value)
        if result.isChanged {
            append(FieldChange(path: path, ruleID: rule.id, changes: result.changes))
        }
        return result.text
    }
}
