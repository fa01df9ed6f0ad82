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

        /// The fields the test is over.
        public var fieldNames: [String] {
            switch self {
            case .exclusive(let names), .total(let names, _, _): names
            }
        }

        /// The values the test's message placeholders are filled with: `fields`, and `min`
        /// and `max` for a total. Fields are named by their `labels` where they have one
        /// (customers' messages), else by their names.
        public func messageValues(labels: [String: BilingualText] = [:]) -> [(String, BilingualText)] {
            switch self {
            case .exclusive(let names): [("fields", Self.list(names, labels: labels, english: ", ", japanese: "、"))]
            case .total(let names, let min, let max): [("fields", Self.list(names, labels: labels, english: " + ", japanese: " + "))] + MessageValues.bounds(min, max)
            }
        }

        private static func list(_ names: [String], labels: [String: BilingualText], english: String, japanese: String) -> BilingualText {
            let texts = names.map { labels[$0] ?? BilingualText($0) }
            return BilingualText(english: texts.map(\.english).joined(separator: english),
                                 japanese: texts.map(\.japanese).joined(separator: japanese))
        }
    }

    /// What the check tests.
    public var test: Test { values.test }
    /// The rule an object that fails the test breaks.
    public var rule: KonbiniRule { values.rule }
    /// The rule's message with the test's values filled in, naming the fields as the
    /// provider does, for developers.
    public var message: RuleMessage { values.message }
    /// The same message naming the fields by their labels, for customers.
    public var customerMessage: RuleMessage { values.customerMessage }

    private let values: CheckValues<Test>

    /// The check `test`, reporting `rule`; customers' messages name the fields by `labels`
    /// (by field name), those without one by their names.
    public init(_ test: Test, rule: KonbiniRule, labels: [String: BilingualText] = [:]) {
        let message = rule.message.filled(with: test.messageValues())
        let customerMessage = labels.isEmpty ? message : rule.message.filled(with: test.messageValues(labels: labels))
        values = CheckValues(test: test, rule: rule, message: message, customerMessage: customerMessage)
    }

    /// Whether an object with `presentCount` of the fields present passes: an exclusive test
    /// allows one at most; a total passes it.
    public func passes(presentCount: Int) -> Bool {
        guard case .exclusive = test else { return true }
        return presentCount <= 1
    }

    /// The sum a total judges, built field by field in any order: the whole amounts, and
    /// each consumption tax, which is the tax on all the amounts (``ConsumptionTax/auto``
    /// is worked out on their sum once every field is added). Sums saturate at `Int.min` and
    /// `Int.max` instead of trapping: a payload's amounts are any whole numbers, and a sum
    /// past the bounds is out of every range.
    public struct Sum: Sendable {
        /// The moment the payment is made, which sets the rate of an `auto` tax.
        public let moment: Timestamp
        /// The sum of the amounts added.
        public private(set) var amounts = 0
        /// The sum of the taxes given in yen.
        private var taxesInYen = 0
        /// How many `auto` taxes were added, each the standard tax on ``amounts``.
        private var automaticTaxes = 0
        /// Whether any field was present.
        public private(set) var anyPresent = false

        /// An empty sum for a payment made at `moment`.
        public init(paidAt moment: Timestamp) {
            self.moment = moment
        }

        /// Adds a whole amount, when present.
        public mutating func add(amount: Int?) {
            guard let amount else { return }
            anyPresent = true
            amounts = Self.saturatingSum(amounts, amount)
        }

        /// Adds a consumption tax on the amounts, when present.
        public mutating func add(tax: ConsumptionTax?) {
            guard let tax else { return }
            anyPresent = true
            switch tax {
            case .yen(let yen): taxesInYen = Self.saturatingSum(taxesInYen, yen)
            case .auto: automaticTaxes += 1
            }
        }

        /// The amounts and every tax on them.
        public var total: Int {
            let automatic = ConsumptionTax.auto.yen(onAmount: amounts, at: moment)
            var total = Self.saturatingSum(amounts, taxesInYen)
            for _ in 0..<automaticTaxes { total = Self.saturatingSum(total, automatic) }
            return total
        }

        private static func saturatingSum(_ a: Int, _ b: Int) -> Int {
            let (sum, overflow) = a.addingReportingOverflow(b)
            return overflow ? (b > 0 ? .max : .min) : sum
        }
    }

    /// Whether a sum of the fields passes: a total judges it when any field was present; an
    /// exclusive test passes it.
    public func passes(_ sum: Sum) -> Bool {
        guard case .total(_, let min, let max) = test, sum.anyPresent else { return true }
        return ValueChecks.isInRange(sum.total, min: min, max: max)
    }

    /// Appends the check's violation at `path`, the object's, when `presentCount` of the
    /// fields present fail it.
    public func check(presentCount: Int, at path: @autoclosure () -> JSONPointer, into violations: inout [Violation]) {
        if !passes(presentCount: presentCount) { violations.append(Violation(rule: rule, path: path(), message: message, customerMessage: customerMessage)) }
    }

    /// Appends the check's violation at `path`, the object's, when the sum of the fields, which
    /// `adding` builds for a payment made at `moment`, fails it.
    ///
    /// The fields are added by a closure rather than passed in arrays, so that validating
    /// allocates nothing.
    public func check(
        paidAt moment: Timestamp, at path: @autoclosure () -> JSONPointer, into violations: inout [Violation],
        adding: (inout Sum) -> Void
    ) {
        var sum = Sum(paidAt: moment)
        adding(&sum)
        if !passes(sum) { violations.append(Violation(rule: rule, path: path(), message: message, customerMessage: customerMessage)) }
    }
}
