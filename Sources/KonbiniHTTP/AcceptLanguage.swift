import KonbiniRules

extension MessageLanguage {
    /// The language of messages for a client that sent `acceptLanguage`, an HTTP
    /// `Accept-Language` header (RFC 9110, section 12.5.4): the language range with the
    /// highest weight that is Japanese (`ja`, `ja-JP`) or English (`en`, `en-US`), the
    /// earlier on a tie; `fallback` when the header is absent, names neither, or prefers
    /// `*`. A range of weight 0 is refused, as the RFC says.
    ///
    /// ```swift
    /// MessageLanguage(acceptLanguage: "en-US,en;q=0.9,ja;q=0.8")  // .english
    /// MessageLanguage(acceptLanguage: "fr, ja;q=0.5")             // .japanese
    /// MessageLanguage(acceptLanguage: nil, fallback: .english)     // .english
    /// ```
    public init(acceptLanguage: String?, fallback: MessageLanguage = .japanese) {
        var best: (language: MessageLanguage, weight: Double)?
        for range in (acceptLanguage ?? "").split(separator: ",") {
            let parts = range.split(separator: ";")
            let tag = parts.first.map { $0.trimmingASCIIWhitespace.lowercased() } ?? ""
            var weight = 1.0
            for parameter in parts.dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1)
                if pair.count == 2, pair[0].trimmingASCIIWhitespace.lowercased() == "q" {
                    weight = Double(pair[1].trimmingASCIIWhitespace).map { min(max($0, 0), 1) } ?? 0
                }
            }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            let language: MessageLanguage? = switch primary {
            case "ja": .japanese
            case "en": .english
            case "*": fallback
            default: nil
            }
            guard let language, weight > 0, weight > (best?.weight ?? 0) else { continue }
            best = (language, weight)
        }
        self = best?.language ?? fallback
    }
}
