/// The characters that must never reach a terminal, a log or a CI annotation as they are:
/// a payload's member names and values, and the file names of a lint run, can hold them.
///
/// They are the control characters (C0, DEL, C1), which end lines and start terminal
/// escape sequences, U+2028 and U+2029, which some readers take as line ends, and the
/// bidirectional formatting characters (U+061C, U+200E, U+200F, U+202A–U+202E,
/// U+2066–U+2069), which make a line read differently from what it holds. Every output
/// format escapes them, so a finding is always one line.
public enum OutputEscaping {
    /// The character that must be escaped starting at `index` of well-formed UTF-8, with
    /// its length in bytes; `nil` for any other. Looked at for every byte written, so it
    /// decides from the lead byte in most cases.
    @inline(__always)
    static func escapedScalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int)? {
        let lead = bytes[index]
        switch lead {
        case 0x00..<0x20, 0x7F:
            return (UInt32(lead), 1)
        case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
            return (UInt32(bytes[index + 1]), 2)
        case 0xD8 where index + 1 < bytes.count && bytes[index + 1] == 0x9C:
            return (0x061C, 2)
        case 0xE2 where index + 2 < bytes.count:
            let second = bytes[index + 1], third = bytes[index + 2]
            let value = 0x2000 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
            switch value {
            case 0x200E...0x200F, 0x2028...0x202E, 0x2066...0x2069: return (value, 3)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// `text` with each of those characters written as a Swift escape (`\n`, `\r`, `\t`,
    /// else `\u{1B}`), for plain-text output; `text` itself when it has none.
    public static func escaped(_ text: String) -> String {
        text.withContiguousUTF8 { bytes -> String in
            var output: [UInt8] = []
            var copied = 0
            var index = 0
            while index < bytes.count {
                guard let (value, length) = escapedScalar(at: index, in: bytes) else {
                    index += 1
                    continue
                }
                if output.isEmpty { output.reserveCapacity(bytes.count + 16) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                output.append(contentsOf: swiftEscape(value).utf8)
                index += length
                copied = index
            }
            guard copied > 0 else { return text }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return output.withUnsafeBufferPointer(String.init(validatedUTF8:))
        }
    }

    private static func swiftEscape(_ value: UInt32) -> String {
        switch value {
        case 0x0A: "\\n"
        case 0x0D: "\\r"
        case 0x09: "\\t"
        default: "\\u{" + String(value, radix: 16, uppercase: true) + "}"
        }
    }
}
