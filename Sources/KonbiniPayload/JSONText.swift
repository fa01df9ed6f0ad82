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

    /// An object member's `name`, quoted, and its colon, appended to `result`.
    package static func appendName(_ name: StaticString, to result: inout JSONOutput) {
        name.withUTF8Buffer { utf8 in
            // Names are the rules files' field names and the formats' own, which need no
            // escape as a rule: those are copied whole, without quoting's byte by byte look.
            if needsNoEscape(utf8) {
                result.append(0x22)
                result.append(utf8)
                result.append("\":")
            } else {
                appendQuoted(utf8: utf8, to: &result)
                result.append(UInt8(ascii: ":"))
            }
        }
    }

    /// Whether `bytes` are all printable ASCII other than the quote and the backslash,
    /// looked at eight at a time (the last eight overlapping the word before).
    static func needsNoEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 8 else { return bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C } }
        var offset = 0
        while offset < bytes.count {
            let word = ByteWords.load(bytes, at: min(offset, bytes.count - 8))
            if ByteWords.firstStringSpecial(word) != nil || ByteWords.matches(word, 0x7F) != 0 { return false }
            offset += 8
        }
        return true
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
