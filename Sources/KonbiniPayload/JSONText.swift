@_spi(ByteWords) import JapaneseText

/// JSON string literals for what leaves the package: the linter's reports, a form handler's
/// responses.
package enum JSONText {
    /// `text` in double quotes, escaped as RFC 8259 requires, and with every character
    /// ``OutputEscaping`` names (DEL, C1 controls, U+2028, U+2029, bidirectional formatting)
    /// written as `\uXXXX` too: a JSON reader gets the text back, a terminal or a log shows
    /// it escaped. Runs that need no escape are copied whole.
    package static func quoted(_ text: String) -> String {
        var result = JSONOutput(capacity: text.utf8.count + 2)
        appendQuoted(text, to: &result)
        return result.text
    }

    /// `text` quoted as ``quoted(_:)`` quotes it, appended to UTF-8 `output`: runs of the
    /// text cut before and after whole characters, and ASCII escapes, so the output stays
    /// well-formed UTF-8.
    package static func appendQuoted(_ text: String, to result: inout JSONOutput) {
        text.withContiguousUTF8 { appendQuoted(utf8: $0, to: &result) }
    }

    /// An object member's name, quoted, and its colon, appended to `result`.
    ///
    /// `escapedName` is the name as JSON writes it between the quotes, and is copied as it
    /// is: the generator writes the rules files' names through ``escaped(_:)``, and the
    /// formats' own names need no escape. Checking each name as it is written would cost more
    /// than the rest of writing a member.
    package static func appendName(_ escapedName: StaticString, to result: inout JSONOutput) {
        result.append(0x22)
        result.append(escapedName)
        result.append("\":")
    }

    /// `text` as ``quoted(_:)`` writes it, without the quotes: a member name as
    /// ``appendName(_:to:)`` takes it.
    package static func escaped(_ text: String) -> String {
        String(quoted(text).dropFirst().dropLast())
    }

    /// Whether `byte` leads a multi-byte character that is never escaped.
    @inline(__always)
    private static func isLeadOfUnescaped(_ byte: UInt8) -> Bool {
        byte >= 0xC3 && byte != 0xD8 && byte != 0xE2
    }

    /// Well-formed UTF-8 `bytes` quoted as ``quoted(_:)`` quotes a text, appended to `result`.
    package static func appendQuoted(utf8 bytes: UnsafeBufferPointer<UInt8>, to result: inout JSONOutput) {
        result.append(0x22)
        var runStart = 0
        var index = 0
        while index < bytes.count {
            // Printable ASCII other than the quote and the backslash, most of any text, is
            // copied; eight bytes are passed over at once where none is anything else.
            if index + 8 <= bytes.count {
                let word = ByteWords.load(bytes, at: index)
                let delete = ByteWords.matches(word, 0x7F)
                let plain = min(ByteWords.firstStringSpecial(word) ?? 8, delete == 0 ? 8 : delete.trailingZeroBitCount / 8)
                if plain > 0 {
                    index += plain
                    continue
                }
            }
            let byte = bytes[index]
            if byte >= 0x20, byte < 0x7F, byte != 0x22, byte != 0x5C {
                index += 1
                continue
            }
            // Japanese text is a run of multi-byte characters, none of which ``OutputEscaping``
            // names unless led by C2, D8 or E2: the run is passed over by its lead bytes.
            if isLeadOfUnescaped(byte) {
                repeat {
                    index += bytes[index] < 0xE0 ? 2 : bytes[index] < 0xF0 ? 3 : 4
                } while index < bytes.count && isLeadOfUnescaped(bytes[index])
                continue
            }
            let escape: String
            var length = 1
            switch byte {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            default:
                guard let (value, scalarLength) = OutputEscaping.escapedScalar(at: index, in: bytes) else {
                    // A character kept as it is, passed over whole: its lead byte gives its length.
                    index += byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                    continue
                }
                let hex = String(value, radix: 16)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                length = scalarLength
            }
            result.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            result.append(contentsOf: escape)
            index += length
            runStart = index
        }
        result.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        result.append(0x22)
    }
}
