import KonbiniRules

/// A request type that reads itself from an untyped payload (a JSON document, an NDJSON
/// record, a form body) with a violation at its JSON Pointer for each value of the wrong
/// type, as linters and form handlers that report every problem at once need.
///
/// Generated request types conform; `Codable` decoding, in contrast, stops at the first
/// value of the wrong type.
public protocol PayloadDecodable: KonbiniRequest {
    /// Reads a request from an untyped payload, reporting each value of the wrong type to
    /// `decoder`; no request when the payload is not an object.
    static func decode(_ payload: PayloadNode, into decoder: inout PayloadDecoder) -> Self?

    /// The type errors and broken rules of `payload`; the default decodes and validates it.
    static func check(_ payload: PayloadNode, now: Timestamp) -> [Violation]

    /// Decodes `payload`, normalizes the request and validates the result, as a form
    /// handler does with every body: the normalized request (none when the payload is not
    /// an object), every change normalizing made, and the violations left, type errors first.
    static func normalizedAndChecked(_ payload: PayloadNode, now: Timestamp)
        -> (request: Self?, changes: [FieldChange], violations: [Violation])
}

extension PayloadDecodable {
    /// Reads a request from an untyped payload: the request (none when the payload is not an
    /// object), a violation for each value of the wrong type, and where those values were,
    /// so that validating the result reports each of them once.
    public static func decode(_ payload: PayloadNode) -> DecodedRequest<Self> {
        var decoder = PayloadDecoder()
        let request = decode(payload, into: &decoder)
        return DecodedRequest(request: request, violations: decoder.violations, unreadablePaths: decoder.unreadablePaths)
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
        return decoder.violations.appendingValidation(decoder.excludingUnreadable(request?.validate(now: now) ?? []))
    }

    /// Decodes, normalizes and validates `payload` as ``decode(_:)``, then
    /// ``DecodedRequest/normalized()`` and ``DecodedRequest/validate(now:)`` do.
    ///
    /// A requirement with an inlinable default, as ``check(_:now:)`` is: a handler that
    /// picks the request type at run time calls it through `any PayloadDecodable.Type`, and
    /// each type's own copy runs without looking up generic metadata.
    @inlinable
    public static func normalizedAndChecked(_ payload: PayloadNode, now: Timestamp)
        -> (request: Self?, changes: [FieldChange], violations: [Violation]) {
        var decoder = PayloadDecoder()
        guard var request = decode(payload, into: &decoder) else { return (nil, [], decoder.violations) }
        // Normalizing fixes only what breaks a check, and validating runs every check that
        // normalizing would: a request that breaks none, as most do, is validated once and
        // not normalized. One that normalizing changed is validated again; no change listed
        // means none made, since every normalization lists all it changes.
        var violations = request.validate(now: now)
        var changes: [FieldChange] = []
        if !violations.isEmpty {
            request.normalize(into: &changes)
            if !changes.isEmpty { violations = request.validate(now: now) }
        }
        // The violations are made before the result, which then takes the request over:
        // built first, the result would hold a copy of it, every text retained and released.
        violations = decoder.violations.appendingValidation(decoder.excludingUnreadable(violations))
        return (request, changes, violations)
    }
}

extension [Violation] {
    /// The type violations followed by `validation`, the violations of the rules: most
    /// payloads have no type violation, and then the validation's array is the result
    /// itself, not copied element by element into a new one.
    @inlinable
    func appendingValidation(_ validation: [Violation]) -> [Violation] {
        isEmpty ? validation : self + validation
    }
}
