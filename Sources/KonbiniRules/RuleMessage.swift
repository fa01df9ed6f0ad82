import JapaneseText

/// A message in English and Japanese, possibly with `{name}` placeholders.
public struct RuleMessage: Hashable, Sendable, Codable {
    /// The message in English.
    public var english: String
    /// The message in Japanese.
    public var japanese: String

    /// The message `english` in English and `japanese` in Japanese.
    public init(english: String, japanese: String) {
        self.english = english
        self.japanese = japanese
    }

    /// The message in one language.
    public func text(in language: MessageLanguage) -> String {
        switch language {
        case .english: english
        case .japanese: japanese
        }
    }

    /// The message with each `{name}` replaced by the text paired with `name`, in each
    /// language the text of that language.
    public func filled(with values: [(String, BilingualText)]) -> RuleMessage {
        func value(_ language: KeyPath<BilingualText, String>) -> (UnsafeBufferPointer<UInt8>) -> String? {
            { name in values.first { $0.0.hasUTF8(name) }?.1[keyPath: language] }
        }
        return RuleMessage(english: Self.fill(english, value(\.english)), japanese: Self.fill(japanese, value(\.japanese)))
    }

    /// The names of the `{name}` placeholders in both languages.
    public var placeholders: Set<String> {
        Self.placeholders(in: english).union(Self.placeholders(in: japanese))
    }

    /// One pass over the template's bytes: each `{name}` that `value` has a value for is
    /// replaced, anything else is copied as written. Every violation fills its message, in
    /// both languages, so the pass works on contiguous bytes throughout.
    private static func fill(_ template: String, _ value: (UnsafeBufferPointer<UInt8>) -> String?) -> String {
        let filled = template.withContiguousUTF8 { bytes -> [UInt8]? in
            guard var open = bytes.firstIndex(of: UInt8(ascii: "{")) else { return nil }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 32)
            var copied = 0
            while let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) {
                if let text = value(UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close])) {
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<open]))
                    text.withContiguousUTF8 { result.append(contentsOf: $0) }
                    copied = close + 1
                }
                guard let next = bytes[(open + 1)...].firstIndex(of: UInt8(ascii: "{")) else { break }
                open = next
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return result
        }
        // Runs of a string cut at ASCII braces, and whole strings: well-formed UTF-8.
        return filled.map { $0.withUnsafeBufferPointer(String.init(validatedUTF8:)) } ?? template
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
public enum MessageLanguage: String, Hashable, Sendable, CaseIterable {
    case english = "en"
    case japanese = "ja"
}
