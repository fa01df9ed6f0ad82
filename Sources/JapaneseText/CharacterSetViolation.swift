/// A character of a text that is not in a ``JapaneseCharacterSet``, and where it is.
public struct CharacterSetViolation: Hashable, Sendable, CustomStringConvertible {
    /// Why the character is outside the set.
    public enum Reason: String, Hashable, Sendable {
        /// A well-formed, assigned character that the set does not contain.
        case notInSet = "not-in-set"
        /// A C0 or C1 control character or DEL.
        case control
        /// A character that changes the display order of text, such as U+202E
        /// RIGHT-TO-LEFT OVERRIDE, which could make a printed slip read differently.
        case bidirectionalFormatting = "bidirectional-formatting"
        /// A private-use code point, which no two systems print alike.
        case privateUse = "private-use"
        /// A code point that Unicode has not assigned.
        case unassigned
        /// A UTF-16 surrogate encoded on its own (for example `ED A0 80` in UTF-8).
        case surrogate
        /// Bytes that are not UTF-8 at all.
        case malformedUTF8 = "malformed-utf8"
    }

    /// The character, or `nil` for a ``Reason/surrogate`` or ``Reason/malformedUTF8`` sequence.
    public let scalar: Unicode.Scalar?
    /// Where the character starts, in bytes of the UTF-8 text.
    public let utf8Offset: Int
    /// Where the character starts, counted in Unicode scalars (a malformed sequence counts
    /// as one, as the U+FFFD that would replace it).
    public let scalarOffset: Int
    /// How many UTF-8 bytes the character or the malformed sequence spans.
    public let utf8Length: Int
    /// Why the character is outside the set.
    public let reason: Reason

    public init(scalar: Unicode.Scalar?, utf8Offset: Int, scalarOffset: Int, utf8Length: Int, reason: Reason) {
        self.scalar = scalar
        self.utf8Offset = utf8Offset
        self.scalarOffset = scalarOffset
        self.utf8Length = utf8Length
        self.reason = reason
    }

    /// The character as `U+XXXX`, or the reason for a sequence that is no character.
    public var codePointDescription: String {
        scalar?.codePointDescription ?? reason.rawValue
    }

    public var description: String {
        "\(codePointDescription) at offset \(scalarOffset) (\(reason.rawValue))"
    }
}

extension CharacterSetViolation.Reason {
    /// Why a well-formed `scalar` that a set does not contain is outside it.
    init(classifying scalar: Unicode.Scalar) {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .control: self = .control
        case .privateUse: self = .privateUse
        case .unassigned: self = .unassigned
        case .format where properties.isBidiControl: self = .bidirectionalFormatting
        default: self = .notInSet
        }
    }
}

extension Unicode.Scalar {
    /// The scalar as `U+XXXX`, with at least four hexadecimal digits.
    package var codePointDescription: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
