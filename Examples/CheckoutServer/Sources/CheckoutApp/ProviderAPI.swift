import Hummingbird
import KonbiniHTTP
import KonbiniHummingbird
import KonbiniPayload
import KonbiniProviders
import KonbiniRules

/// `POST /api/konbini/{provider}`: a provider's request, as JSON or a form body, answered
/// with the normalized request and its changes (200) or problem details (400, 413, 415,
/// 422); an unknown provider is 404.
enum ProviderAPI {
    /// The providers the API serves, by the names in its paths: ``addRoutes(to:intake:)``
    /// routes each, and the 404 lists them all.
    enum Provider: String, CaseIterable {
        case stripe
        case omiseSource = "omise-source"
        case omiseCharge = "omise-charge"
        case komoju
        case nomupay
    }

    /// Adds a route for each provider, and the 404 for any other name, to `router`.
    ///
    /// Each provider has a route of its own, naming its request type as a handler for one
    /// provider does: the check runs specialised for the type, and the path has no parameter
    /// for the router to collect on every request.
    static func addRoutes(to router: Router<BasicRequestContext>, intake: KonbiniIntake) {
        for provider in Provider.allCases {
            switch provider {
            case .stripe: addRoute(for: provider, reading: StripeKonbiniPaymentIntent.self, to: router, intake: intake)
            case .omiseSource: addRoute(for: provider, reading: OmiseKonbiniSource.self, to: router, intake: intake)
            case .omiseCharge: addRoute(for: provider, reading: OmiseKonbiniCharge.self, to: router, intake: intake)
            case .komoju: addRoute(for: provider, reading: KomojuPayment.self, to: router, intake: intake)
            case .nomupay: addRoute(for: provider, reading: NomuPayKonbiniPayment.self, to: router, intake: intake)
            }
        }
        // The router prefers a path's constant components to a parameter, so this answers
        // only the names no route above has.
        router.post("/api/konbini/:provider") { request, _ in
            notFound(language: request.messageLanguage(intake: intake))
        }
    }

    /// Adds the route of `provider`, which reads bodies as `type`.
    private static func addRoute<Payload: PayloadCodable>(
        for provider: Provider, reading type: Payload.Type, to router: Router<BasicRequestContext>, intake: KonbiniIntake
    ) {
        router.post(RouterPath("/api/konbini/\(provider.rawValue)")) { request, context in
            let submission = try await request.konbini(type, context: context, intake: intake)
            let language = request.messageLanguage(intake: intake)
            return JSONResponse.ok(submission.responseBody(in: language))
        }
    }

    /// The 404 for a provider the API does not serve.
    private static func notFound(language: MessageLanguage) -> Response {
        let names = Provider.allCases.map(\.rawValue).sorted().joined(separator: ", ")
        let problem = ProblemDetails(
            type: "about:blank", title: language == .japanese ? "見つかりません。" : "Not Found", status: 404,
            detail: language == .japanese
                ? "決済サービスは次のいずれかです：\(names)"
                : "The providers are: \(names).")
        return JSONResponse.problem(problem, language: language)
    }
}
