import Hummingbird
import KonbiniHTTP
import KonbiniHummingbird
import KonbiniPayload
import KonbiniProviders

/// `POST /api/konbini/{provider}`: a provider's request, as JSON or a form body, answered
/// with the normalized request and its changes (200) or problem details (400, 413, 415,
/// 422); an unknown provider is 404.
enum ProviderAPI {
    /// The providers the API serves, by the names in its paths: the switch below must answer
    /// each, and the 404 lists them all.
    enum Provider: String, CaseIterable {
        case stripe
        case omiseSource = "omise-source"
        case omiseCharge = "omise-charge"
        case komoju
        case nomupay
    }

    static func respond(to request: Request, context: some RequestContext, intake: KonbiniIntake) async throws -> Response {
        // Each provider's request type is named where it is used, as a handler for one
        // provider names its type: the check runs specialised for it.
        switch Provider(rawValue: context.parameters.get("provider") ?? "") {
        case .stripe?: return try await accept(StripeKonbiniPaymentIntent.self, request: request, context: context, intake: intake)
        case .omiseSource?: return try await accept(OmiseKonbiniSource.self, request: request, context: context, intake: intake)
        case .omiseCharge?: return try await accept(OmiseKonbiniCharge.self, request: request, context: context, intake: intake)
        case .komoju?: return try await accept(KomojuPayment.self, request: request, context: context, intake: intake)
        case .nomupay?: return try await accept(NomuPayKonbiniPayment.self, request: request, context: context, intake: intake)
        case nil:
            let names = Provider.allCases.map(\.rawValue).sorted().joined(separator: ", ")
            let language = intake.language(acceptLanguage: request.headers[.acceptLanguage])
            let problem = ProblemDetails(
                type: "about:blank", title: language == .japanese ? "見つかりません。" : "Not Found", status: 404,
                detail: language == .japanese
                    ? "決済サービスは次のいずれかです：\(names)"
                    : "The providers are: \(names).")
            return JSONResponse.problem(problem, language: language)
        }
    }

    /// The answer for a body read as `type`.
    private static func accept<Payload: PayloadCodable>(
        _ type: Payload.Type, request: Request, context: some RequestContext, intake: KonbiniIntake
    ) async throws -> Response {
        let submission = try await request.konbini(type, context: context, intake: intake)
        let language = intake.language(acceptLanguage: request.headers[.acceptLanguage])
        return JSONResponse.ok(submission.responseBody(in: language))
    }
}
