/// What every generated request type offers, so that tools can handle requests of any
/// rules file alike.
///
/// A generated type is `Codable` with the provider's member names, so a request decoded by
/// `JSONDecoder` or a framework's decoder validates, and a normalized one encodes into the
/// JSON the provider expects. It holds its fields, its decoding, its validation and its
/// normalization; what is the same for every request (``validate(now:)``,
/// ``validate(clock:)``, ``normalized()``) comes from this protocol. (Reading an untyped
/// payload, with every value of the wrong type reported, is `KonbiniPayload`'s
/// `PayloadDecodable`.)
public protocol KonbiniRequest: Hashable, Sendable, Codable {
    /// The provider whose rules the type holds, as its rules file names it (`stripe`).
    static var provider: String { get }

    /// The rules file the type is generated from, by its file name (`stripe.rules.yaml`).
    static var rulesFileName: String { get }

    /// Every rule of the rules file, in file order.
    static var allRules: [KonbiniRule] { get }

    /// The fields the rules file marks `sensitive` (card numbers, security codes), whose
    /// values reports mask as ``ValueMasking`` says.
    static var sensitiveFields: Set<JSONPointer> { get }

    /// Appends every rule the request breaks to `violations`, in the order of the rules
    /// file, measuring expiry rules from `now`.
    func validate(now: Timestamp, into violations: inout [Violation])

    /// Fixes each fixable violation by its rule's normalizations, appending every change
    /// made to `changes`.
    mutating func normalize(into changes: inout [FieldChange])
}

extension KonbiniRequest {
    /// Every rule the request breaks, in the order of the rules file.
    ///
    /// - Parameter now: The moment expiry rules measure from.
    @inlinable
    public func validate(now: Timestamp) -> [Violation] {
        var violations: [Violation] = []
        validate(now: now, into: &violations)
        return violations
    }

    /// Every rule the request breaks, measuring expiry rules from `clock`'s time.
    @inlinable
    public func validate(clock: some WallClock = SystemClock()) -> [Violation] {
        validate(now: clock.now())
    }

    /// The request with each fixable violation fixed by its rule's normalizations, and every
    /// change made, so that a form can show the customer what changed.
    @inlinable
    public func normalized() -> (request: Self, changes: [FieldChange]) {
        var request = self
        var changes: [FieldChange] = []
        request.normalize(into: &changes)
        return (request, changes)
    }
}
