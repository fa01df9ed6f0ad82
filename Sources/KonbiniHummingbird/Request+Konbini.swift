#if Hummingbird
public import Hummingbird
public import KonbiniHTTP
public import KonbiniPayload
public import KonbiniRules

extension Request {
    /// The body read as `type`, normalized and validated by `intake`
    /// (``KonbiniHTTP/KonbiniIntake/accept(_:body:contentType:now:)``).
    ///
    /// The body is read up to the smaller of the context's `maxUploadSize` and the intake's
    /// limit. A rejected body throws a ``KonbiniProblem``, which Hummingbird renders as
    /// problem details (`application/problem+json`) in the language of the request's
    /// `Accept-Language`:
    ///
    /// ```swift
    /// router.post("/pay") { request, context in
    ///     let submission = try await request.konbini(StripeKonbiniPaymentIntent.self, context: context)
    ///     return try await provider.send(submission.request)
    /// }
    /// ```
    @inlinable // so that the intake runs specialised for the handler's request type
    public func konbini<Payload: PayloadDecodable>(
        _ type: Payload.Type, context: some RequestContext, intake: KonbiniIntake = KonbiniIntake(),
        clock: some WallClock = SystemClock()
    ) async throws -> KonbiniSubmission<Payload> {
        let limit = min(context.maxUploadSize, intake.maximumBodySize)
        let buffer: ByteBuffer
        do {
            buffer = try await body.collect(upTo: limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw KonbiniProblem(KonbiniRejection(.bodyTooLarge(limit: limit)), intake: intake)
        }
        do throws(KonbiniRejection) {
            return try intake.accept(type, body: buffer.readableBytesView, contentType: headers.joinedValue(of: .contentType), clock: clock)
        } catch {
            throw KonbiniProblem(error, intake: intake)
        }
    }
}

extension Request {
    /// The language of messages for this request: the one its `Accept-Language` header asks
    /// for, or `intake`'s ``KonbiniHTTP/KonbiniIntake/defaultLanguage`` when it names
    /// neither Japanese nor English.
    public func messageLanguage(intake: KonbiniIntake = KonbiniIntake()) -> MessageLanguage {
        intake.language(acceptLanguage: headers.joinedValue(of: .acceptLanguage))
    }
}

/// A rejected request body, which Hummingbird renders as RFC 9457 problem details with the
/// rejection's status, in the language the request's `Accept-Language` asks for.
public struct KonbiniProblem: HTTPResponseError {
    /// Why the body was rejected, with every violation.
    public let rejection: KonbiniRejection
    /// The intake that rejected it, whose default language answers a client that asks for
    /// neither Japanese nor English.
    public let intake: KonbiniIntake

    /// The problem of `rejection`, found by `intake`.
    public init(_ rejection: KonbiniRejection, intake: KonbiniIntake) {
        self.rejection = rejection
        self.intake = intake
    }

    public var status: HTTPResponse.Status { HTTPResponse.Status(code: rejection.status) }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let language = request.messageLanguage(intake: intake)
        return Response(
            status: status,
            headers: [.contentType: ProblemDetails.mediaType, .contentLanguage: language.rawValue],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: rejection.problemDetails(in: language).responseBody)))
    }
}
#endif
