/// A message in English and Japanese, possibly with `{name}` placeholders.
public struct Message: Hashable, Sendable {
    public var english: String
    public var japanese: String

    public init(english: String, japanese: String) {
        self.english = english
        self.japanese = japanese
    }

    /// The message in one language.
    public func text(in language: Language) -> String {
        switch language {
        case .english: english
        case .japanese: japanese
        }
    }

    /// The message with each `{name}` replaced by `values[name]`; a placeholder without a
    /// value is left as written.
    public func filled(with values: KeyValuePairs<String, String>) -> Message {
        filled(with: values.map { ($0.key, $0.value) })
    }

    /// The message with each `{name}` replaced by the value paired with `name`.
    public func filled(with values: [(String, String)]) -> Message {
        Message(english: Self.fill(english, values), japanese: Self.fill(japanese, values))
    }

    /// The names of the `{name}` placeholders in both languages.
    public var placeholders: Set<String> {
        Self.placeholders(in: english).union(Self.placeholders(in: japanese))
    }

    /// One pass over the template's bytes: each `{name}` with a value is replaced, anything
    /// else is copied as written.
    private static func fill(_ template: String, _ values: [(String, String)]) -> String {
        var template = template
        let filled = template.withUTF8 { bytes -> [UInt8]? in
            guard var open = bytes.firstIndex(of: UInt8(ascii: "{")) else { return nil }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 32)
            var copied = 0
            while true {
                guard let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) else { break }
                let name = bytes[(open + 1)..<close]
                if let value = values.first(where: { $0.0.utf8.elementsEqual(name) })?.1 {
                    result.append(contentsOf: bytes[copied..<open])
                    result.append(contentsOf: value.utf8)
                    copied = close + 1
                }
                guard let next = bytes[(open + 1)...].firstIndex(of: UInt8(ascii: "{")) else { break }
                open = next
            }
            result.append(contentsOf: bytes[copied...])
            return result
        }
        return filled.map { String(decoding: $0, as: UTF8.self) } ?? template
    }

    private static func placeholders(in template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

/// The languages messages come in.
public enum Language: String, Hashable, Sendable, CaseIterable {
    case english = "en"
    case japanese = "ja"
}
