/// How a value that may be personal data is shown in a report, a log or a change list.
///
/// Every place that shows a payload's value goes through ``displayed(_:isSensitive:)`` (or
/// asks ``isMasked(_:isSensitive:)`` first, to write a value shown as it is without a copy), so
/// that one rule decides what is revealed:
/// - A sensitive field (one a rules file marks `sensitive`), or any value that looks like a
///   card number, shows its last four characters, the rest as `•`, and only when it has at
///   least ``minimumRevealingLength`` characters.
/// - A shorter such value (a card security code, a PIN) shows a `•` for each character and
///   nothing else: "the last four" of a three-digit code would be all of it.
/// - Any other value is shown as it is.
///
/// ```swift
/// ValueMasking.displayed("4111111111111112", isSensitive: false)  // "••••••••••••1112"
/// ValueMasking.displayed("12a", isSensitive: true)                // "•••"
/// ValueMasking.displayed("ヤマダ", isSensitive: false)              // "ヤマダ"
/// ```
public enum ValueMasking {
    /// The fewest characters a masked value must have for its last four to be shown.
    public static let minimumRevealingLength = 12

    /// `text` as a report may show it: masked when `isSensitive` or when it looks like a
    /// card number (``looksLikeCardNumber(_:)``), else unchanged.
    public static func displayed(_ text: String, isSensitive: Bool) -> String {
        isMasked(text, isSensitive: isSensitive) ? masked(text) : text
    }

    /// Whether a report shows `text` masked: when `isSensitive` or when it looks like a
    /// card number.
    public static func isMasked(_ text: String, isSensitive: Bool) -> Bool {
        isSensitive || looksLikeCardNumber(text)
    }

    /// `text` with every character but the last four replaced by `•`, or every character
    /// when it has fewer than ``minimumRevealingLength``.
    public static func masked(_ text: String) -> String {
        let count = text.count
        let revealed = count >= minimumRevealingLength ? 4 : 0
        return String(repeating: "•", count: count - revealed) + text.suffix(revealed)
    }

    /// Whether `text` could be a payment card number: 12 to 19 ASCII digits, with any spaces
    /// and hyphens between them. The check digit is not looked at: a mistyped card number
    /// is as personal as a valid one.
    public static func looksLikeCardNumber(_ text: String) -> Bool {
        // Most texts are too short to hold twelve digits, which their byte count tells at once.
        guard text.utf8.count >= 12 else { return false }
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: " "), UInt8(ascii: "-"): continue
            default: return false
            }
        }
        return (12...19).contains(digits)
    }
}
