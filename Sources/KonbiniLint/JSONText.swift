import JapaneseText

/// JSON string literals for the linter's output.
enum JSONText {
    /// `text` in double quotes, escaped as RFC 8259 requires (and U+2028 and U+2029, which
    /// JavaScript reads as line ends). Runs that need no escape are copied whole.
    static func quoted(_ text: String) -> String {
        var result: [UInt8] = []
        appendQuoted(text, to: &result)
        return result.withUnsafeBufferPointer(String.init(validatedUTF8:))
    }

    /// `text` quoted as ``quoted(_:)`` quotes it, appended to UTF-8 `output`: runs of the
    /// text cut at ASCII bytes, and ASCII escapes, so the output stays well-formed UTF-8.
    static func appendQuoted(_ text: String, to result: inout [UInt8]) {
        text.withContiguousUTF8 { bytes in
            result.reserveCapacity(result.count + bytes.count + 2)
            result.append(0x22)
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var length = 1
                let escape: String?
                switch byte {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x00..<0x20: escape = "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (0xA8...0xA9).contains(bytes[index + 2]):
                    // U+2028 is E2 80 A8 and U+2029 is E2 80 A9.
                    escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                default: escape = nil
                }
                guard let escape else {
                    index += 1
                    continue
                }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                result.append(contentsOf: escape.utf8)
                index += length
                runStart = index
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            result.append(0x22)
        }
    }
}
