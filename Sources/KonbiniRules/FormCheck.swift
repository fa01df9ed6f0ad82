/// The form a text field's type asks of its value beyond being a string: an e-mail address,
/// an http or https URL, or an ISO 8601 date-time read with a provider's defaults. A value
/// of the wrong form breaks the field's type rule.
///
/// Like ``ValueCheck``, a value that generated request types keep in a `static let` and
/// `RulesInterpreter` builds from a loaded rules file:
///
/// ```swift
/// static let expiryDateForm = FormCheck(.dateTime(omiseDefaults), field: "expiry_date", rule: Rules.expiryDateType)
/// // …
/// if let moment = Checks.expiryDateForm.moment(of: expiryDate, at: "/expiry_date", into: &violations) { … }
/// ```
public struct FormCheck: Hashable, Sendable {
    /// A form a text may have.
    public enum Form: Hashable, Sendable, CustomStringConvertible {
        /// An e-mail address: one `@` between a local part and a domain with a dot, no
        /// spaces.
        case emailAddress
        /// An absolute `http` or `https` URL with a host.
        case webURL
        /// An ISO 8601 date-time, its missing parts filled by `defaults`
        /// (``Timestamp/init(iso8601:defaults:)``).
        case dateTime(DateTimeDefaults)

        /// What a value of the form is, as the type rule's `{type}` says it.
        public var description: String {
            switch self {
            case .emailAddress: "an e-mail address"
            case .webURL: "an http or https URL"
            case .dateTime: "an ISO 8601 date-time"
            }
        }
    }

    /// The form the field's value must have.
    public let form: Form
    /// The field's type rule, which a value of another form breaks.
    public let rule: KonbiniRule
    /// The rule's message with `{field}` and `{type}` filled in.
    public let message: RuleMessage

    /// The check that the field `field` has the form `form`, reporting `rule`.
    public init(_ form: Form, field: String, rule: KonbiniRule) {
        self.form = form
        self.rule = rule
        message = rule.message.filled(with: [("field", field), ("type", form.description)])
    }

    /// Whether `text` has the form.
    public func passes(_ text: String) -> Bool {
        switch form {
        case .emailAddress: ValueChecks.isEmailAddress(text)
        case .webURL: ValueChecks.isWebURL(text)
        case .dateTime(let defaults): DateTimeReading.timestamp(text, defaults: defaults) != nil
        }
    }

    /// Appends the check's violation at `path` when `text` does not have the form, and
    /// returns whether it has: the field's other checks judge only a text of its form.
    @discardableResult
    public func check(_ text: String, at path: @autoclosure () -> JSONPointer, into violations: inout [Violation]) -> Bool {
        if passes(text) { return true }
        violations.append(Violation(rule: rule, path: path(), message: message))
        return false
    }

    /// The moment a date-time names, for the field's timed checks; `nil`, with the check's
    /// violation appended at `path`, when `text` is not a date-time. `nil` for another form.
    public func moment(of text: String, at path: @autoclosure () -> JSONPointer, into violations: inout [Violation]) -> Timestamp? {
        guard case .dateTime(let defaults) = form else { return nil }
        if let moment = DateTimeReading.timestamp(text, defaults: defaults) { return moment }
        violations.append(Violation(rule: rule, path: path(), message: message))
        return nil
    }
}
