import KonbiniRules

/// How an offending value is shown with `--show-values`.
enum ValueDisplay {
    /// The value of a scalar node; a sensitive field, or anything that looks like a card
    /// number (13–19 digits with a valid Luhn check digit, spaces and hyphens allowed), shows
    /// only its last four characters.
    static func text(of node: PayloadNode, sensitive: Bool) -> String? {
        let text: String
        switch node.scalarValue {
        case .string(let value)?, .text(let value)?, .number(let value)?: text = value
        case .bool(let value)?: text = String(value)
        case .null?: text = "null"
        case .array?, .object?, nil: return nil
        }
        return sensitive || looksLikeCardNumber(text) ? masked(text) : text
    }

    static func masked(_ text: String) -> String {
        let count = text.count
        return String(repeating: "•", count: max(0, count - 4)) + text.suffix(4)
    }

    static func looksLikeCardNumber(_ text: String) -> Bool {
        let digits = String(text.unicodeScalars.filter { $0 != " " && $0 != "-" }.map(Character.init))
        return (13...19).contains(digits.count) && ValueChecks.passesLuhn(digits)
    }
}
