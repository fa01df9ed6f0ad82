/// The outcome of checking a text against a ``JapaneseCharacterSet``.
public struct CharacterSetCheck: Hashable, Sendable {
    /// The set the text was checked against.
    public let set: JapaneseCharacterSet
    /// The text the violations refer to: the text as given, or its canonical composition
    /// (NFC) when ``wasComposed`` is true.
    public let checkedText: String
    /// Whether the text arrived decomposed (such as `カ` + U+3099) and was composed before
    /// the check. A provider receiving the text as given would see the combining marks, so a
    /// caller should send ``checkedText``.
    public let wasComposed: Bool
    /// Every character of ``checkedText`` outside the set, in order.
    public let violations: [CharacterSetViolation]

    /// Whether the text lies inside the set.
    public var isValid: Bool { violations.isEmpty }
}

extension JapaneseCharacterSet {
    /// Checks `text` and lists every character outside the set.
    ///
    /// Text that arrives decomposed is composed first (NFC), so `カ` + U+3099 passes
    /// ``jisX0208`` as `ガ` and the result says so. Text that is inside the set as given is
    /// never rewritten: `Å` U+212B ANGSTROM SIGN is a JIS X 0208 character even though NFC
    /// would turn it into U+00C5, which is not.
    ///
    /// ```swift
    /// let check = JapaneseCharacterSet.jisX0208.check("ｶﾞｽ代")
    /// check.violations.map(\.scalarOffset)  // [0, 1, 2]: half-width katakana is JIS X 0201
    /// ```
    public func check(_ text: String) -> CharacterSetCheck {
        let violations = violations(in: text)
        if violations.isEmpty {
            return CharacterSetCheck(set: self, checkedText: text, wasComposed: false, violations: [])
        }
        let composed = text.normalized(.nfc)
        if composed.hasSameScalars(as: text) {
            return CharacterSetCheck(set: self, checkedText: text, wasComposed: false, violations: violations)
        }
        return CharacterSetCheck(
            set: self, checkedText: composed, wasComposed: true, violations: self.violations(in: composed))
    }

    /// Whether `text`, composed if it arrived decomposed, lies inside the set.
    public func contains(_ text: String) -> Bool {
        firstViolation(in: text) == nil || check(text).isValid
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
