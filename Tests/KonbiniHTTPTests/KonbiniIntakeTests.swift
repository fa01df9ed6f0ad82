import Foundation
import KonbiniHTTP
import KonbiniPayload
import KonbiniProviders
import KonbiniRules
import Testing

/// What a form handler gets for each kind of body: the statuses of the contract, both body
/// kinds, both languages, and no personal data in what it would send back.
@Suite struct KonbiniIntakeTests {
    static let now = Timestamp(iso8601: "2026-11-22T12:00:00Z")!
    static let intake = KonbiniIntake()
    static let form = "application/x-www-form-urlencoded"

    static func accept<Request: PayloadDecodable>(
        _ type: Request.Type, _ body: String, contentType: String? = "application/json", intake: KonbiniIntake = intake
    ) throws(KonbiniRejection) -> KonbiniSubmission<Request> {
        try intake.accept(type, body: Array(body.utf8), contentType: contentType, now: now)
    }

    static func rejection<Request: PayloadDecodable>(
        _ type: Request.Type, _ body: String, contentType: String? = "application/json", intake: KonbiniIntake = intake
    ) -> KonbiniRejection? {
        do {
            _ = try accept(type, body, contentType: contentType, intake: intake)
            return nil
        } catch {
            return error
        }
    }

    /// A body without contiguous storage is read as the same bytes in an array are.
    @Test func aBodyOfAnyCollectionOfBytesIsReadAsItsBytes() throws {
        let body = #"{"amount": 1980, "currency": "jpy", "payment_method_types": ["konbini"], "payment_method_data": "#
            + #"{"type": "konbini", "billing_details": {"name": "ヤマダ", "email": "ｔａｒｏ＠example.com"}}}"#
        let bytes = Array(body.utf8)
        let noncontiguous = bytes.lazy.map { $0 }
        #expect(noncontiguous.withContiguousStorageIfAvailable { _ in true } == nil)
        let fromArray = try Self.intake.accept(StripeKonbiniPaymentIntent.self, body: bytes, contentType: "application/json", now: Self.now)
        let fromCollection = try Self.intake.accept(
            StripeKonbiniPaymentIntent.self, body: noncontiguous, contentType: "application/json", now: Self.now)
        #expect(fromCollection.request == fromArray.request)
        #expect(fromCollection.request.paymentMethodData?.billingDetails?.email == "taro@example.com")
        #expect(fromCollection.changes == fromArray.changes)
        #expect(fromCollection.changes.count == 1)
        let form = "amount=1980&currency=jpy&payment_method_types[]=konbini"
        let fromFormCollection = try Self.intake.accept(
            StripeKonbiniPaymentIntent.self, body: Array(form.utf8).lazy.map { $0 }, contentType: Self.form, now: Self.now)
        #expect(fromFormCollection.request.amount == 1980)
    }

    @Test func aFormBodyIsNormalizedAndEveryChangeReportedWithItsWholeText() throws {
        let body = "amount=1500&currency=jpy&type=econtext&name=%E3%83%A4%E3%83%9E%E3%83%80&email=%EF%BD%94%EF%BD%81%EF%BD%92%EF%BD%8F%EF%BC%A0example.com"
            + "&phone_number=%EF%BC%90%EF%BC%99%EF%BC%90-1234-5678"
        let submission = try Self.accept(OmiseKonbiniSource.self, body, contentType: "application/x-www-form-urlencoded; charset=UTF-8")
        #expect(submission.request.email == "taro@example.com")
        #expect(submission.request.phoneNumber == "09012345678")
        #expect(submission.changeReport.map(\.pointer) == ["/email", "/phone_number"])
        #expect(submission.changeReport.first?.before == "ｔａｒｏ＠example.com")
        #expect(submission.changeReport.first?.after == "taro@example.com")
        #expect(submission.changeReport.first?.normalization == "fullwidth_ascii_to_ascii")
        #expect(submission.changeReport.last?.before == "０９０-1234-5678")
        #expect(submission.changeReport.last?.after == "09012345678")
        let response = try #require(try JSONSerialization.jsonObject(with: Data(submission.responseBody(in: .japanese))) as? [String: Any])
        #expect((response["request"] as? [String: Any])?["phone_number"] as? String == "09012345678")
        #expect((response["changes"] as? [[String: String]])?.count == 2)
    }

