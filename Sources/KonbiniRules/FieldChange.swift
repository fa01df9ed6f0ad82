import JapaneseText

/// What a normalization changed in one field of a request, and which rule asked for it.
public struct FieldChange: Hashable, Sendable, CustomStringConvertible {
    /// The field.
    public let path: JSONPointer
    /// The rule whose violation the change fixes.
    public let ruleID: String
    /// The normalization that made the changes.
    public let normalization: TextNormalization.Kind
    /// The changes, with offsets in characters of the value before this normalization.
    public let changes: [TextChange]
    /// Whether the rules file marks the field `sensitive`: ``description`` then masks the
    /// text that changed, as ``ValueMasking`` masks any value a report shows.
    public let isSensitive: Bool

    /// The changes `changes` that `normalization` made to the value at `path` to fix a
    /// violation of the rule `ruleID`; `isSensitive` marks a field whose values reports mask.
    public init(path: JSONPointer, ruleID: String, normalization: TextNormalization.Kind, changes: [TextChange], isSensitive: Bool = false) {
        self.path = path
        self.ruleID = ruleID
        self.normalization = normalization
        self.changes = changes
        self.isSensitive = isSensitive
    }

    /// The changes for a log or a report, the text masked where ``ValueMasking`` says so.
    public var description: String {
        let changes = changes.map { $0.described { ValueMasking.displayed($0, isSensitive: isSensitive) } }
        return "\(path): " + changes.joined(separator: "; ") + " (\(normalization.rawValue)) [\(ruleID)]"
    }
}

extension Array where Element == FieldChange {
    /// `value` normalized, recording what changed at `path` for `rule`; `isSensitive` marks
    /// the change of a field the rules file marks `sensitive`.
    @_spi(Generated) public mutating func apply(
        _ normalization: TextNormalization, to value: String, at path: JSONPointer, for rule: KonbiniRule,
        isSensitive: Bool = false
    ) -> String {
        let result = normalization.apply(to: value)
        if result.isChanged {
            append(FieldChange(path: path, ruleID: rule.id, normalization: normalization.kind, changes: result.changes,
                               isSensitive: isSensitive))
        }
        return result.text
    }
}
