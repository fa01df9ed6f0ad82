/// What every generated request type offers, so that tools can handle requests of any
/// rules file alike.
public protocol KonbiniRequest: Hashable, Sendable {
    /// Every rule of the rules file, in file order.
    static var allRules: [Rule] { get }

    /// The fields the rules file marks `sensitive` (card numbers, security codes): tools show
    /// only their last four characters.
    static var sensitiveFields: Set<JSONPointer> { get }

    /// Reads a request from an untyped payload: the request (none when the payload is not an
    /// object), and a violation for each value of the wrong type.
    static func decode(_ payload: PayloadNode) -> (request: Self?, violations: [Violation])

    /// Every rule the request breaks, measuring expiry rules from `now`.
    func validate(now: Timestamp) -> [Violation]

    /// The request with each fixable violation fixed, and what changed.
    func normalized() -> (request: Self, changes: [FieldChange])
}

extension KonbiniRequest {
    /// Decodes `payload` and validates what it holds: type errors first, then the rules the
    /// decoded request breaks.
    public static func check(_ payload: PayloadNode, now: Timestamp) -> [Violation] {
        let (request, violations) = decode(payload)
        return violations + (request?.validate(now: now) ?? [])
    }
}
