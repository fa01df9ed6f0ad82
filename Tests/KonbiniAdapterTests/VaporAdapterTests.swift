#if Vapor
import Foundation
import KonbiniHTTP
import KonbiniProviders
import KonbiniVapor
import Testing
import VaporTesting

/// The Vapor adapter through the framework's own testing library: every status of the
/// contract, both body kinds, both languages.
@Suite struct VaporAdapterTests {
    static func post(
        _ body: String, contentType: String, language: String = "ja",
        check: @escaping @Sendable (TestingHTTPResponse) throws -> Void
    ) async throws {
        try await withApp { app in
            app.middleware.use(KonbiniProblemMiddleware())
            app.post("stripe") { request async throws -> Response in
                let submission = try await request.konbini(StripeKonbiniPaymentIntent.self, intake: KonbiniIntake(maximumBodySize: 1024))
                return Response(status: .ok, body: .init(buffer: ByteBuffer(bytes: submission.responseBody(in: .english))))
            }
            try await app.testing().test(.POST, "stripe", headers: ["Content-Type": contentType, "Accept-Language": language],
                                         body: ByteBuffer(string: body)) { try check($0) }
        }
    }

    static func json(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    @Test func aValidBodyIsAnsweredWithTheNormalizedRequest() async throws {
        try await Self.post(Bodies.validJSON, contentType: Bodies.json) { response in
            #expect(response.status == .ok)
            let changes = try #require(try Self.json(response)["changes"] as? [[String: String]])
            #expect(changes.map { $0["after"] } == ["taro@example.com"])
        }
        try await Self.post(Bodies.validForm, contentType: Bodies.form) { response in
            #expect(response.status == .ok)
        }
    }

    @Test(arguments: [("ja", "コンビニ決済の金額は120円以上300000円以下にしてください。"), ("en", "Amount must be between ¥120 and ¥300000 for Konbini.")])
    func anInvalidBodyIsProblemDetailsInTheClientsLanguage(_ language: String, _ message: String) async throws {
        try await Self.post(Bodies.invalidJSON, contentType: Bodies.json, language: language) { response in
            #expect(response.status == .unprocessableEntity)
            #expect(response.headers.first(name: .contentType) == "application/problem+json")
            let violations = try #require(try Self.json(response)["violations"] as? [[String: String]])
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
            #expect(response.status == .payloadTooLarge)
        }
        try await Self.post(Bodies.validJSON, contentType: "text/plain") { response in
            #expect(response.status == .unsupportedMediaType)
        }
    }
}
#endif
