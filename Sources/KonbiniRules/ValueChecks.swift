@_spi(ByteWords) import JapaneseText

/// The value tests the rules language names, shared by the generated validators and the
/// interpreter so that both judge a value alike.
package enum ValueChecks {
    /// Whether `text` is ASCII digits only, with a count in `min...max`.
    package static func isDigits(_ text: String, min: Int?, max: Int?) -> Bool {
        let count = text.utf8.count
        return count >= (min ?? 0) && count <= (max ?? .max) && text.withContiguousUTF8 { $0.allSatisfy { (0x30...0x39).contains($0) } }
    }

    /// Whether `text` is not empty and made of `0` only.
    package static func isAllZeros(_ text: String) -> Bool {
        text.withContiguousUTF8 { !$0.isEmpty && $0.allSatisfy { $0 == 0x30 } }
    }

    /// Whether the length in characters (grapheme clusters) lies in `min...max`.
    package static func hasLength(_ text: String, min: Int?, max: Int?) -> Bool {
        // A text has at most as many characters as scalars, and counting scalars is cheap;
        // characters are counted only when the scalar count cannot decide.
        let scalars = text.withContiguousUTF8 { $0.count - ByteWords.continuationByteCount(in: $0) }
        if let min, scalars < min { return false }
        let fitsMax = max.map { scalars <= $0 } ?? true
        let meetsMin = min.map { $0 <= 1 ? scalars >= $0 : false } ?? true
        if fitsMax && meetsMin { return true }
        var count = 0
        for _ in text {
            count += 1
            if let max, count > max { return false }
        }
        return count >= (min ?? 0)
    }

    /// Whether `value` lies in `min...max`.
    package static func isInRange(_ value: Int, min: Int?, max: Int?) -> Bool {
        value >= (min ?? .min) && value <= (max ?? .max)
    }

    /// Whether a digit string passes the Luhn check that card numbers carry.
    package static func passesLuhn(_ text: String) -> Bool {
        var sum = 0
        var count = 0
        for (position, byte) in text.utf8.reversed().enumerated() {
            guard (0x30...0x39).contains(byte) else { return false }
            var digit = Int(byte - 0x30)
            if position % 2 == 1 {
                digit *= 2
                if digit > 9 { digit -= 9 }
            }
            sum += digit
            count += 1
        }
        return count > 0 && sum % 10 == 0
    }

    /// Whether `text` is an e-mail address as providers accept them: one `@`, a local part
    /// of at most 64 printable ASCII characters without spaces, and a domain of dot-separated
    /// letters, digits and hyphens with at least two labels; at most 254 characters.
    package static func isEmailAddress(_ text: String) -> Bool {
        text.withContiguousUTF8(isEmailAddress(_:))
    }

    private static func isEmailAddress(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= 254, let at = bytes.firstIndex(of: 0x40) else { return false }
        let local = bytes[..<at]
        let domain = bytes[bytes.index(after: at)...]
        guard (1...64).contains(local.count), local.first != 0x2E, local.last != 0x2E,
              local.allSatisfy({ $0 > 0x20 && $0 < 0x7F && !Self.isSpecialInAddress($0) })
        else { return false }
        return isHostName(domain, requiresDot: true)
    }

    /// Whether `text` is an absolute `http` or `https` URL with a host name.
    package static func isWebURL(_ text: String) -> Bool {
        let bytes = text.utf8
        let schemeLength = hasPrefix(bytes, "https://") ? 8 : hasPrefix(bytes, "http://") ? 7 : 0
        guard schemeLength > 0, bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return false }
        let rest = bytes.dropFirst(schemeLength)
        var host = rest[..<(rest.firstIndex { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 } ?? rest.endIndex)]
        if let colon = host.lastIndex(of: 0x3A) {
            let port = host[host.index(after: colon)...]
            guard (1...5).contains(port.count), port.allSatisfy({ (0x30...0x39).contains($0) }),
                  port.reduce(0, { $0 * 10 + Int($1 - 0x30) }) <= 65_535
            else { return false }
            host = host[..<colon]
        }
        return isHostName(host, requiresDot: false)
    }

    /// Dot-separated labels of letters, digits and inner hyphens, 1–63 bytes each, at most
    /// 253 bytes in all; read in one pass without allocating.
    private static func isHostName(_ bytes: some Collection<UInt8>, requiresDot: Bool) -> Bool {
        guard !bytes.isEmpty, bytes.count <= 253 else { return false }
        var labels = 1
        var labelLength = 0
        var previous: UInt8 = 0x2E
        for byte in bytes {
            if byte == 0x2E {
                guard labelLength > 0, previous != 0x2D else { return false }
                labels += 1
                labelLength = 0
            } else {
                let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                let isDigit = (0x30...0x39).contains(byte)
                guard isLetter || isDigit || byte == 0x2D, !(byte == 0x2D && labelLength == 0) else { return false }
                labelLength += 1
                guard labelLength <= 63 else { return false }
            }
            previous = byte
        }
        return labelLength > 0 && previous != 0x2D && (!requiresDot || labels >= 2)
    }

    private static func isSpecialInAddress(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x28, 0x29, 0x3C, 0x3E, 0x5B, 0x5D, 0x3A, 0x3B, 0x2C, 0x5C, 0x22, 0x40: true
        default: false
        }
    }

    private static func hasPrefix(_ bytes: String.UTF8View, _ prefix: StaticString) -> Bool {
        guard bytes.count >= prefix.utf8CodeUnitCount else { return false }
        return zip(bytes, UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
            .allSatisfy { ($0 | 0x20) == $1 || $0 == $1 }
    }
}
