/// The outcome of checking a text against a ``JapaneseCharacterSet``.
public struct CharacterSetCheck: Hashable, Sendable {
    /// The set the text was checked against.
    public let set: JapaneseCharacterSet
    /// Every character of the text, as given, outside the set, in order.
    public let violations: [CharacterSetViolation]
    /// The text's canonical composition (NFC), when the text is outside the set as given
    /// but its composition lies inside: what to send instead (the `nfc` fix makes it).
    /// `nil` when the text is valid, or when composing would not make it so.
    public let composedText: String?

    /// Whether the text, exactly as given, lies inside the set.
    public var isValid: Bool { violations.isEmpty }
}

extension JapaneseCharacterSet {
    /// Checks `text` exactly as it would be sent, and lists every character outside the set.
    ///
    /// A provider converts the characters it receives, not their composition: `カ` followed
    /// by U+3099 COMBINING VOICED SOUND MARK, or the compatibility ideograph U+F900, cannot
    /// be encoded in JIS X 0208 whatever NFC would make of them. Such text is invalid; when
    /// its composition would pass, ``CharacterSetCheck/composedText`` holds it. Composing is
    /// a fix (``TextNormalization/nfc``), applied where a rule lists it, never silently.
    ///
    /// ```swift
    /// let check = JapaneseCharacterSet.jisX0208.check("ｶﾞｽ代")
    /// check.violations.map(\.scalarOffset)  // [0, 1, 2]: half-width katakana is JIS X 0201
    /// JapaneseCharacterSet.jisX0208.check("カ\u{3099}ス").composedText  // "ガス"
    /// ```
    public func check(_ text: String) -> CharacterSetCheck {
        let violations = violations(in: text)
        guard !violations.isEmpty else {
            return CharacterSetCheck(set: self, violations: [], composedText: nil)
        }
        let composed = text.normalized(.nfc)
        let passesComposed = !composed.hasSameScalars(as: text) && firstViolation(in: composed) == nil
        return CharacterSetCheck(set: self, violations: violations, composedText: passesComposed ? composed : nil)
    }

    /// Whether every character of `text`, exactly as given, lies inside the set.
    public func contains(_ text: String) -> Bool {
        firstViolation(in: text) == nil
    }

    /// Every character of `text`, taken as given, that is outside the set.
    public func violations(in text: String) -> [CharacterSetViolation] {
        text.withContiguousUTF8 { violations(inUTF8: $0) }
    }

    /// Every character or ill-formed sequence of the UTF-8 bytes that is outside the set.
    ///
    /// Unlike a `String`, raw bytes can hold encoded surrogates and malformed sequences;
    /// each is reported with its offset instead of being repaired into U+FFFD.
    public func violations(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [CharacterSetViolation] {
        let scanner = self.scanner
        var found: [CharacterSetViolation] = []
        var position = UTF8Scanner.Position()
        while let (violation, next) = scanner.nextViolation(in: bytes, from: position) {
            found.append(violation)
            position = next
        }
        return found
    }

    /// The first character of the UTF-8 bytes outside the set, or `nil` when all are inside.
    /// This is the fastest check: it stops at the first violation and allocates nothing.
    public func firstViolation(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> CharacterSetViolation? {
        scanner.nextViolation(in: bytes, from: UTF8Scanner.Position())?.violation
    }

    /// The first character of `text`, taken as given, that is outside the set.
    public func firstViolation(in text: String) -> CharacterSetViolation? {
        text.withContiguousUTF8 { firstViolation(inUTF8: $0) }
    }
}
