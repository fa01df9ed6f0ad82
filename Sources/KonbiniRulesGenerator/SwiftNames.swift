import KonbiniRules

/// Swift names for the rules file's snake_case and kebab-case names.
enum SwiftNames {
    /// `payment_method_options` → `paymentMethodOptions`; a Swift keyword gets backticks.
    static func property(_ name: String) -> String {
        let camel = lowerCamel(name)
        return keywords.contains(camel) ? "`\(camel)`" : camel
    }

    /// `payment_method_options` → `PaymentMethodOptions`. Names Swift gives a meaning to as
    /// member types (`Type`, `Protocol`, `Self`) get a `Value` suffix.
    static func type(_ name: String) -> String {
        let camel = words(name).map(capitalized).joined()
        let safe = camel.first?.isNumber == true ? "_" + camel : camel
        return ["Type", "Protocol", "Self", "Rules"].contains(safe) ? safe + "Value" : safe
    }

    /// An enum case for a raw value: `family-mart` → `familyMart`, `JPY` → `jpy`.
    static func enumCase(_ value: String) -> String {
        // An all-capitals value such as `JPY` reads as a word, not an acronym to keep.
        let camel = lowerCamel(value == value.uppercased() ? value.lowercased() : value)
        let safe = camel.first?.isNumber == true ? "_" + camel : camel
        return keywords.contains(safe) ? "`\(safe)`" : safe
    }

    /// A Swift string literal for `text`.
    static func literal(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            case "\r": escaped += "\\r"
            default:
                if scalar.value < 0x20 || scalar.properties.generalCategory == .format {
                    escaped += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return "\"\(escaped)\""
    }

    /// A Swift string literal for a JSON Pointer, which generated code passes where a
    /// `JSONPointer` is expected.
    static func literal(_ pointer: JSONPointer) -> String {
        literal(pointer.encoded)
    }

    /// An integer literal with `_` every three digits, as Swift style writes large numbers.
    static func integer(_ value: Int) -> String {
        String(value.magnitude).count > 4 ? DigitGrouping.grouped(value, separator: "_") : String(value)
    }

    /// The words of a snake_case, kebab-case or camelCase name: `processingAccountId` and
    /// `processing_account_id` both give processing, Account / account, Id / id; `say "hi"` gives
    /// say, hi.
    private static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        for character in name {
            // Anything but a letter or a digit separates words: no other character may stand
            // in an identifier.
            if !character.isLetter && !character.isNumber {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                if character.isUppercase, previous?.isLowercase == true || previous?.isNumber == true, !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                current.append(character)
            }
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Initialisms that Swift's API guidelines write in one case: `orderID`, `returnURL`,
    /// and `id`, `url` at the start of a name.
    static let initialisms: Set<String> = ["id", "url", "uri", "api", "http", "https", "json", "html", "sku", "ip"]

    private static func lowerCamel(_ name: String) -> String {
        let parts = words(name)
        guard let first = parts.first else { return "_" }
        let head = initialisms.contains(first.lowercased()) ? first.lowercased() : lowercasedFirst(first)
        return ([head] + parts.dropFirst().map(capitalized)).joined()
    }

    private static func capitalized(_ word: String) -> String {
        initialisms.contains(word.lowercased()) ? word.uppercased() : word.prefix(1).uppercased() + word.dropFirst()
    }

    private static func lowercasedFirst(_ word: String) -> String {
        word.prefix(1).lowercased() + word.dropFirst()
    }

    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "protocol", "public", "rethrows", "static", "struct",
        "subscript", "typealias", "var", "break", "case", "continue", "default", "defer", "do", "else",
        "fallthrough", "for", "guard", "if", "in", "repeat", "return", "switch", "where", "while", "as", "Any",
        "catch", "false", "is", "nil", "super", "self", "Self", "throw", "throws", "true", "try",
    ]
}
