/// A short text in English and Japanese that a message is filled with: a field's label, the
/// name of a type or a character set, a duration.
public struct BilingualText: Hashable, Sendable, Codable {
    /// The text in English.
    public var english: String
    /// The text in Japanese.
    public var japanese: String

    /// The text `english` in English and `japanese` in Japanese.
    public init(english: String, japanese: String) {
        self.english = english
        self.japanese = japanese
    }

    /// A text that is the same in both languages, such as a number or a list of codes.
    public init(_ text: String) {
        self.init(english: text, japanese: text)
    }

    /// The text in one language.
    public func text(in language: MessageLanguage) -> String {
        switch language {
        case .english: english
        case .japanese: japanese
        }
    }
}
