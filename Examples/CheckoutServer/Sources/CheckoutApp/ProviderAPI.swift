import Hummingbird
import KonbiniHTTP
import KonbiniHummingbird
import KonbiniPayload
import KonbiniProviders

/// `POST /api/konbini/{provider}`: a provider's request, as JSON or a form body, answered
/// with the normalized request and its changes (200) or problem details (400, 413, 415,
/// 422); an unknown provider is 404.
enum ProviderAPI {
    /// The request type of each provider the API serves, by the name in its path.
    static let requestTypes: [String: any PayloadCodable.Type] = [
        "stripe": StripeKonbiniPaymentIntent.self,
        "omise-source": OmiseKonbiniSource.self,
        "omise-charge": OmiseKonbiniCharge.self,
        "komoju": KomojuPayment.self,
        "nomupay": NomuPayKonbiniPayment.self,
    ]

    static func respond(to request: Request, context: some RequestContext, intake: KonbiniIntake) async throws -> Response {
        let name = context.parameters.get("provider") ?? ""
        guard let type = requestTypes[name] else {
            let language = intake.language(acceptLanguage: request.headers[.acceptLanguage])
            let problem = ProblemDetails(
                type: "about:blank", title: language == .japanese ? "見つかりません。" : "Not Found", status: 404,
                detail: language == .japanese
                    ? "決済サービスは次のいずれかです：\(requestTypes.keys.sorted().joined(separator: ", "))"
                    : "The providers are: \(requestTypes.keys.sorted().joined(separator: ", ")).")
            return JSONResponse.problem(problem, language: language)
        }
        return try await accept(type, request: request, context: context, intake: intake)
    }

    /// The answer for a body read as `type`: opened so that the adapter is called with the
    /// concrete request type.
    private static func accept<Payload: PayloadCodable>(
        _ type: Payload.Type, request: Request, context: some RequestContext, intake: KonbiniIntake
    ) async throws -> Response {
        let submission = try await request.konbini(type, context: context, intake: intake)
        let language = intake.language(acceptLanguage: request.headers[.acceptLanguage])
        return JSONResponse.ok(submission.responseBody(in: language))
    }
}
