import KonbiniRules

/// A request read from an untyped payload, with what reading found: a violation for each
/// value of the wrong type, and where those values were.
///
/// A value of the wrong type is missing from the typed request, but not from the payload:
/// validating the request alone would report it again, as missing (`required`). Validating
/// through this type reports it once, by its type rule, before and after normalizing:
///
/// ```swift
/// let decoded = StripeKonbiniPaymentIntent.decode(payload)
/// let (fixed, changes) = decoded.normalized()
/// let violations = fixed.validate(now: now)  // a string amount: amount.type only
/// ```
public struct DecodedRequest<Request: KonbiniRequest>: Hashable, Sendable {
    /// The request; `nil` when the payload is not an object.
    public var request: Request?
    /// A violation for each value of the wrong type, in payload order.
    public let violations: [Violation]
    /// Where a value was present but could not be read.
    public let unreadablePaths: Set<JSONPointer>

    /// A request read with the type errors `violations` found at `unreadablePaths`.
    public init(request: Request?, violations: [Violation], unreadablePaths: Set<JSONPointer>) {
        self.request = request
        self.violations = violations
        self.unreadablePaths = unreadablePaths
    }

    /// The values of the wrong type, then every rule the request breaks, except at those
    /// values, which their type rule already reports.
    ///
    /// - Parameter now: The moment expiry rules measure from.
    public func validate(now: Timestamp) -> [Violation] {
        let validation = request?.validate(now: now) ?? []
        return violations + (unreadablePaths.isEmpty ? validation : validation.filter { !unreadablePaths.contains($0.path) })
    }

    /// The violations as ``validate(now:)`` finds them, measuring expiry rules from
    /// `clock`'s time.
    public func validate(clock: some WallClock = SystemClock()) -> [Violation] {
        validate(now: clock.now())
    }

    /// The request with each fixable violation fixed, and every change made; the values of
    /// the wrong type are still reported by the result's ``validate(now:)``.
    public func normalized() -> (decoded: DecodedRequest, changes: [FieldChange]) {
        guard let request else { return (self, []) }
        let (fixed, changes) = request.normalized()
        return (DecodedRequest(request: fixed, violations: violations, unreadablePaths: unreadablePaths), changes)
    }
}
