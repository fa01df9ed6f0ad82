import JapaneseText
import KonbiniRules

/// The rules' text tests as regular expressions that mean the same in ECMAScript with the `u`
/// flag (what JSON Schema's `pattern` is, and what browsers run), in Python's `re` and in
/// ICU.
///
/// A JSON Schema pattern is not anchored, so each is written `^(?:…)(?![\s\S])`: the end is
/// "no character follows" rather than `$`, which Python and ICU also let match before a final
/// line break. Any character is `[\s\S]`, since `.` stops at line breaks, and a digit is
/// `[0-9]`, since Python's `\d` takes every script's digits. Characters outside printable
/// ASCII are written as themselves, except line breaks, spaces other than U+0020, controls
/// and format characters of the BMP, which are written `\uXXXX` so the pattern shows them.
enum ECMAScriptPattern {
    /// `body` matched against a whole text.
    static func whole(_ body: String) -> String {
        "^(?:\(body))(?![\\s\\S])"
    }

    /// A rules-language pattern, whole.
    static func pattern(_ pattern: TextPattern) -> String {
        whole(expression(pattern.syntax))
    }

    /// Texts made of the set's characters only, the empty text included.
    static func characterSet(_ set: JapaneseCharacterSet) -> String {
        "^" + characterClass(set.scalarRanges, negated: false) + "*(?![\\s\\S])"
    }

    /// One of `values`, exactly, or with ASCII letters in either case when `ignoringCase`
    /// (values of ASCII only: the runtime's `lowercased()` maps some other characters,
    /// such as the Kelvin sign, onto ASCII letters).
    static func oneOf(_ values: [String], ignoringCase: Bool) -> String {
        whole(values.map { value in
            value.unicodeScalars.map { scalar in
                let lower = UInt32(scalar.value | 0x20)
                guard ignoringCase, (0x61...0x7A).contains(lower) else { return literal(scalar) }
                return characterClass([lower - 0x20...lower - 0x20, lower...lower], negated: false)
            }.joined()
        }.joined(separator: "|"))
    }

    /// ASCII digits, `min` to `max` of them.
    static func digits(min: Int?, max: Int?) -> String {
        whole("[0-9]" + count(min: min ?? 0, max: max))
    }

    /// Texts that are not made of zeros only: empty, or holding another character.
    static let notAllZeros = "^$|[^0]"

    /// A phone number in `form` (``PhoneNumberForm``).
    static func phone(_ form: PhoneNumberForm) -> String {
        switch form {
        case .domestic:
            whole("0[0-9]{9,10}")
        case .domesticHyphens:
            // A hyphen may only stand between two digits.
            whole("0(?:-?[0-9]){9,10}")
        case .international:
            // Japan's code is followed by a domestic number without its 0: 9 or 10 digits.
            whole("\\+(?:8 ?1 ?[1-9](?: ?[0-9]){8,9}|(?!8 ?1)[1-9](?: ?[0-9]){7,14})")
        }
    }

    /// An e-mail address as the runtime's form check takes one: at most 254 characters; a
    /// local part of 1 to 64 printable ASCII characters other than `()<>[]:;,\"@`, not
    /// starting or ending with a dot; a domain of at least two dot-separated labels.
    static let emailAddress = whole(
        "(?=[\\s\\S]{0,254}(?![\\s\\S]))" + localCharacter + "(?:[" + localCharacters + ".]{0,62}" + localCharacter + ")?"
            + "@(?=[A-Za-z0-9.-]{1,253}(?![\\s\\S]))" + hostLabel + "(?:\\." + hostLabel + ")+"
    )

    /// An absolute `http` or `https` URL (the scheme in either case) of printable ASCII with
    /// a host name of labels, at most 253 characters, and an optional port up to 65535.
    static let webURL = whole(
        "[Hh][Tt][Tt][Pp][Ss]?://(?=[A-Za-z0-9.-]{1,253}(?:[:/?#]|(?![\\s\\S])))" + hostLabel + "(?:\\." + hostLabel + ")*"
            + "(?::(?:[0-9]{1,4}|[0-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?"
            + "(?:[/?#][!-~]*)?"
    )

    private static let localCharacters = "!#-'*+\\-/-9=?A-Z^-~"
    private static let localCharacter = "[" + localCharacters + "]"
    /// Letters, digits and hyphens, 1 to 63, neither first nor last a hyphen.
    private static let hostLabel = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"

    // MARK: Writing

    private static func expression(_ node: PatternNode) -> String {
        switch node {
        case .scalar(let scalar): literal(scalar)
        case .anyScalar: "[\\s\\S]"
        case .set(let ranges, let negated): characterClass(ranges, negated: negated)
        case .sequence(let items): items.map(expression).joined()
        case .alternation(let branches): "(?:" + branches.map(expression).joined(separator: "|") + ")"
        case .repetition(let inner, let min, let max): atom(inner) + count(min: min, max: max)
        }
    }

    /// `node` as one unit a quantifier can follow.
    private static func atom(_ node: PatternNode) -> String {
        switch node {
        case .scalar, .anyScalar, .set, .alternation: expression(node)
        case .sequence(let items) where items.count == 1: atom(items[0])
        case .sequence, .repetition: "(?:" + expression(node) + ")"
        }
    }

    private static func count(min: Int, max: Int?) -> String {
        switch (min, max) {
        case (0, 1?): "?"
        case (0, nil): "*"
        case (1, nil): "+"
        case (let min, nil): "{\(min),}"
        case (let min, let max?) where min == max: "{\(min)}"
        case (let min, let max?): "{\(min),\(max)}"
        }
    }

    private static func characterClass(_ ranges: [ClosedRange<UInt32>], negated: Bool) -> String {
        var text = negated ? "[^" : "["
        for range in ranges {
            text += classMember(range.lowerBound)
            if range.upperBound > range.lowerBound {
                // Two neighbours read better side by side than as a range.
                if range.upperBound > range.lowerBound + 1 { text += "-" }
                text += classMember(range.upperBound)
            }
        }
        return text + "]"
    }

    private static func literal(_ scalar: Unicode.Scalar) -> String {
        "^$\\.*+?()[]{}|/".unicodeScalars.contains(scalar) ? "\\" + String(scalar) : written(scalar)
    }

    private static func classMember(_ value: UInt32) -> String {
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        return "\\]-^[/".unicodeScalars.contains(scalar) ? "\\" + String(scalar) : written(scalar)
    }

    /// A character as itself when it shows, else as `\uXXXX`. A character beyond the BMP is
    /// always itself: ECMAScript writes it `\u{…}` and Python `\U…`, and neither reads the other.
    private static func written(_ scalar: Unicode.Scalar) -> String {
        if scalar.value >= 0x21 && scalar.value <= 0x7E || scalar == " " || scalar.value > 0xFFFF { return String(scalar) }
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .privateUse,
             .surrogate, .unassigned, .nonspacingMark, .enclosingMark, .spacingMark:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default:
            return String(scalar)
        }
    }
}
