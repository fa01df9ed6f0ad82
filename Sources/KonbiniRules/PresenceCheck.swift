/// A field's presence as a rules file states it (`required: true`, `forbidden: true`): the
/// rule a request breaks when the field is missing, or when it is there.
///
/// Like ``ValueCheck``, a value that generated request types keep in a `static let` and
/// `RulesInterpreter` builds from a loaded rules file, so that both judge presence alike:
///
/// ```swift
/// static let amountRequired = PresenceCheck(.required, field: "amount", rule: Rules.amountRequired)
/// // …
/// Checks.amountRequired.check(presenceOf: amount, at: "/amount", into: &violations)
/// ```
public struct PresenceCheck: Hashable, Sendable {
    /// Whether the field must be there or must not.
    public enum Requirement: Hashable, Sendable {
        /// A request without the field breaks the rule.
        case required
        /// A request with the field breaks the rule (Omise's `expires_at` on a source).
        case forbidden
    }

    /// What the check asks of the field.
    @inlinable public var requirement: Requirement { values.test }
    /// The rule a request that fails the check breaks.
    @inlinable public var rule: KonbiniRule { values.rule }
    /// The rule's message with `{field}` filled in.
    @inlinable public var message: RuleMessage { values.message }
    /// The same naming the field by its label, for customers (``Violation/customerMessage``).
    @inlinable public var customerMessage: RuleMessage { values.customerMessage }

    @usableFromInline let values: CheckValues<Requirement>

    /// The check `requirement` of the field `field`, reporting `rule`.
    public init(_ requirement: Requirement, field: String, rule: KonbiniRule) {
        let (message, customerMessage) = rule.messages(field: field)
        values = CheckValues(test: requirement, rule: rule, message: message, customerMessage: customerMessage)
    }

    /// Whether a request in which the field is present (or not) passes.
    @inlinable
    public func passes(isPresent: Bool) -> Bool {
        switch requirement {
        case .required: isPresent
        case .forbidden: !isPresent
        }
    }

    /// Appends the check's violation at `path` when the field's presence fails it.
    ///
    /// Inlinable, as ``passes(isPresent:)`` is: a validator checks every required field of
    /// every request, and the check is a comparison.
    @inlinable
    public func check(isPresent: Bool, at path: @autoclosure () -> JSONPointer, into violations: inout [Violation]) {
        if !passes(isPresent: isPresent) {
            violations.append(Violation(rule: rule, path: path(), message: message, customerMessage: customerMessage))
        }
    }

    /// ``check(isPresent:at:into:)`` for a field that holds `value`: present unless `nil`.
    ///
    /// What generated validators call: `value != nil` on an optional object copied it
    /// first, retaining every string the object holds (measured in `Benchmarks/README.md`);
    /// matching the case reads it where it is.
    @inlinable
    public func check<Value>(presenceOf value: Value?, at path: @autoclosure () -> JSONPointer, into violations: inout [Violation]) {
        let isPresent = if case .some = value { true } else { false }
        check(isPresent: isPresent, at: path(), into: &violations)
    }
}
