/// A text after a ``TextNormalization``, with every change made to it.
public struct NormalizedText: Hashable, Sendable {
    /// The normalized text.
    public let text: String
    /// What changed, in order; empty when the text was already normal.
    public let changes: [TextChange]

    /// Whether the normalization changed anything.
    public var isChanged: Bool { !changes.isEmpty }
}

/// One run of characters that a normalization replaced, so that a form can tell the
/// customer what it did (`やまだ` became `ヤマダ`; `🍣` was dropped).
public struct TextChange: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Where the run starts in the original text, in characters (grapheme clusters).
    public let offset: Int
    /// The characters that were there.
    public let original: String
    /// What replaced them; empty when they were removed.
    public let replacement: String

    public init(offset: Int, original: String, replacement: String) {
        self.offset = offset
        self.original = original
        self.replacement = replacement
    }

    public var description: String { described { $0 } }

    /// The change described as ``description`` describes it, with the original and the
    /// replacement shown as `display` shows them (masked, for a sensitive field's change).
    public func described(showing display: (String) -> String) -> String {
        replacement.isEmpty
            ? "removed \"\(display(original))\" at \(offset)"
            : "\"\(display(original))\" → \"\(display(replacement))\" at \(offset)"
    }

    /// `text` with `changes` made to it, in order, as a form showing the changes to a
    /// customer would make them; `nil` when the changes do not fit the text (out of order,
    /// overlapping, past its end, or naming characters it does not have there).
    ///
    /// For every normalization, the changes it reports rebuild its output from its input.
    public static func apply(_ changes: [TextChange], to text: String) -> String? {
        let characters = Array(text)
        var output = ""
        var offset = 0
        for change in changes {
            let end = change.offset + change.original.count
            guard change.offset >= offset, end <= characters.count,
                  String(characters[change.offset..<end]) == change.original
            else { return nil }
            output += String(characters[offset..<change.offset]) + change.replacement
            offset = end
        }
        return output + String(characters[offset...])
    }
}

extension NormalizedText {
    /// Builds the result of replacing each character of `original` for which `replace`
    /// returns a different string, merging neighbouring changes into one run.
    init(mapping original: String, _ replace: (Character) -> String?) {
        self.init(mapping: original) { _, character, _ in replace(character) }
    }

    /// ``init(mapping:_:)-(String,(Character)->String?)`` for a replacement that depends on
    /// where the character is: `replace` is also given its offset and the last character
    /// written so far (already replaced), if any.
    init(mapping original: String, _ replace: (_ offset: Int, _ character: Character, _ previous: Character?) -> String?) {
        var text = ""
        var changes: [TextChange] = []
        var run: (offset: Int, end: Int, original: String, replacement: String)?
        for (offset, character) in original.enumerated() {
            guard let replacement = replace(offset, character, text.last), !replacement.hasSameScalars(as: String(character)) else {
                text.append(character)
                continue
            }
            text += replacement
            if let current = run, current.end == offset {
                run = (current.offset, offset + 1, current.original + String(character), current.replacement + replacement)
            } else {
                if let finished = run {
                    changes.append(TextChange(offset: finished.offset, original: finished.original, replacement: finished.replacement))
                }
                run = (offset, offset + 1, String(character), replacement)
            }
        }
        if let finished = run {
            changes.append(TextChange(offset: finished.offset, original: finished.original, replacement: finished.replacement))
        }
        self.init(text: text, changes: changes)
    }
}
