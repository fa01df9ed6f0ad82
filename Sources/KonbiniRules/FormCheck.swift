/// The form a text field's type asks of its value beyond being a string: an e-mail address
/// or an http or https URL. A value of the wrong form breaks the field's type rule. (A
/// date-time is read into a ``Timestamp`` when the request is decoded, so its form is its
/// type.)
///
/// Like ``ValueCheck``, a value that generated request types keep in a `static let` and
/// `RulesInterpreter` builds from a loaded rules file:
///
/// ```swift
/// static let emailType = FormCheck(.emailAddress, field: "email", rule: Rules.emailType)
/// // …
/// Checks.emailType.check(email, at: "/email", into: &violations)
/// ```
public struct FormCheck: Hashable, Sendable {
    /// A form a text may have.
    public enum Form: Hashable, Sendable {
        /// An e-mail address: one `@` between a local part and a domain with a dot, no
        /// spaces.
        case emailAddress
        /// An absolute `http` or `https` URL with a host.
        case webURL

        /// What a value of the form is, as the type rule's `{type}` says it.
        public var name: BilingualText {
            switch self {
            case .emailAddress: BilingualText(english: "an e-mail address", japanese: "メールアドレス")
            case .webURL: BilingualText(english: "an http or https URL", japanese: "httpまたはhttpsのURL")
            }
        }
    }

    /// The form the field's value must have.
    public var form: Form { values.test }
    /// The field's type rule, which a value of another form breaks.
    public var rule: KonbiniRule { values.rule }
    /// The rule's message with `{field}` and `{type}` filled in.
    public var message: RuleMessage { values.message }
    /// The same naming the field by its label, for customers (``Violation/customerMessage``).
    public var customerMessage: RuleMessage { values.customerMessage }

    private let values: CheckValues<Form>

    /// The check that the field `field` has the form `form`, reporting `rule`.
    public init(_ form: Form, field: String, rule: KonbiniRule) {
        let (message, customerMessage) = rule.messages(field: field, values: [("type", form.name)])
        values = CheckValues(test: form, rule: rule, message: message, customerMessage: customerMessage)
    }

    /// Whether `text` has the form.
    public func passes(_ text: String) -> Bool {
        switch form {
        case .emailAddress: ValueChecks.isEmailAddress(text)
        case .webURL: ValueChecks.isWebURL(text)
        }
    }

    /// Appends the check's violation at `path` when `text` does not have the form, and
    /// returns whether it has: the field's other checks judge only a text of its form.
    @discardableResult
    public func check(_ text: String, at path: @autoclosure () -> JSONPointer, into violations: inout [Violation]) -> Bool {
        if passes(text) { return true }
        violations.append(Violation(rule: rule, path: path(), message: message, customerMessage: customerMessage))
        return false
    }
}
