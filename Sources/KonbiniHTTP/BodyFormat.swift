/// The kinds of request body a form handler reads, told apart by the `Content-Type` header.
public enum BodyFormat: String, Hashable, Sendable {
    /// `application/json` (or a `+json` type), UTF-8.
    case json
    /// `application/x-www-form-urlencoded`, UTF-8, as a browser posts a form.
    case form

    /// The format a `Content-Type` header names, or `nil` for any other media type, or for
    /// a charset other than UTF-8.
    ///
    /// Media types and parameter names are compared without case (RFC 9110, section 8.3.1);
    /// a charset parameter may be quoted.
    public init?(contentType: String) {
        let parts = contentType.split(separator: ";", omittingEmptySubsequences: false)
        let mediaType = parts[0].trimmingASCIIWhitespace.lowercased()
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingASCIIWhitespace.lowercased() == "charset" else { continue }
            var charset = pair[1].trimmingASCIIWhitespace
            if charset.count >= 2, charset.hasPrefix("\""), charset.hasSuffix("\"") { charset = charset.dropFirst().dropLast() }
            guard charset.lowercased() == "utf-8" else { return nil }
        }
        switch mediaType {
        case "application/json": self = .json
        case "application/x-www-form-urlencoded": self = .form
        case let type where type.hasPrefix("application/") && type.hasSuffix("+json"): self = .json
        default: return nil
        }
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs, as HTTP header values are read.
    var trimmingASCIIWhitespace: Substring {
        let isWhitespace = { (character: Character) in character == " " || character == "\t" }
        guard let first = firstIndex(where: { !isWhitespace($0) }), let last = lastIndex(where: { !isWhitespace($0) }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}