    @Test func violationsAreAllReportedForCustomersInTheirLanguage() throws {
        let rejection = try #require(Self.rejection(OmiseKonbiniSource.self, #"{"amount": 100, "currency": "jpy", "type": "econtext", "email": "taro@"}"#))
        #expect(rejection.status == 422)
        let japanese = rejection.problemDetails(in: .japanese)
        #expect(japanese.status == 422)
        #expect(japanese.violations.map(\.pointer) == ["/amount", "/name", "/email", "/phone_number"])
        #expect(japanese.violations.first?.message == "コンビニ決済の金額は150円以上49999円以下にしてください。")
        #expect(japanese.violations.map(\.message).contains("お名前は必須です。"))
        #expect(japanese.violations.map(\.message).contains("メールアドレスの形式が正しくありません（メールアドレス）。"))
        let english = rejection.problemDetails(in: .english)
        #expect(english.violations.map(\.message).contains("Phone number is required."))
        let json = String(decoding: try JSONEncoder().encode(english), as: UTF8.self)
        #expect(!json.contains("taro@"))
    }

    @Test func aDuplicateMemberIsAViolationNotTheLastValueSilently() throws {
        let rejection = try #require(Self.rejection(
            StripeKonbiniPaymentIntent.self,
            #"{"amount": 1200, "amount": 99999999, "currency": "jpy", "payment_method_types": ["konbini"]}"#))
        #expect(rejection.status == 422)
        #expect(rejection.violations.map(\.ruleID).contains(PayloadRules.duplicateKey.id))
        #expect(rejection.problemDetails(in: .japanese).violations.first?.message == "amountが複数回指定されています。")
    }

    @Test func aMalformedBodyIs400WithWhereReadingStopped() throws {
        let json = try #require(Self.rejection(StripeKonbiniPaymentIntent.self, "{\n  \"amount\": 12,,\n}"))
        #expect(json.status == 400)
        #expect(json.violations.map(\.ruleID) == [PayloadRules.jsonSyntax.id])
        #expect(json.problemDetails(in: .japanese).detail == "JSONの2行16文字目の書式が正しくありません。")
        #expect(json.problemDetails(in: .english).detail?.hasPrefix("The JSON is not well-formed at line 2, column 16") == true)
        let form = try #require(Self.rejection(OmiseKonbiniSource.self, "amount=%ZZ", contentType: Self.form))
        #expect(form.status == 400)
        #expect(form.violations.map(\.ruleID) == [PayloadRules.formSyntax.id])
        let deep = try #require(Self.rejection(StripeKonbiniPaymentIntent.self, String(repeating: "[", count: 100)))
        #expect(deep.violations.map(\.ruleID) == [PayloadRules.jsonDepth.id])
    }

    @Test func aBodyThatIsNoObjectBreaksTheRequestTypeRule() throws {
        let rejection = try #require(Self.rejection(StripeKonbiniPaymentIntent.self, "[1, 2]"))
        #expect(rejection.status == 422)
        #expect(rejection.problemDetails(in: .japanese).violations.map(\.message) == ["リクエストの形式が正しくありません（オブジェクト）。"])
    }

    @Test func otherMediaTypesAndLargeBodiesAreRefused() throws {
        #expect(Self.rejection(StripeKonbiniPaymentIntent.self, "{}", contentType: "text/plain")?.status == 415)
        #expect(Self.rejection(StripeKonbiniPaymentIntent.self, "{}", contentType: nil)?.status == 415)
        #expect(Self.rejection(StripeKonbiniPaymentIntent.self, "{}", contentType: "application/json; charset=Shift_JIS")?.status == 415)
        let small = KonbiniIntake(maximumBodySize: 10)
        let large = try #require(Self.rejection(StripeKonbiniPaymentIntent.self, #"{"amount": 1200}"#, intake: small))
        #expect(large.status == 413)
        #expect(large.problemDetails(in: .english).detail == "The body may have at most 10 bytes.")
    }

    @Test func warningsAloneAreAccepted() throws {
        let body = #"{"amount": 1200, "currency": "jpy", "type": "econtext", "name": "ヤマダ", "email": "taro@example.com", "#
            + #""phone_number": "0312345678", "note": "gift"}"#
        let submission = try Self.accept(OmiseKonbiniSource.self, body)
        #expect(submission.warnings.map(\.ruleID) == ["omise.source.unknown_field"])
    }

