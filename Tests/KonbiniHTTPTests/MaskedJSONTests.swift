import Foundation
@testable import KonbiniHTTP
import KonbiniPayload
import KonbiniProviders
import KonbiniRules
import Testing

/// The response's JSON: what Foundation's encoder writes, with sensitive and card-like texts
/// masked.
@Suite struct MaskedJSONTests {
    static func object(_ bytes: [UInt8]) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? NSDictionary)
    }

    @Test func writesWhatJSONEncoderWritesForEveryValidSample() throws {
        let bodies = [
            "Examples/payloads/stripe/valid.json", "Examples/payloads/nomupay/valid.json",
        ]
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for path in bodies {
            let bytes = Array(try Data(contentsOf: root.appendingPathComponent(path)))
            let document = try bytes.withUnsafeBufferPointer { try JSONReader().read($0) }
            for request in [StripeKonbiniPaymentIntent.decode(document.root).request as (any Encodable)?,
                            NomuPayKonbiniPayment.decode(document.root).request] {
                guard let request else { continue }
                let foundation = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(request)) as? NSDictionary)
                #expect(try Self.object(MaskedJSON.encode(request, sensitive: [])) == foundation, "\(path)")
            }
        }
    }

    @Test func masksSensitivePointersAndCardNumbersAndEscapesText() throws {
        struct Card: Encodable {
            var number = "4111111111111111"
            var code = 123
            var note = "4111 1111 1111 1111"
            var name = "ヤマダ \"太郎\"\n\u{1}"
            var items = ["a", "b"]
        }
        let bytes = try MaskedJSON.encode(Card(), sensitive: ["/number", "/code", "/items/1"])
        let object = try Self.object(bytes)
        #expect(object["number"] as? String == "••••••••••••1111")
        #expect(object["code"] as? String == "•••")
        #expect(object["note"] as? String == "•••••••••••••••1111")
        #expect(object["name"] as? String == "ヤマダ \"太郎\"\n\u{1}")
        #expect(object["items"] as? [String] == ["a", "•"])
        #expect(String(decoding: bytes, as: UTF8.self).contains(#""name":"ヤマダ \"太郎\"\u000a\u0001""#))
    }
}
