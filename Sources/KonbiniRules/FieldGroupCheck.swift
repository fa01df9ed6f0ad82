/// A rule over several fields of one object, as a rules file's `rules:` states it: at most
/// one of them present, or their sum within bounds.
///
/// Like ``ValueCheck``, a value that generated request types keep in a `static let` and
/// `RulesInterpreter` builds from a loaded rules file, so that both judge the fields alike:
///
/// ```swift
/// static let expiryExclusive = FieldGroupCheck(.exclusive(["expires_after_days", "expires_at"]), rule: Rules.expiryExclusive)
/// // …
/// Checks.expiryExclusive.check(presentCount: (expiresAfterDays != nil ? 1 : 0) + (expiresAt != nil ? 1 : 0),
///                              at: "/payment_method_options/konbini", into: &violations)
/// ```
public struct FieldGroupCheck: Hashable, Sendable {
    /// What a group check tests, with its fields.
    public enum Test: Hashable, Sendable {
        /// At most one of the fields may be present (Stripe's `expires_after_days` and
        /// `expires_at`).
        case exclusive([String])
        /// The sum of the fields lies in an inclusive range. A consumption tax counts as the
        /// tax on the fields' whole amount at the payment date, rounded half up
        /// (``ConsumptionTax/yen(onAmount:at:)``; Komoju's total of amount + tax).
        case total(of: [String], min: Int?, max: Int?)

        /// The values the test's message placeholders are filled with: `fields`, and `min`
        /// and `max` for a total.
        public var messageValues: [(String, String)] {
            switch self {
            case .exclusive(let names): [("fields", names.joined(separator: ", "))]
            case .total(let names, let min, let max): [("fields", names.joined(separator: " + "))] + MessageValues.bounds(min, max)
            }
        }
    }

    /// What the check tests.
    public let test: Test
    /// The rule an object that fails the test breaks.
    public let rule: KonbiniRule
    /// The rule's message with the test's values filled in.
    public let message: RuleMessage

    /// The check `test`, reporting `rule`.
    public init(_ test: Test, rule: KonbiniRule) {
        self.test = test
        self.rule = rule
        message = rule.message.filled(with: test.messageValues)
    }

    /// Whether an object with `presentCount` of the fields present passes: an exclusive test
    /// allows one at most; a total passes it.
    public func passes(presentCount: Int) -> Bool {
        guard case .exclusive = test else { return true }
        return presentCount <= 1
    }

    /// Whether the fields' whole amounts and consumption taxes, paid at `moment`, pass: a
    /// total judges their sum when any of them is present; an exclusive test passes them.
    ///
    /// Inlinable, as is ``check(amounts:taxes:at:path:into:)``, so that the arrays a generated
    /// validator passes stay on its stack.
    @inlinable
    public func passes(amounts: [Int?], taxes: [ConsumptionTax?], at moment: Timestamp) -> Bool {
        guard case .total(_, let min, let max) = test else { return true }
        guard amounts.contains(where: { $0 != nil }) || taxes.contains(where: { $0 != nil }) else { return true }
        let base = amounts.reduce(0) { Self.saturatingSum($0, $1 ?? 0) }
        let total = taxes.reduce(base) { Self.saturatingSum($0, $1?.yen(onAmount: base, at: moment) ?? 0) }
        return ValueChecks.isInRange(total, min: min, max: max)
    }

    /// `a + b`, or the bound it passes: a payload's amounts are any whole numbers, and a sum
    /// past `Int.max` is out of every range without trapping.
    @usableFromInline
    static func saturatingSum(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? (b > 0 ? .max : .min) : sum
    }

    /// Appends the check's violation at `path`, the object's, when `presentCount` of the
    /// fields present fail it.
    public func check(presentCount: Int, at path: @autoclosure () -> JSONPointer, into violations: inout [Violation]) {
        if !passes(presentCount: presentCount) { violations.append(Violation(rule: rule, path: path(), message: message)) }
    }

    /// Appends the check's violation at `path`, the object's, when the fields' amounts and
    /// taxes, paid at `moment`, fail it.
    @inlinable
    public func check(
        amounts: [Int?], taxes: [ConsumptionTax?], at moment: Timestamp,
        path: @autoclosure () -> JSONPointer, into violations: inout [Violation]
    ) {
        if !passes(amounts: amounts, taxes: taxes, at: moment) { violations.append(Violation(rule: rule, path: path(), message: message)) }
    }
}
