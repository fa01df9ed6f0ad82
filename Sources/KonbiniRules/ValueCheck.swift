import JapaneseText

/// One check of a field's value as a rules file states it: what it tests, the rule it
/// reports, and its message with the field's name and the test's values filled in.
///
/// What each check means is written here, once. Generated request types keep their checks
/// in `static let` constants and apply them; `RulesInterpreter` builds the same values from
/// a loaded rules file and applies them the same way:
///
/// ```swift
/// static let amountRange = ValueCheck(.range(min: 120, max: 300_000), field: "amount", rule: Rules.amountRange)
/// // …
/// Checks.amountRange.check(amount, at: "/amount", into: &violations)
/// ```
///
/// A test applies to values of one kind (a range to a whole number, a charset to text, a
/// `contains` to an array, a `later_than` to a moment); given a value of another kind it
/// passes. The rules language rejects a check on a field of a kind it does not apply to.
public struct ValueCheck: Hashable, Sendable {
    /// What a check tests, with its parameters.
    public enum Test: Hashable, Sendable {
        /// An inclusive range of a whole number.
        case range(min: Int?, max: Int?)
        /// An inclusive range of a text's length in characters (grapheme clusters).
        case length(min: Int?, max: Int?)
        /// An inclusive range of a text's length in bytes in `encoding`, as
        /// `TextEncoding.byteCount(of:)` counts them.
        case byteLength(min: Int?, max: Int?, encoding: TextEncoding)
        /// ASCII digits only, with a count in an inclusive range.
        case digits(min: Int?, max: Int?)
        /// Not made of zeros only.
        case notAllZeros
        /// One of a fixed list of strings.
        case oneOf([String])
        /// A full match of a pattern (see ``TextPattern``), which runs in linear time.
        case pattern(TextPattern)
        /// Every character, exactly as sent, inside a set of the text module.
        case charset(JapaneseCharacterSet)
        /// A phone number in one of the forms providers ask for.
        case phone(PhoneNumberForm)
        /// A card number whose Luhn check digit is right.
        case luhn
        /// A moment more than `seconds` after now.
        case laterThan(seconds: Int)
        /// A moment less than `seconds` after now.
        case soonerThan(seconds: Int)
        /// An array that holds the value.
        case contains(String)

        /// Whether the test judges a moment against now (`later_than`, `sooner_than`).
        public var isTimed: Bool {
            switch self {
            case .laterThan, .soonerThan: true
            default: false
            }
        }

        /// The values the test's message placeholders are filled with: `min` and `max`,
        /// `values`, `pattern`, `set`, `duration` or `value`.
        public var messageValues: [(String, BilingualText)] {
            switch self {
            case .range(let min, let max): MessageValues.bounds(min, max)
            case .length(let min, let max), .digits(let min, let max): MessageValues.bounds(min, max)
            case .byteLength(let min, let max, let encoding): MessageValues.bounds(min, max) + [("encoding", BilingualText(encoding.displayName))]
            case .notAllZeros, .luhn, .phone: []
            case .oneOf(let values): [("values", BilingualText(values.joined(separator: ", ")))]
            case .pattern(let pattern): [("pattern", BilingualText(pattern.source))]
            case .charset(let set): [("set", MessageValues.name(of: set))]
            case .laterThan(let seconds), .soonerThan(let seconds): [("duration", MessageValues.duration(seconds))]
            case .contains(let item): [("value", BilingualText(item))]
            }
        }
    }

    /// What the check tests.
    public var test: Test { values.test }
    /// The rule a value that fails the test breaks.
    public var rule: KonbiniRule { values.rule }
    /// The rule's message with `{field}` and the test's values filled in, once for every
    /// violation of the check.
    public var message: RuleMessage { values.message }
    /// The same naming the field by its label, for customers (``Violation/customerMessage``).
    public var customerMessage: RuleMessage { values.customerMessage }

    private let values: CheckValues<Test>

    /// The check `test` of the field `field`, reporting `rule`.
    public init(_ test: Test, field: String, rule: KonbiniRule) {
        let (message, customerMessage) = rule.messages(field: field, values: test.messageValues)
        values = CheckValues(test: test, rule: rule, message: message, customerMessage: customerMessage)
    }

    // MARK: Judging

    /// Whether a whole number passes: the range test judges it; any other test passes it.
    public func passes(_ value: Int) -> Bool {
        guard case .range(let min, let max) = test else { return true }
        return ValueChecks.isInRange(value, min: min, max: max)
    }

    /// Whether a text passes: the length, digits, zeros, list, pattern, charset, phone and
    /// Luhn tests judge it; any other test passes it.
    public func passes(_ text: String) -> Bool {
        switch test {
        case .length(let min, let max): ValueChecks.hasLength(text, min: min, max: max)
        case .byteLength(let min, let max, let encoding): ValueChecks.isInRange(encoding.byteCount(of: text), min: min, max: max)
        case .digits(let min, let max): ValueChecks.isDigits(text, min: min, max: max)
        case .notAllZeros: !ValueChecks.isAllZeros(text)
        case .oneOf(let values): values.contains(text)
        case .pattern(let pattern): pattern.matches(text)
        case .charset(let set): set.contains(text)
        case .phone(let form): form.accepts(text)
        case .luhn: ValueChecks.passesLuhn(text)
        case .range, .laterThan, .soonerThan, .contains: true
        }
    }

