/// What a check holds (its test, rule and messages), in one object that the check's struct
/// refers to.
///
/// Generated request types keep their checks in `static let` constants and call them for
/// every field of every payload. A check of four stored values was too large to pass in
/// registers, and the optimizer copied each constant onto the stack before each call (a
/// `memcpy` for every check of every payload); a check that is one reference is passed as
/// it is. The check stays a value: nothing changes these values once made.
@usableFromInline
final class CheckValues<Test: Hashable & Sendable>: Hashable, Sendable {
    @usableFromInline let test: Test
    @usableFromInline let rule: KonbiniRule
    @usableFromInline let message: RuleMessage
    @usableFromInline let customerMessage: RuleMessage

    init(test: Test, rule: KonbiniRule, message: RuleMessage, customerMessage: RuleMessage) {
        self.test = test
        self.rule = rule
        self.message = message
        self.customerMessage = customerMessage
    }

    @usableFromInline
    static func == (lhs: CheckValues, rhs: CheckValues) -> Bool {
        lhs === rhs || (lhs.test == rhs.test && lhs.rule == rhs.rule && lhs.message == rhs.message
            && lhs.customerMessage == rhs.customerMessage)
    }

    @usableFromInline
    func hash(into hasher: inout Hasher) {
        hasher.combine(test)
        hasher.combine(rule)
        hasher.combine(message)
        hasher.combine(customerMessage)
    }
}
