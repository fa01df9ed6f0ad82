import JapaneseText

/// An RFC 6901 JSON Pointer such as `/payment_method_options/konbini/expires_at`: where in
/// a payload a violation is. A form key `a[b][c]` has the pointer `/a/b/c`.
public struct JSONPointer: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The pointer as RFC 6901 writes it: `~` escaped as `~0`, `/` as `~1`.
    public let encoded: String

    /// The pointer to the whole payload.
    public static let root = JSONPointer(encoded: "")

    /// The pointer written `encoded`, in RFC 6901 form (`/payment_method_options/konbini`,
    /// with `~0` for `~` and `~1` for `/` in a token).
    public init(encoded: String) {
        self.encoded = encoded
    }

    /// The pointer a string literal writes in RFC 6901 form: `"/amount"`.
    public init(stringLiteral value: String) {
        self.init(encoded: value)
    }

    /// The pointer made of `tokens`, escaping each.
    public init(tokens: some Sequence<String>) {
        encoded = tokens.map { "/" + Self.escape($0) }.joined()
    }

    /// The reference tokens, unescaped.
    public var tokens: [String] {
        // Each token is what follows a `/`, up to the next. Found in the bytes: a `/` is one
        // byte, and the linter places every finding by its pointer's tokens.
        encoded.withContiguousUTF8 { bytes in
            var tokens: [String] = []
            var slash = bytes.firstIndex(of: 0x2F)
            while let start = slash {
                let end = bytes[(start + 1)...].firstIndex(of: 0x2F) ?? bytes.count
                let utf8 = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end])
                // Cut at ASCII bytes, the token is well-formed; few hold an escape to undo.
                let token = String(validatedUTF8: utf8)
                tokens.append(utf8.contains(0x7E) ? Self.unescape(token) : token)
                slash = end < bytes.count ? end : nil
            }
            return tokens
        }
    }

    /// This pointer with one more token.
    public func appending(_ token: String) -> JSONPointer {
        JSONPointer(encoded: encoded + "/" + Self.escape(token))
    }

    /// This pointer with an array index.
    public func appending(_ index: Int) -> JSONPointer {
        JSONPointer(encoded: encoded + "/" + String(index))
    }

    public var description: String { encoded }

    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        lhs.encoded < rhs.encoded
    }

    // Escaping works on scalars, not characters: a `/` or `1` followed by a combining mark
    // (`/ﾞ`) is one character with it, which a search for "/" or "~1" would not find.

    private static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == 0x7E || $0 == 0x2F }) else { return token }
        var escaped = String.UnicodeScalarView()
        for scalar in token.unicodeScalars {
            switch scalar {
            case "~": escaped.append(contentsOf: "~0".unicodeScalars)
            case "/": escaped.append(contentsOf: "~1".unicodeScalars)
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }

    private static func unescape(_ token: String) -> String {
        var unescaped = String.UnicodeScalarView()
        var scalars = token.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "~" else {
                unescaped.append(scalar)
                continue
            }
            switch scalars.next() {
            case "0": unescaped.append("~")
            case "1": unescaped.append("/")
            case let other?: unescaped.append(scalar); unescaped.append(other)
            case nil: unescaped.append(scalar)
            }
        }
        return String(unescaped)
    }
}
