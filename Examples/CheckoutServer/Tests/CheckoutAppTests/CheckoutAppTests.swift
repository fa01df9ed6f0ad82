import CheckoutApp
import Foundation
import Hummingbird
import HummingbirdTesting
import KonbiniRulesGenerator
import Testing

/// The API's contract and the page, through Hummingbird's test client.
@Suite struct CheckoutAppTests {
    static func post(
        _ path: String, _ body: String, contentType: String = "application/json", language: String = "ja",
        check: @escaping @Sendable (TestResponse) throws -> Void
    ) async throws {
        let application = Application(router: CheckoutApplication.router())
        try await application.test(.router) { client in
            try await client.execute(uri: path, method: .post, headers: [.contentType: contentType, .acceptLanguage: language],
                                     body: ByteBuffer(string: body)) { try check($0) }
        }
    }

    static func text(_ response: TestResponse) -> String {
        String(buffer: response.body)
    }

    static let stripe = #"{"amount": 1980, "currency": "jpy", "payment_method_types": ["konbini"], "#
        + #""payment_method_data": {"type": "konbini", "billing_details": {"name": "ヤマダ", "email": "taro@example.com"}}}"#

    @Test func everyProviderAnswersItsContract() async throws {
        try await Self.post("/api/konbini/stripe", Self.stripe) { #expect($0.status == .ok) }
        try await Self.post("/api/konbini/stripe", #"{"amount": 10}"#, language: "en") { response in
            #expect(response.status == .unprocessableContent)
            #expect(response.headers[.contentType] == "application/problem+json")
            #expect(Self.text(response).contains("Amount must be between"))
        }
        try await Self.post("/api/konbini/omise-source", "amount=150&currency=jpy&type=econtext&name=%E3%83%A4&email=a%40b.jp&phone_number=0312345678",
                            contentType: "application/x-www-form-urlencoded") { #expect($0.status == .ok) }
        try await Self.post("/api/konbini/komoju", "{", language: "ja") { #expect($0.status == .badRequest) }
        try await Self.post("/api/konbini/nomupay", "{}", contentType: "text/plain") { #expect($0.status == .unsupportedMediaType) }
        try await Self.post("/api/konbini/omise-charge", String(repeating: " ", count: 70_000)) { #expect($0.status == .contentTooLarge) }
        try await Self.post("/api/konbini/paypal", "{}") { response in
            #expect(response.status == .notFound)
            #expect(Self.text(response).contains("omise-source"))
        }
    }

    /// The load test's baselines read the body and check nothing; the one on the API's
    /// route answers with as many bytes as the body and the API's envelope take, and none of
    /// the body's.
    @Test func theLoadBaselinesAnswerWithoutTheBody() async throws {
        try await Self.post("/api/read-only", Self.stripe) { response in
            #expect(response.status == .ok)
            #expect(Self.text(response) == #"{"bytes":\#(Self.stripe.utf8.count)}"#)
        }
        try await Self.post("/api/read-only/stripe", Self.stripe) { response in
            #expect(response.status == .ok)
            #expect(!Self.text(response).contains("ヤマダ") && !Self.text(response).contains("taro@example.com"))
            #expect(response.body.readableBytes > Self.stripe.utf8.count + 30, "\(response.body.readableBytes) bytes")
        }
    }

    @Test func aCardNumberNeverComesBack() async throws {
        let body = "amount=1000&currency=JPY&payment_details[type]=credit_card&payment_details[number]=4111111111111111"
            + "&payment_details[month]=01&payment_details[year]=2020&payment_details[verification_value]=123"
        try await Self.post("/api/konbini/komoju", body, contentType: "application/x-www-form-urlencoded") { response in
            #expect(!Self.text(response).contains("4111111111111111"))
        }
    }

    @Test func thePageShowsEachMessageBesideItsFieldOrTheChanges() async throws {
        let rejected = "amount=100&name_kana=%E3%82%84%E3%81%BE%E3%81%A0%F0%9F%98%80&phone=0312345678&email=a%40b.jp&store=lawson&provider=stripe"
        try await Self.post("/", rejected, contentType: "application/x-www-form-urlencoded") { response in
            #expect(response.status == .unprocessableContent)
            let page = Self.text(response)
            #expect(page.contains(#"<p class="error" data-field="amount">金額（円）は120円以上300000円以下で入力してください。</p>"#))
            #expect(page.contains(#"<p class="error" data-field="name_kana">お名前（カナ）は全角カタカナで入力してください。</p>"#))
        }
        let accepted = "amount=1980&name_kana=%E3%82%84%E3%81%BE%E3%81%A0+%E3%81%9F%E3%82%8D%E3%81%86"
            + "&phone=%EF%BC%90%EF%BC%99%EF%BC%90%EF%BC%8D%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%8D%EF%BC%95%EF%BC%96%EF%BC%97%EF%BC%98"
            + "&email=taro%40example.com&store=lawson&provider=komoju"
        try await Self.post("/", accepted, contentType: "application/x-www-form-urlencoded", language: "en") { response in
            #expect(response.status == .ok)
            let page = Self.text(response)
            #expect(page.contains(#"<dd id="value-name_kana">ヤマダ　タロウ</dd>"#))
            #expect(page.contains(#"<dd id="value-phone">09012345678</dd>"#))
            #expect(page.contains(#"<li class="change">やまだ たろう → ヤマダ タロウ</li>"#))
            #expect(page.contains(#"<li class="change">ヤマダ タロウ → ヤマダ　タロウ</li>"#))
        }
    }

    /// The page loads its script, which checks the form against the schema served beside it:
    /// the one the form's rules file exports.
    @Test func thePageChecksTheFormAgainstTheExportedSchema() async throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/CheckoutApp")
        let rules = try String(contentsOf: sources.appendingPathComponent("checkout.rules.yaml"), encoding: .utf8)
        let exported = try RulesGenerator.jsonSchema(rules, fileName: "checkout.rules.yaml").get()
        let application = Application(router: CheckoutApplication.router())
        try await application.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(Self.text(response).contains(#"<script src="/checkout.js" defer></script>"#))
            }
            try await client.execute(uri: "/checkout.schema.json", method: .get) { response in
                #expect(response.headers[.contentType] == "application/schema+json")
                #expect(Self.text(response) == exported,
                        "checkout.schema.json is stale: swift run --package-path ../.. konbini-rulegen --emit json-schema checkout.rules.yaml checkout.schema.json in Sources/CheckoutApp")
            }
            try await client.execute(uri: "/checkout.js", method: .get) { response in
                #expect(response.headers[.contentType] == "text/javascript; charset=utf-8")
                #expect(Self.text(response).contains("fetch(\"/checkout.schema.json\")"))
            }
        }
    }
}
