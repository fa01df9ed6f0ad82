import Foundation
import JapaneseText
import KonbiniPayload
import KonbiniRules

/// A request body that was accepted: the request normalized and ready for the provider,
/// what normalizing changed, and the warnings it still has.
public struct KonbiniSubmission<Request: PayloadDecodable>: Sendable {
    /// One normalization of one field, as a form shows it to the customer: `やまだ` →
    /// `ヤマダ` by `hiragana_to_katakana`. Texts of sensitive fields, and texts that look like
    /// card numbers, are masked (`ValueMasking`).
    public struct Change: Hashable, Sendable, Codable {
        /// The field, as an RFC 6901 JSON Pointer.
        public var pointer: String
        /// The field's text before the normalization.
        public var before: String
        /// The field's text after it.
        public var after: String
        /// The normalization, as the rules language names it.
        public var normalization: String
    }

    /// The request with every fixable violation fixed: send this to the provider.
    public let request: Request
    /// Every change normalizing made, in order.
    public let changes: [FieldChange]
    /// The changes with the field's whole text before and after each, masked where
    /// personal data would show.
    public let changeReport: [Change]
    /// The warnings the normalized request still has (a name that slips will cut, say).
    public let warnings: [Violation]

    /// The response body of an accepted request, as JSON:
    /// `{"request": …, "changes": [{"pointer", "before", "after", "normalization"}], "warnings": […]}`.
    ///
    /// The request is in the provider's member names, with every field the rules file marks
    /// `sensitive`, and every text that looks like a card number, masked; warnings carry
    /// their customer messages in `language`.
    public func responseBody(in language: MessageLanguage) throws -> Data {
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(request))
        let body: [String: Any] = [
            "request": Self.masking(encoded, at: .root, sensitive: Request.sensitiveFields),
            "changes": changeReport.map { ["pointer": $0.pointer, "before": $0.before, "after": $0.after, "normalization": $0.normalization] },
            "warnings": warnings.map { violation in
                let entry = ProblemDetails.Entry(violation, in: language)
                return ["pointer": entry.pointer, "rule": entry.rule, "severity": entry.severity, "message": entry.message]
            },
        ]
        return try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys, .withoutEscapingSlashes])
    }

    /// `value` with the texts at `sensitive` pointers and the texts that look like card
    /// numbers masked, as ``ValueMasking`` shows them.
    private static func masking(_ value: Any, at path: JSONPointer, sensitive: Set<JSONPointer>) -> Any {
        switch value {
        case let text as String:
            return ValueMasking.displayed(text, isSensitive: sensitive.contains(path))
        case let object as [String: Any]:
            return object.reduce(into: [String: Any]()) { $0[$1.key] = masking($1.value, at: path.appending($1.key), sensitive: sensitive) }
        case let array as [Any]:
            return array.enumerated().map { masking($1, at: path.appending($0), sensitive: sensitive) }
        case let number as NSNumber where sensitive.contains(path):
            return ValueMasking.masked(number.stringValue)
        default:
            return value
        }
    }
}

extension KonbiniSubmission.Change {
    /// The changes `changes` made to the fields of `payload`, each with the field's whole
    /// text before and after it.
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
