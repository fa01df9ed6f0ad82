/// What every generated request type offers, so that tools can handle requests of any
/// rules file alike.
public protocol KonbiniRequest: Hashable, Sendable {
    /// The provider whose rules the type holds, as its rules file names it (`stripe`).
    static var provider: String { get }

    /// The rules file the type is generated from, by its file name (`stripe.rules.yaml`).
    static var rulesFileName: String { get }

    /// Every rule of the rules file, in file order.
    static var allRules: [Rule] { get }

    /// The fields the rules file marks `sensitive` (card numbers, security codes): tools show
    /// only their last four characters.
    static var sensitiveFields: Set<JSONPointer> { get }

    /// Reads a request from an untyped payload, reporting each value of the wrong type to
    /// `decoder`; no request when the payload is not an object.
    static func decode(_ payload: PayloadNode, into decoder: inout PayloadDecoder) -> Self?

    /// Every rule the request breaks, measuring expiry rules from `now`.
    func validate(now: Timestamp) -> [Violation]

    /// The type errors and broken rules of `payload`; the default decodes and validates it.
    static func check(_ payload: PayloadNode, now: Timestamp) -> [Violation]

    /// The request with each fixable violation fixed, and what changed.
    func normalized() -> (request: Self, changes: [FieldChange])
}

extension KonbiniRequest {
    /// Reads a request from an untyped payload: the request (none when the payload is not an
    /// object), and a violation for each value of the wrong type.
    public static func decode(_ payload: PayloadNode) -> (request: Self?, violations: [Violation]) {
        var decoder = PayloadDecoder()
        let request = decode(payload, into: &decoder)
        return (request, decoder.violations)
    }

    /// Decodes `payload` and validates what it holds: type errors first, then the rules the
    /// decoded request breaks, except at values that were present but unreadable (their type
    /// error says what is wrong; validation would call them missing).
    ///
    /// A requirement with an inlinable default, so that a request type's own copy is
    /// specialised for it: tools call it through `any KonbiniRequest.Type`, for every payload.
    @inlinable
    public static func check(_ payload: PayloadNode, now: Timestamp) -> [Violation] {
        var decoder = PayloadDecoder()
        let request = decode(payload, into: &decoder)
        return decoder.violations + decoder.excludingUnreadable(request?.validate(now: now) ?? [])
    }
}
