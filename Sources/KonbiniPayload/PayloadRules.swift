import KonbiniRules

/// The rules a payload breaks before any rules file judges it: it is not well-formed, it
/// nests deeper than the reader reads, or it gives a member twice.
///
/// Like the providers' rules they have ids and messages in both languages, so that a form
/// handler and the linter report them as they report every other rule. (A payload that is
/// no object breaks each request type's own `request.type` rule.)
public enum PayloadRules {
    /// A JSON text that RFC 8259 does not allow.
    public static let jsonSyntax = KonbiniRule(
        id: "payload.json.syntax", severity: .error,
        message: RuleMessage(english: "The JSON is not well-formed at line {line}, column {column}: {reason}.",
                             japanese: "JSONの{line}行{column}文字目の書式が正しくありません。"),
        source: "https://www.rfc-editor.org/rfc/rfc8259")

    /// A form body that is not `application/x-www-form-urlencoded` as the URL Standard writes
    /// it (a broken `%` escape, text that is not UTF-8, a name with unbalanced brackets).
    public static let formSyntax = KonbiniRule(
        id: "payload.form.syntax", severity: .error,
        message: RuleMessage(english: "The form body is not well-formed at line {line}, column {column}: {reason}.",
                             japanese: "フォームデータの{line}行{column}文字目の書式が正しくありません。"),
        source: "https://url.spec.whatwg.org/#application/x-www-form-urlencoded")

    /// JSON nested deeper than the reader reads: no request nests so deep, and reading on
    /// would let a payload exhaust the stack.
    public static let jsonDepth = KonbiniRule(
        id: "payload.json.depth", severity: .error,
        message: RuleMessage(english: "The JSON nests too deeply at line {line}, column {column}: {reason}.",
                             japanese: "JSONの入れ子が深すぎます（{line}行{column}文字目）。"),
        source: "https://www.rfc-editor.org/rfc/rfc8259#section-9")

    /// A member given twice in one object: the provider might read the other value than
    /// this package did (`{"amount":1200,"amount":99999999}`).
    public static let duplicateKey = KonbiniRule(
        id: "payload.duplicate_key", severity: .error,
        message: RuleMessage(english: "{field} is given more than once; the provider may read another value than this check did.",
                             japanese: "{field}が複数回指定されています。"),
        source: "https://www.rfc-editor.org/rfc/rfc8259#section-4")
}

extension PayloadSyntaxError {
    /// The error as a violation of ``PayloadRules/jsonSyntax``, ``PayloadRules/jsonDepth``
    /// or, for a form body (`isForm`), ``PayloadRules/formSyntax``, at the whole payload.
    public func violation(isForm: Bool) -> Violation {
        let rule = isForm ? PayloadRules.formSyntax : isNestingTooDeep ? PayloadRules.jsonDepth : PayloadRules.jsonSyntax
        let message = rule.message.filled(with: [
            ("line", BilingualText(String(position.line))), ("column", BilingualText(String(position.column))),
            ("reason", BilingualText(message)),
        ])
        return Violation(rule: rule, path: .root, message: message)
    }
}
