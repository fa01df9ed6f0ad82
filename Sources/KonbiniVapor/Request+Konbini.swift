#if Vapor
public import KonbiniHTTP
public import KonbiniPayload
public import KonbiniRules
public import Vapor

extension Request {
    /// The body read as `type`, normalized and validated by `intake`
    /// (``KonbiniHTTP/KonbiniIntake/accept(_:body:contentType:now:)``).
    ///
    /// The body is read within the route's body limit and the intake's. A rejected body
    /// throws a ``KonbiniAbort``; with ``KonbiniProblemMiddleware`` installed it is answered
    /// as problem details (`application/problem+json`) in the language of the request's
    /// `Accept-Language`:
    ///
    /// ```swift
    /// app.middleware.use(KonbiniProblemMiddleware())
    /// app.post("pay") { request in
    ///     let submission = try await request.konbini(StripeKonbiniPaymentIntent.self)
    ///     return try await provider.send(submission.request)
    /// }
    /// ```
    @inlinable // so that the intake runs specialised for the handler's request type
    public func konbini<Payload: PayloadDecodable>(
        _ type: Payload.Type, intake: KonbiniIntake = KonbiniIntake(), clock: some WallClock = SystemClock()
    ) async throws -> KonbiniSubmission<Payload> {
        let buffer: ByteBuffer?
        do {
            buffer = try await body.collect(max: intake.maximumBodySize).get()
        } catch let abort as any AbortError where abort.status == .payloadTooLarge {
            throw KonbiniAbort(KonbiniRejection(.bodyTooLarge(limit: intake.maximumBodySize)), intake: intake)
        }
        do throws(KonbiniRejection) {
            return try intake.accept(type, body: (buffer ?? ByteBuffer()).readableBytesView, contentType: headers.first(name: .contentType), clock: clock)
        } catch {
            throw KonbiniAbort(error, intake: intake)
        }
    }
}

/// A rejected request body: an `AbortError` with the rejection's status, which
/// ``KonbiniProblemMiddleware`` answers with RFC 9457 problem details.
public struct KonbiniAbort: AbortError {
    /// Why the body was rejected, with every violation.
    public let rejection: KonbiniRejection
    /// The intake that rejected it, whose default language answers a client that asks for
    /// neither Japanese nor English.
    public let intake: KonbiniIntake

    /// The abort of `rejection`, found by `intake`.
    public init(_ rejection: KonbiniRejection, intake: KonbiniIntake) {
        self.rejection = rejection
        self.intake = intake
    }

    public var status: HTTPResponseStatus { HTTPResponseStatus(statusCode: rejection.status) }

    /// The problem's title in English; messages never hold a field's value, so logging it
    /// shows no personal data.
    public var reason: String { rejection.problemDetails(in: .english).title }

    /// The problem details response for `request`, in the language its `Accept-Language`
    /// asks for.
    public func response(for request: Request) -> Response {
        let language = intake.language(acceptLanguage: request.headers.first(name: .acceptLanguage))
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: ProblemDetails.mediaType)
        headers.replaceOrAdd(name: .contentLanguage, value: language.rawValue)
        return Response(status: status, headers: headers,
                        body: Response.Body(buffer: ByteBuffer(bytes: rejection.problemDetails(in: language).responseBody)))
    }
}

/// Answers a ``KonbiniAbort`` with its problem details; other errors pass on to the next
/// error middleware.
public struct KonbiniProblemMiddleware: AsyncMiddleware {
    /// The middleware.
    public init() {}

    public func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let abort as KonbiniAbort {
            return abort.response(for: request)
        }
    }
}
#endif