    @Test func sensitiveFieldsAndCardNumbersAreMaskedInTheResponse() throws {
        let body = "amount=1000&currency=JPY&payment_details[type]=credit_card&payment_details[number]=4111111111111111"
            + "&payment_details[month]=01&payment_details[year]=2030&payment_details[verification_value]=123"
            + "&payment_details[given_name]=Taro&payment_details[family_name]=Yamada"
        let submission = try Self.accept(KomojuPayment.self, body, contentType: Self.form)
        let response = String(decoding: submission.responseBody(in: .english), as: UTF8.self)
        #expect(!response.contains("4111111111111111"))
        #expect(response.contains("••••••••••••1111"))
        #expect(!response.contains("\"123\""))
    }
}

/// Problem details as a response body: what `JSONDecoder` reads back as the same document.
@Suite struct ProblemDetailsTests {
    @Test func theResponseBodyReadsBackAsTheDocument() throws {
        let message = RuleMessage(english: "Line one\nline two \u{202E}", japanese: "「注」\t")
        let rule = KonbiniRule(id: "shop.note.\"quoted\"", severity: .warning, message: message, source: "https://shop.example/terms")
        let violation = Violation(rule: rule, path: "/a~1b/0", message: message)
        let rejections = [
            KonbiniRejection(.unsupportedMediaType), KonbiniRejection(.bodyTooLarge(limit: 65_536)),
            KonbiniRejection(.malformedBody, violations: [violation]), KonbiniRejection(.invalidRequest, violations: [violation, violation]),
        ]
        for rejection in rejections {
            for language in [MessageLanguage.japanese, .english] {
                let problem = rejection.problemDetails(in: language)
                #expect(try JSONDecoder().decode(ProblemDetails.self, from: Data(problem.responseBody)) == problem, "\(rejection.reason)")
            }
        }
        // Text that would reorder or break a log line is escaped, not dropped.
        let body = String(decoding: rejections[2].problemDetails(in: .english).responseBody, as: UTF8.self)
        #expect(body.contains(#"Line one\nline two \u202e"#))
    }
}

@Suite struct HeaderTests {
    @Test(arguments: [
        ("ja,en;q=0.8", MessageLanguage.japanese), ("en-US,en;q=0.9,ja;q=0.8", .english), ("fr, ja;q=0.5", .japanese),
        ("ja;q=0, en", .english), ("de", .english), ("*", .english), ("", .english), ("en;q=0.5, ja;q=0.7", .japanese),
        ("JA-jp", .japanese), ("en;q=abc, ja;q=0.1", .japanese), ("ja;x=1;q=0.2, en;q=0.3", .english), (",,ja,", .japanese),
        ("en ; q = 0.2 , ja ; q=0.1", .english), ("ja;q=1.0001", .english),
    ])
    func acceptLanguagePicksTheHighestWeight(_ header: String, _ expected: MessageLanguage) {
        #expect(MessageLanguage(acceptLanguage: header, fallback: .english) == expected)
    }

    @Test func noHeaderGivesTheFallback() {
        #expect(MessageLanguage(acceptLanguage: nil) == .japanese)
        #expect(MessageLanguage(acceptLanguage: nil, fallback: .english) == .english)
    }

    @Test(arguments: [
        ("application/json", BodyFormat.json), ("Application/JSON; charset=utf-8", .json), ("application/merge-patch+json", .json),
        ("application/x-www-form-urlencoded", .form), ("application/x-www-form-urlencoded;charset=\"UTF-8\"", .form),
        ("application/json;;charset=utf-8;", .json), (" application/json ; x=y ", .json),
    ])
    func contentTypesAreRead(_ header: String, _ expected: BodyFormat) {
        #expect(BodyFormat(contentType: header) == expected)
    }

    @Test(arguments: ["text/plain", "multipart/form-data; boundary=x", "application/json; charset=shift_jis", "json",
                      "application/json; x=y; charset=latin1", "application/json; charset=utf-8; charset=latin1", ""])
    func otherContentTypesAreNot(_ header: String) {
        #expect(BodyFormat(contentType: header) == nil)
    }
}
