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
    /// a charset parameter may be quoted. The header is read byte by byte: a handler reads
    /// one for every request.
    public init?(contentType: String) {
        // What JSON clients send, told at once.
        if contentType == "application/json" {
            self = .json
            return
        }
        var header = contentType
        guard let format = header.withUTF8(Self.format(of:)) else { return nil }
        self = format
    }

    private static func format(of header: UnsafeBufferPointer<UInt8>) -> BodyFormat? {
        let typeEnd = header.firstIndex(of: UInt8(ascii: ";")) ?? header.endIndex
        let mediaType = HeaderBytes.trimmed(header[..<typeEnd])
        var isUTF8 = true
        if typeEnd < header.endIndex {
            HeaderBytes.forEachPart(of: header[(typeEnd + 1)...], separatedBy: UInt8(ascii: ";")) { parameter in
                guard let equals = parameter.firstIndex(of: UInt8(ascii: "=")),
                      HeaderBytes.equalsIgnoringCase(HeaderBytes.trimmed(parameter[..<equals]), "charset") else { return }
                var charset = HeaderBytes.trimmed(parameter[(equals + 1)...])
                if charset.count >= 2, charset.first == UInt8(ascii: "\""), charset.last == UInt8(ascii: "\"") {
                    charset = charset.dropFirst().dropLast()
                }
                if !HeaderBytes.equalsIgnoringCase(charset, "utf-8") { isUTF8 = false }
            }
        }
        guard isUTF8 else { return nil }
        if HeaderBytes.equalsIgnoringCase(mediaType, "application/json") { return .json }
        if HeaderBytes.equalsIgnoringCase(mediaType, "application/x-www-form-urlencoded") { return .form }
        let prefix = "application/".utf8.count, suffix = "+json".utf8.count
        if mediaType.count > prefix + suffix,
           HeaderBytes.equalsIgnoringCase(mediaType.prefix(prefix), "application/"), HeaderBytes.equalsIgnoringCase(mediaType.suffix(suffix), "+json") {
            return .json
        }
        return nil
    }
}
