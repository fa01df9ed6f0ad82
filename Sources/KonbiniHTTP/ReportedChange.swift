import JapaneseText
import KonbiniPayload
import KonbiniRules

/// One normalization of one field, as a form shows it to the customer: `やまだ` → `ヤマダ`
/// by `hiragana_to_katakana`. Texts of sensitive fields, and texts that look like card
/// numbers, are masked (`ValueMasking`).
public struct ReportedChange: Hashable, Sendable, Codable {
    /// The field, as an RFC 6901 JSON Pointer.
    public var pointer: String
    /// The field's text before the normalization.
    public var before: String
    /// The field's text after it.
    public var after: String
    /// The normalization, as the rules language names it.
    public var normalization: String

    /// The changes `changes` made to the fields of `payload`, each with the field's whole
    /// text before and after it.
    @usableFromInline
    static func report(_ changes: [FieldChange], in payload: PayloadNode) -> [Self] {
        var current: [JSONPointer: String] = [:]
        return changes.map { change in
            let before = current[change.path] ?? payload.resolve(change.path)?.text ?? ""
            let after = TextChange.apply(change.changes, to: before) ?? before
            current[change.path] = after
            return Self(pointer: change.path.encoded,
                        before: ValueMasking.displayed(before, isSensitive: change.isSensitive),
                        after: ValueMasking.displayed(after, isSensitive: change.isSensitive),
                        normalization: change.normalization.rawValue)
        }
    }
}
