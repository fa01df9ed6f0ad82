#if Hummingbird
import Foundation
import Hummingbird
import HummingbirdTesting
import KonbiniHTTP
import KonbiniHummingbird
import KonbiniProviders
import Testing

/// The Hummingbird adapter through the framework's own test client: every status of the
/// contract, both body kinds, both languages.
@Suite struct HummingbirdAdapterTests {
    static func application() -> some ApplicationProtocol {
        let router = Router()
        router.post("/stripe") { request, context -> Response in
            let submission = try await request.konbini(
                StripeKonbiniPaymentIntent.self, context: context, intake: KonbiniIntake(maximumBodySize: 1024))
            return Response(status: .ok, headers: [.contentType: "application/json"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: submission.responseBody(in: .english))))
        }
        router.get("/language") { request, _ -> String in
            request.messageLanguage(intake: KonbiniIntake(defaultLanguage: .japanese)).rawValue
        }
        return Application(router: router)
    }

    static func post(
        _ body: String, contentType: String, language: String = "ja", check: @escaping @Sendable (TestResponse) throws -> Void
    ) async throws {
        try await application().test(.router) { client in
            try await client.execute(uri: "/stripe", method: .post,
                                     headers: [.contentType: contentType, .acceptLanguage: language],
                                     body: ByteBuffer(string: body)) { try check($0) }
        }
    }

    static func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    @Test func aValidBodyIsAnsweredWithTheNormalizedRequest() async throws {
        try await Self.post(Bodies.validJSON, contentType: Bodies.json) { response in
            #expect(response.status == .ok)
            let body = try Self.json(response)
            let changes = try #require(body["changes"] as? [[String: String]])
            #expect(changes.map { $0["after"] } == ["taro@example.com"])
        }
        try await Self.post(Bodies.validForm, contentType: Bodies.form) { response in
            #expect(response.status == .ok)
        }
    }

    @Test(arguments: [("ja", "コンビニ決済の金額は120円以上300000円以下にしてください。"), ("en", "Amount must be between ¥120 and ¥300000 for Konbini.")])
    func anInvalidBodyIsProblemDetailsInTheClientsLanguage(_ language: String, _ message: String) async throws {
        try await Self.post(Bodies.invalidJSON, contentType: Bodies.json, language: language) { response in
            #expect(response.status == .unprocessableContent)
            #expect(response.headers[.contentType] == "application/problem+json")
            let body = try Self.json(response)
            #expect(body["status"] as? Int == 422)
            let violations = try #require(body["violations"] as? [[String: String]])
            #expect(violations.first?["pointer"] == "/amount")
            #expect(violations.first?["message"] == message)
        }
    }

    @Test func malformedLargeAndOtherBodiesGetTheirStatuses() async throws {
        try await Self.post(Bodies.malformedJSON, contentType: Bodies.json) { response in
            #expect(response.status == .badRequest)
            let detail = try Self.json(response)["detail"] as? String
            #expect(detail == "JSONの1行16文字目の書式が正しくありません。")
        }
        try await Self.post(String(repeating: " ", count: 2000) + Bodies.validJSON, contentType: Bodies.json) { response in
            #expect(response.status == .contentTooLarge)
        }
        try await Self.post(Bodies.validJSON, contentType: "text/plain") { response in
            #expect(response.status == .unsupportedMediaType)
        }
    }

    /// Headers are read as Hummingbird's `headers[name]` reads them: several fields of one
    /// name are one value, joined by commas.
    @Test func aHeaderGivenTwiceIsReadJoined() async throws {
        try await Self.application().test(.router) { client in
            var headers = HTTPFields()
            headers.append(HTTPFields.Element(name: .contentType, value: Bodies.json))
            headers.append(HTTPFields.Element(name: .contentType, value: Bodies.json))
            try await client.execute(uri: "/stripe", method: .post, headers: headers, body: ByteBuffer(string: Bodies.validJSON)) { response in
                // "application/json, application/json" names no one media type.
                #expect(response.status == .unsupportedMediaType)
            }
        }
    }

    @Test(arguments: [([], "ja"), (["en-US,ja;q=0.5"], "en"), (["fr"], "ja"), (["fr", "en"], "en")])
    func theMessageLanguageIsTheOneAcceptLanguageAsksFor(_ acceptLanguage: [String], _ language: String) async throws {
        try await Self.application().test(.router) { client in
            var headers = HTTPFields()
            for value in acceptLanguage { headers.append(HTTPFields.Element(name: .acceptLanguage, value: value)) }
            try await client.execute(uri: "/language", method: .get, headers: headers) { response in
                #expect(String(buffer: response.body) == language)
            }
        }
    }
}
#endif
