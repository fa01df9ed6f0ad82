import JapaneseText

/// The value tests the rules language names, shared by the generated validators and the
/// interpreter so that both judge a value alike.
public enum ValueChecks {
    /// Whether `text` is ASCII digits only, with a count in `min...max`.
    public static func isDigits(_ text: String, min: Int?, max: Int?) -> Bool {
        let count = text.utf8.count
        return text.utf8.allSatisfy { (0x30...0x39).contains($0) }
            && count >= (min ?? 0) && count <= (max ?? .max)
    }

    /// Whether `text` is not empty and made of `0` only.
    public static func isAllZeros(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 == 0x30 }
    }

    /// Whether the length in characters (grapheme clusters) lies in `min...max`.
    public static func hasLength(_ text: String, min: Int?, max: Int?) -> Bool {
        // Counting stops past the maximum, so a long value costs no more than the limit.
        var count = 0
        for _ in text {
            count += 1
            if let max, count > max { return false }
        }
        return count >= (min ?? 0)
    }

    /// Whether `value` lies in `min...max`.
    public static func isInRange(_ value: Int64, min: Int64?, max: Int64?) -> Bool {
        value >= (min ?? .min) && value <= (max ?? .max)
    }

    /// Whether a digit string passes the Luhn check that card numbers carry.
    public static func passesLuhn(_ text: String) -> Bool {
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
    public static func isEmailAddress(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count <= 254, let at = bytes.firstIndex(of: 0x40), bytes.lastIndex(of: 0x40) == at else { return false }
        let local = bytes[..<at]
        let domain = bytes[(at + 1)...]
        guard (1...64).contains(local.count), local.first != 0x2E, local.last != 0x2E,
              local.allSatisfy({ $0 > 0x20 && $0 < 0x7F && !"()<>[]:;,\\\"".utf8.contains($0) })
        else { return false }
        return isHostName(domain, requiresDot: true)
    }

    /// Whether `text` is an absolute `http` or `https` URL with a host name.
    public static func isWebURL(_ text: String) -> Bool {
        let lowered = text.lowercased()
        let scheme = lowered.hasPrefix("https://") ? 8 : lowered.hasPrefix("http://") ? 7 : 0
        guard scheme > 0, text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return false }
        let rest = Array(text.utf8.dropFirst(scheme))
        let hostEnd = rest.firstIndex { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 } ?? rest.endIndex
        var host = rest[..<hostEnd]
        if let colon = host.lastIndex(of: 0x3A) {
            let port = host[(colon + 1)...]
            guard !port.isEmpty, port.count <= 5, port.allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
            host = host[..<colon]
        }
        return isHostName(host, requiresDot: false)
    }

    private static func isHostName(_ bytes: ArraySlice<UInt8>, requiresDot: Bool) -> Bool {
        let labels = bytes.split(separator: 0x2E, omittingEmptySubsequences: false)
        guard !bytes.isEmpty, bytes.count <= 253, !requiresDot || labels.count >= 2 else { return false }
        return labels.allSatisfy { label in
            (1...63).contains(label.count) && label.first != 0x2D && label.last != 0x2D
                && label.allSatisfy { ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || (0x30...0x39).contains($0) || $0 == 0x2D }
        }
    }
}
