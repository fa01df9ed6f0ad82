import KonbiniRules

extension MessageLanguage {
    /// The language of messages for a client that sent `acceptLanguage`, an HTTP
    /// `Accept-Language` header (RFC 9110, section 12.5.4): the language range with the
    /// highest weight that is Japanese (`ja`, `ja-JP`) or English (`en`, `en-US`), the
    /// earlier on a tie; `fallback` when the header is absent, names neither, or prefers
    /// `*`. A range of weight 0 is refused, as the RFC says; an unreadable weight counts as 0.
    ///
    /// ```swift
    /// MessageLanguage(acceptLanguage: "en-US,en;q=0.9,ja;q=0.8")  // .english
    /// MessageLanguage(acceptLanguage: "fr, ja;q=0.5")             // .japanese
    /// MessageLanguage(acceptLanguage: nil, fallback: .english)     // .english
    /// ```
    public init(acceptLanguage: String?, fallback: MessageLanguage = .japanese) {
        guard var header = acceptLanguage else {
            self = fallback
            return
        }
        self = header.withUTF8 { Self.preferred(in: $0, fallback: fallback) }
    }

    private static func preferred(in header: UnsafeBufferPointer<UInt8>, fallback: MessageLanguage) -> MessageLanguage {
        var best: (language: MessageLanguage, weight: Int)?
        HeaderBytes.forEachPart(of: header[...], separatedBy: UInt8(ascii: ",")) { range in
            let tagEnd = range.firstIndex(of: UInt8(ascii: ";")) ?? range.endIndex
            let tag = HeaderBytes.trimmed(range[..<tagEnd])
            let primary = tag.prefix { $0 != UInt8(ascii: "-") }
            let language: MessageLanguage? =
                HeaderBytes.equalsIgnoringCase(primary, "ja") ? .japanese
                : HeaderBytes.equalsIgnoringCase(primary, "en") ? .english
                : HeaderBytes.equalsIgnoringCase(tag, "*") ? fallback : nil
            guard let language else { return }
            var weight = 1000
            if tagEnd < range.endIndex {
                HeaderBytes.forEachPart(of: range[(tagEnd + 1)...], separatedBy: UInt8(ascii: ";")) { parameter in
                    guard let equals = parameter.firstIndex(of: UInt8(ascii: "=")),
                          HeaderBytes.equalsIgnoringCase(HeaderBytes.trimmed(parameter[..<equals]), "q") else { return }
                    weight = thousandths(HeaderBytes.trimmed(parameter[(equals + 1)...])) ?? 0
                }
            }
            guard weight > 0, weight > (best?.weight ?? 0) else { return }
            best = (language, weight)
        }
        return best?.language ?? fallback
    }

    /// A weight (`0`, `0.8`, `1.000`) in thousandths, or `nil` for anything else.
    private static func thousandths(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard let first = text.first, first == UInt8(ascii: "0") || first == UInt8(ascii: "1") else { return nil }
        var value = Int(first - UInt8(ascii: "0")) * 1000
        let rest = text.dropFirst()
        guard let dot = rest.first else { return value }
        guard dot == UInt8(ascii: "."), rest.count <= 4 else { return nil }
        var scale = 100
        for digit in rest.dropFirst() {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            value += Int(digit - UInt8(ascii: "0")) * scale
            scale /= 10
        }
        return value <= 1000 ? value : nil
    }
}
