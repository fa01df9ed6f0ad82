import JapaneseText

extension Rule {
    /// A violation of this rule, a `charset` check of `set`, by `text` at `path`.
    ///
    /// A check judges text exactly as it would be sent. When `text` lies in `set` once
    /// composed (NFC), as `カ` + U+3099 or U+F900 do in JIS X 0208, the message says so and
    /// names what composition changes, by code point (the text itself may be personal
    /// data): `U+30AB U+3099 → U+30AC`. The rule's `nfc` fix makes that change.
    public func violation(
        of set: JapaneseCharacterSet, by text: String, at path: JSONPointer, _ values: KeyValuePairs<String, String>
    ) -> Violation {
        Self.noting(composition: set.check(text), of: text, in: violation(at: path, values))
    }

    /// A violation of a `charset` check as ``violation(of:by:at:_:)`` makes it, its message
    /// filled with placeholder values built at run time.
    public func violation(
        of set: JapaneseCharacterSet, by text: String, at path: JSONPointer, values: [(String, String)]
    ) -> Violation {
        Self.noting(composition: set.check(text), of: text, in: violation(at: path, values: values))
    }

    /// The most changes a composition note lists; longer texts end the list with `…`.
    static let listedCompositions = 3

    private static func noting(composition check: CharacterSetCheck, of text: String, in violation: Violation) -> Violation {
        guard check.composedText != nil else { return violation }
        let changes = TextNormalization.nfc.apply(to: text).changes
        var listed = changes.prefix(listedCompositions).map { change in
            codePoints(change.original) + " → " + codePoints(change.replacement)
        }
        if changes.count > listedCompositions { listed.append("…") }
        let list = listed.joined(separator: ", ")
        let message = Message(
            english: violation.message.english + " Composed (NFC) it would pass: \(list).",
            japanese: violation.message.japanese + "NFCで合成すれば使用できます（\(list)）。")
        return Violation(rule: violation.rule, path: violation.path, message: message)
    }

    private static func codePoints(_ text: String) -> String {
        text.unicodeScalars.map(\.codePointDescription).joined(separator: " ")
    }
}
