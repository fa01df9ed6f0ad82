import Foundation
import KonbiniProviders
import Testing

/// The generated types are `Codable` with the providers' member names: what the library's
/// decoder reads, `JSONEncoder` writes back, and both `JSONDecoder` and the library read
/// that again as the same request, on every conformance case; the generated writer writes
/// what `JSONEncoder` does, with personal data masked.
@Suite struct CodableTests {
    @Test(arguments: ConformanceCorpusTests.corpora)
    func decodeEncodeAndReadBackGiveTheSameRequest(_ name: String) throws {
        let requestType = try #require(ConformanceCorpusTests.requestTypes[name])
        let corpus = try ConformanceCorpus.load(ConformanceCorpusTests.directory.appendingPathComponent("\(name).json"))
        var roundTrips = 0
        var objects = 0
        for testCase in corpus.cases {
            let payload = try testCase.payload(from: corpus.base, now: corpus.now)
            if payload.kind == .object { objects += 1 }
            if try Self.roundTrip(requestType, payload, now: corpus.now, label: "\(name): \(testCase.name)") { roundTrips += 1 }
        }
        // Every case whose payload is an object decodes to a request, and round-trips.
        #expect(roundTrips == objects, "\(name): \(roundTrips) of \(objects) object payloads")
        #expect(objects >= corpus.cases.count - 1)
    }

    static func roundTrip<Request: PayloadCodable>(_ type: Request.Type, _ payload: PayloadNode, now: Timestamp, label: String) throws -> Bool {
        guard let request = Request.decode(payload).request else { return false }
        let json = try JSONEncoder().encode(request)
        let decoded = try JSONDecoder().decode(Request.self, from: json)
        #expect(decoded == request, "\(label)")
        let read = try JSONReader().read(Array(json))
        #expect(Request.decode(read.root).request == request, "\(label)")
        #expect(Request.decode(read.root).violations.isEmpty, "\(label): the encoding has a value of the wrong type")
        #expect(decoded.validate(now: now) == request.validate(now: now), "\(label)")
        let written = try JSONSerialization.jsonObject(with: Data(request.maskedJSON)) as? NSDictionary
        let expected = masked(try JSONSerialization.jsonObject(with: json), at: .root, sensitive: Request.sensitiveFields) as? NSDictionary
        #expect(written != nil && written == expected, "\(label): the written JSON is not JSONEncoder's, masked")
        return true
    }

    /// A value of `JSONSerialization` as the writer shows it: texts at sensitive pointers,
    /// and texts that look like card numbers, masked; numbers at sensitive pointers masked
    /// as texts.
    static func masked(_ value: Any, at pointer: JSONPointer, sensitive: Set<JSONPointer>) -> Any {
        switch value {
        case let object as [String: Any]:
            return object.reduce(into: [String: Any]()) { $0[$1.key] = masked($1.value, at: pointer.appending($1.key), sensitive: sensitive) }
        case let items as [Any]:
            return items.enumerated().map { masked($1, at: pointer.appending($0), sensitive: sensitive) }
        case let text as String:
            return ValueMasking.displayed(text, isSensitive: sensitive.contains(pointer))
        case let number as NSNumber where sensitive.contains(pointer):
            return ValueMasking.masked(number.stringValue)
        default:
            return value
        }
    }

    /// A handler that decodes with `JSONDecoder` gets what the provider's document shows:
    /// member names, a currency in capitals, a payment's details chosen by their `type`.
    @Test func decodesAndEncodesTheProvidersJSON() throws {
        let komoju = #"{"amount": 1000, "currency": "JPY", "payment_details": {"type": "konbini", "store": "lawson", "email": "a@example.com", "phone": "０９０-1111-2222"}}"#
        let request = try JSONDecoder().decode(KomojuPayment.self, from: Data(komoju.utf8))
        #expect(request.currency == .jpy)
        guard case .konbini(let details)? = request.paymentDetails else {
            Issue.record("payment_details decoded as \(String(describing: request.paymentDetails))")
            return
        }
        #expect(details.store == .lawson)
        let (fixed, changes) = request.normalized()
        #expect(changes.map(\.ruleID) == ["komoju.konbini.phone.pattern"])
        #expect(fixed.validate(now: Timestamp(secondsSince1970: 1_795_348_800)).isEmpty)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let written = String(decoding: try encoder.encode(fixed), as: UTF8.self)
        #expect(written == #"{"amount":1000,"currency":"JPY","payment_details":{"email":"a@example.com","phone":"090-1111-2222","store":"lawson","type":"konbini"}}"#)

        let stripe = StripeKonbiniPaymentIntent(
            amount: 1_000, currency: .jpy, paymentMethodTypes: ["konbini"],
            paymentMethodOptions: .init(konbini: .init(confirmationNumber: "09011112222")))
        // Stripe reads the currency in any case, and so does its type's decoding.
        let capitals = try JSONDecoder().decode(StripeKonbiniPaymentIntent.self, from: Data(#"{"currency": "JPY"}"#.utf8))
        #expect(capitals.currency == .jpy)
        let stripeJSON = String(decoding: try encoder.encode(stripe), as: UTF8.self)
        #expect(stripeJSON == #"{"amount":1000,"currency":"jpy","payment_method_options":{"konbini":{"confirmation_number":"09011112222"}},"payment_method_types":["konbini"]}"#)
    }

    @Test func wrongJSONIsADecodingErrorThatSaysWhy() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(KomojuPayment.self, from: Data(#"{"payment_details": {"type": "cash"}}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(KomojuPayment.self, from: Data(#"{"currency": "usd"}"#.utf8))
        }
    }
}
