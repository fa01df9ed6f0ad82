import JapaneseText
import KonbiniPayload

/// One line of `konbini-lint text`: whether a string lies in a character set (and within a
/// length), and which characters, at which offsets, do not.
public struct TextCheckReport: Sendable {
    public let input: String
    public let check: CharacterSetCheck
    /// The length in characters, when a maximum was given and exceeded.
    public let excessLength: Int?

    public init(_ input: String, set: JapaneseCharacterSet, maximumLength: Int?) {
        self.input = input
        check = set.check(input)
        let length = input.count
        excessLength = maximumLength.flatMap { length > $0 ? length : nil }
    }

    public var isValid: Bool { check.isValid && excessLength == nil }

    /// `valid`, or what is wrong: each character as `U+XXXX` with its offset and reason,
    /// and, when the text would pass composed, its composition (quoted and escaped).
    public var text: String {
        if isValid { return "valid" }
        var parts = check.violations.map { "\($0.codePointDescription) at \($0.scalarOffset) (\($0.reason.rawValue))" }
        if let excessLength { parts.append("\(excessLength) characters") }
        let composed = check.composedText.map { "; composed (NFC) it would pass: \(JSONText.quoted($0))" } ?? ""
        return "invalid: " + parts.joined(separator: ", ") + composed
    }

    /// `{"input", "valid", "set", "composed", "violations": [{"offset", "utf8_offset",
    /// "code_point", "reason"}], "length"}` on one line; `composed` is the composition that
    /// would pass, or `null`.
    public var json: String {
        let violations = check.violations.map { violation in
            "{\"offset\":\(violation.scalarOffset),\"utf8_offset\":\(violation.utf8Offset),"
                + "\"code_point\":\(JSONText.quoted(violation.codePointDescription)),\"reason\":\(JSONText.quoted(violation.reason.rawValue))}"
        }
        return "{\"input\":\(JSONText.quoted(input)),\"valid\":\(isValid),\"set\":\(JSONText.quoted(check.set.name)),"
            + "\"composed\":\(check.composedText.map(JSONText.quoted) ?? "null"),\"violations\":[" + violations.joined(separator: ",") + "],"
            + "\"length\":\(input.count)}"
    }
}
