/// JSON string literals for the linter's output.
enum JSONText {
    /// `text` in double quotes, escaped as RFC 8259 requires (and U+2028 and U+2029, which
    /// JavaScript reads as line ends). Runs that need no escape are copied whole.
    static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index < utf8.endIndex {
            let byte = utf8[index]
            let escape: String?
            switch byte {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x00..<0x20: escape = "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
            case 0xE2:
                // U+2028 is E2 80 A8 and U+2029 is E2 80 A9; other E2 sequences pass.
                let sequence = utf8[index...].prefix(3)
                escape = sequence.elementsEqual([0xE2, 0x80, 0xA8]) ? "\\u2028"
                    : sequence.elementsEqual([0xE2, 0x80, 0xA9]) ? "\\u2029" : nil
            default: escape = nil
            }
            guard let escape else {
                utf8.formIndex(after: &index)
                continue
            }
            result += text[runStart..<index]
            result += escape
            index = utf8.index(index, offsetBy: byte == 0xE2 ? 3 : 1)
            runStart = index
        }
        result += text[runStart..<index]
        result += "\""
        return result
    }
}
