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

    private static func fill(_ template: String, _ values: [(String, String)]) -> String {
        guard template.contains("{") else { return template }
        var result = template
        for (name, value) in values {
            result = result.replacing("{\(name)}", with: value)
        }
        return result
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