    /// Whether an array of texts passes: the `contains` test judges it; any other passes it.
    public func passes(_ items: [String]) -> Bool {
        guard case .contains(let item) = test else { return true }
        return items.contains(item)
    }

    /// Whether a moment passes, measured from `now`: the timed tests judge it; any other
    /// test passes it.
    public func passes(_ moment: Timestamp, now: Timestamp) -> Bool {
        switch test {
        case .laterThan(let seconds): moment > now.adding(seconds: seconds)
        case .soonerThan(let seconds): moment < now.adding(seconds: seconds)
        default: true
        }
    }

    // MARK: Reporting

    /// Appends the check's violation at `path` when `value` fails.
    public func check(_ value: Int, at path: @autoclosure () -> JSONPointer, into violations: inout [Violation]) {
        if !passes(value) { violations.append(violation(at: path())) }
    }

    /// Appends the check's violation at `path` when `text` fails.
    ///
    /// A charset check judges text exactly as it would be sent. When the text lies in the
    /// set once composed (NFC), as `カ` + U+3099 or U+F900 do in JIS X 0208, the message says
    /// so and names what composition changes, by code point (the text itself may be
    /// personal data): `U+30AB U+3099 → U+30AC`. A rule's `nfc` fix makes that change.
    public func check(_ text: String, at path: @autoclosure () -> JSONPointer, into violations: inout [Violation]) {
        guard !passes(text) else { return }
        if case .charset(let set) = test {
            let composition = TextNormalization.nfc.apply(to: text)
            if composition.isChanged && set.contains(composition.text) {
                violations.append(Violation(rule: rule, path: path(), message: Self.noting(composition.changes, in: message),
                                            customerMessage: Self.noting(composition.changes, in: customerMessage)))
                return
            }
        }
        violations.append(violation(at: path()))
    }

    /// Appends the check's violation at `path` when `items` fail.
    public func check(_ items: [String], at path: @autoclosure () -> JSONPointer, into violations: inout [Violation]) {
        if !passes(items) { violations.append(violation(at: path())) }
    }

    /// Appends the check's violation at `path` when `moment` fails, measured from `now`.
    public func check(_ moment: Timestamp, now: Timestamp, at path: @autoclosure () -> JSONPointer, into violations: inout [Violation]) {
        if !passes(moment, now: now) { violations.append(violation(at: path())) }
    }

    private func violation(at path: JSONPointer) -> Violation {
        Violation(rule: rule, path: path, message: message, customerMessage: customerMessage)
    }

    /// The most compositions a charset violation lists; more end the list with `…`.
    static let listedCompositions = 3

    /// `message` followed by what composing changes, character by character.
    private static func noting(_ changes: [TextChange], in message: RuleMessage) -> RuleMessage {
        var listed = changes.prefix(listedCompositions).map { change in
            codePoints(change.original) + " → " + codePoints(change.replacement)
        }
        if changes.count > listedCompositions { listed.append("…") }
        let list = listed.joined(separator: ", ")
        return RuleMessage(
            english: message.english + " Composed (NFC) it would pass: \(list).",
            japanese: message.japanese + "NFCで合成すれば使用できます（\(list)）。")
    }

    private static func codePoints(_ text: String) -> String {
        text.unicodeScalars.map(\.codePointDescription).joined(separator: " ")
    }
}

/// How message placeholders write a test's or an object rule's values.
package enum MessageValues {
    /// A human reading of a duration in seconds: `30 minutes` (`30分`), `60 days` (`60日`).
    package static func duration(_ seconds: Int) -> BilingualText {
        let units = [("day", "日", 86_400), ("hour", "時間", 3600), ("minute", "分", 60)]
        for (unit, japaneseUnit, size) in units where seconds % size == 0 && seconds >= size {
            let count = seconds / size
            return BilingualText(english: "\(count) \(unit)\(count == 1 ? "" : "s")", japanese: "\(count)\(japaneseUnit)")
        }
        return BilingualText(english: "\(seconds) seconds", japanese: "\(seconds)秒")
    }

    /// `min` and `max`, those given.
    package static func bounds(_ min: (some BinaryInteger)?, _ max: (some BinaryInteger)?) -> [(String, BilingualText)] {
        (min.map { [("min", BilingualText(String($0)))] } ?? []) + (max.map { [("max", BilingualText(String($0)))] } ?? [])
    }

    /// What a message calls a character set: `full-width katakana`, `全角カタカナ`.
    package static func name(of set: JapaneseCharacterSet) -> BilingualText {
        switch set {
        case .jisX0208: BilingualText(english: "JIS X 0208 characters", japanese: "JIS X 0208の文字")
        case .shiftJIS: BilingualText(english: "Shift_JIS characters", japanese: "Shift_JISの文字")
        case .cp932: BilingualText(english: "Windows-31J characters", japanese: "Windows-31Jの文字")
        case .fullwidthKatakana: BilingualText(english: "full-width katakana", japanese: "全角カタカナ")
        case .hiragana: BilingualText(english: "hiragana", japanese: "ひらがな")
        case .halfwidthKatakana: BilingualText(english: "half-width katakana", japanese: "半角カタカナ")
        case .asciiDigits: BilingualText(english: "the digits 0–9", japanese: "半角数字")
        case .printableASCII: BilingualText(english: "printable ASCII", japanese: "半角英数字・記号")
        }
    }
}
