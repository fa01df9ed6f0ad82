import KonbiniPayload
import KonbiniRules

/// Reads a request body the way a form handler needs it: by its content type, within a size
/// limit, into a request type that it normalizes and validates, giving either the request
/// ready for the provider or every violation.
///
/// Framework-neutral: the Hummingbird and Vapor adapters call it, and so can any server.
///
/// ```swift
/// let intake = KonbiniIntake()
/// do {
///     let submission = try intake.accept(StripeKonbiniPaymentIntent.self, body: bytes,
///                                        contentType: headers["Content-Type"])
///     // submission.request is normalized and breaks no error rule.
/// } catch {
///     let language = MessageLanguage(acceptLanguage: headers["Accept-Language"])
///     let problem = error.problemDetails(in: language)  // status 400, 413, 415 or 422
/// }
/// ```
public struct KonbiniIntake: Sendable {
    /// The largest body read, in bytes; a larger one is rejected with 413.
    public var maximumBodySize: Int
    /// How deeply a JSON body may nest; no request of the providers nests deeper than a few
    /// levels.
    public var maximumDepth: Int
    /// The language of messages for a client whose `Accept-Language` names neither Japanese
    /// nor English.
    public var defaultLanguage: MessageLanguage

    /// An intake that reads bodies of up to `maximumBodySize` bytes (64 KiB by default)
    /// nesting at most `maximumDepth` levels, answering in `defaultLanguage` a client that
    /// asks for neither Japanese nor English.
    public init(maximumBodySize: Int = 64 * 1024, maximumDepth: Int = 32, defaultLanguage: MessageLanguage = .japanese) {
        self.maximumBodySize = maximumBodySize
        self.maximumDepth = maximumDepth
        self.defaultLanguage = defaultLanguage
    }

    /// The language of messages for a client that sent the `Accept-Language` header
    /// `acceptLanguage`.
    public func language(acceptLanguage: String?) -> MessageLanguage {
        MessageLanguage(acceptLanguage: acceptLanguage, fallback: defaultLanguage)
    }

    /// The body `body`, sent with the `Content-Type` header `contentType`, read as a
    /// `Request`, normalized, and validated with expiry rules measured from `now`.
    ///
    /// `body` is any collection of the body's bytes: an array, or a framework's buffer,
    /// which is read in place when its storage is contiguous (NIO's
    /// `ByteBuffer.readableBytesView` is).
    ///
    /// Duplicate members are violations of ``PayloadRules/duplicateKey``: the provider
    /// might read the other value.
    ///
    /// - Throws: A ``KonbiniRejection``: 415 for another content type, 413 for a body over
    ///   ``maximumBodySize``, 400 for a body that is not well-formed, 422 for a request that
    ///   breaks an error rule after normalizing (with every violation, warnings included).
    @inlinable
    public func accept<Request: PayloadDecodable>(
        _ type: Request.Type, body: some Collection<UInt8>, contentType: String?, now: Timestamp
    ) throws(KonbiniRejection) -> KonbiniSubmission<Request> {
        // Inlinable, so that a handler's call for its request type runs specialised for that
        // type: unspecialised, the optional request and the submission go through their
        // generic metadata.
        let readDocument = { (bytes: UnsafeBufferPointer<UInt8>) in
            Result { () throws(KonbiniRejection) in try read(bytes, contentType: contentType) }
        }
        let document = try (body.withContiguousStorageIfAvailable(readDocument) ?? Array(body).withUnsafeBufferPointer(readDocument)).get()
        // Taken apart at once: a result kept whole is destroyed by the runtime's generic code
        // for tuples, through the tuple's metadata, on every request.
        let (normalized, changes, requestViolations) = Request.normalizedAndChecked(document.root, now: now)
        let violations = document.duplicateKeyViolations + requestViolations
        guard case let request? = consume normalized, !violations.contains(where: { $0.severity == .error }) else {
            throw KonbiniRejection(.invalidRequest, violations: violations)
        }
        return KonbiniSubmission(request: consume request, changes: changes,
                                 changeReport: ReportedChange.report(changes, in: document.root), warnings: violations)
    }

    /// The document of `body`, read as its content type says: the part of
    /// ``accept(_:body:contentType:now:)`` that is the same for every request type.
    @usableFromInline
    func read(_ body: UnsafeBufferPointer<UInt8>, contentType: String?) throws(KonbiniRejection) -> PayloadDocument {
        guard let format = contentType.flatMap(BodyFormat.init(contentType:)) else {
            throw KonbiniRejection(.unsupportedMediaType)
        }
        guard body.count <= maximumBodySize else { throw KonbiniRejection(.bodyTooLarge(limit: maximumBodySize)) }
        do throws(PayloadSyntaxError) {
            return switch format {
            case .json: try JSONReader(maximumDepth: maximumDepth).read(body)
            case .form: try FormReader().read(Array(body))
            }
        } catch {
            throw KonbiniRejection(.malformedBody, violations: [error.violation(isForm: format == .form)])
        }
    }

    /// ``accept(_:body:contentType:now:)`` measuring expiry rules from `clock`'s time.
    @inlinable
    public func accept<Request: PayloadDecodable>(
        _ type: Request.Type, body: some Collection<UInt8>, contentType: String?, clock: some WallClock = SystemClock()
    ) throws(KonbiniRejection) -> KonbiniSubmission<Request> {
        try accept(type, body: body, contentType: contentType, now: clock.now())
    }
}
