import Foundation
import KonbiniPayload
import KonbiniRules
import KonbiniRulesCore
import KonbiniRulesGenerator
import KonbiniRulesInterpreter
import Testing

/// The generated Swift and JSON Schema for a small rules file, pinned. After an intended
/// change to the generator, regenerate with `KONBINI_RECORD_GOLDEN=1 swift test --filter
/// GoldenFileTests` (which fails, saying it recorded), review the difference and run the
/// tests again. The Swift reference is compiled into these tests, so it must stay valid Swift,
/// and it is exercised below; when a runtime change stops it compiling, regenerate it first:
/// `swift run konbini-rulegen shop.rules.yaml shop.swift` in `Golden/`.
@Suite struct GoldenFileTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test func generatedSwiftMatchesTheReference() throws {
        let rules = try String(contentsOf: Self.directory.appendingPathComponent("shop.rules.yaml"), encoding: .utf8)
        try Self.expect(try RulesGenerator.generate(rules, fileName: "shop.rules.yaml").get(), matches: "shop.swift")
    }

    @Test func generatedSchemaMatchesTheReference() throws {
        let rules = try String(contentsOf: Self.directory.appendingPathComponent("shop.rules.yaml"), encoding: .utf8)
        try Self.expect(try RulesGenerator.jsonSchema(rules, fileName: "shop.rules.yaml").get(), matches: "shop.schema.json")
    }

    /// Records a difference between `generated` and the reference file `name`, at its first
    /// differing line, or records the reference when `KONBINI_RECORD_GOLDEN` is 1.
    static func expect(_ generated: String, matches name: String) throws {
        let reference = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["KONBINI_RECORD_GOLDEN"] == "1" {
            // Recording is not a test: the run fails, so that it cannot pass in CI.
            try generated.write(to: reference, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name); review the difference and run the tests without KONBINI_RECORD_GOLDEN")
            return
        }
        let expected = try String(contentsOf: reference, encoding: .utf8)
        let generatedLines = generated.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for (number, (line, reference)) in zip(generatedLines, expectedLines).enumerated() where line != reference {
            Issue.record("\(name) line \(number + 1) differs:\n  generated: \(line)\n  reference: \(reference)")
            break
        }
        #expect(generatedLines.count == expectedLines.count)
    }

    @Test func aBadRulesFileProducesDiagnosticsAndNoSwift() {
        let result = RulesGenerator.generate("version: 1\nprovider: shop\n", fileName: "bad.rules.yaml")
        guard case .failure(let diagnostics) = result else {
            Issue.record("a file without request, title, documents or fields generated Swift")
            return
        }
        #expect(diagnostics.diagnostics.map(\.description).contains("bad.rules.yaml:1:1: error: the rules file needs 'request'"))
    }
}

extension GoldenFileTests {
    @Test func pinnedCodeValidatesAndNormalizes() throws {
        let now = Timestamp(secondsSince1970: 1_795_348_800)
        var order = ShopKonbiniOrder(amount: 100_001, customer: .init(nameKana: "ﾔﾏﾀﾞ", phone: "090-1111-2222"))
        #expect(order.validate(now: now).map(\.ruleID) == ["shop.amount.range", "shop.name_kana.charset", "shop.phone.digits"])
        order.amount = 100_000
        let (fixed, changes) = order.normalized()
        #expect(fixed.customer?.nameKana == "ヤマダ")
        #expect(fixed.customer?.phone == "09011112222")
        #expect(changes.map(\.path) == ["/customer/name_kana", "/customer/phone"])
        #expect(fixed.validate(now: now).isEmpty)
        // Text is judged as sent: a decomposed name fails, names its composition, and the
        // nfc fix composes it; a pattern is matched by the type's compiled constant.
        let decomposed = ShopKonbiniOrder(amount: 1_000, customer: .init(nameKana: "ヤマタ\u{3099}", postalCode: "１００-０００１"))
        let violations = decomposed.validate(now: now)
        #expect(violations.map(\.ruleID) == ["shop.name_kana.charset", "shop.postal_code.pattern"])
        #expect(violations.first?.message.english.hasSuffix("Composed (NFC) it would pass: U+30BF U+3099 → U+30C0.") == true)
        let (composed, compositions) = decomposed.normalized()
        #expect(composed.customer?.nameKana == "ヤマダ")
        #expect(composed.customer?.postalCode == "100-0001")
        #expect(compositions.map(\.ruleID) == ["shop.name_kana.charset", "shop.postal_code.pattern"])
        #expect(composed.validate(now: now).isEmpty)
        // A date-time is read with the rules file's defaults, by JSONDecoder as by the payload
        // decoder: a date alone is 23:59 JST on the day, 8 hours 59 minutes ahead of `now`.
        var late = fixed
        late.customer = try JSONDecoder().decode(ShopKonbiniOrder.Customer.self, from: Data(#"{"deadline":"2026-11-22"}"#.utf8))
        #expect(late.customer?.deadline?.description == "2026-11-22T14:59:00Z")
        #expect(late.validate(now: now).isEmpty)
        late.customer = try JSONDecoder().decode(ShopKonbiniOrder.Customer.self, from: Data(#"{"deadline":"2026-11-22T21:29"}"#.utf8))
        #expect(late.validate(now: now).map(\.ruleID) == ["shop.deadline.later_than"])
        // A note is counted in Shift_JIS bytes: twenty half-width katakana fit, eleven
        // full-width characters do not.
        var noted = fixed
        noted.note = String(repeating: "ｱ", count: 20)
        #expect(noted.validate(now: now).isEmpty)
        noted.note = String(repeating: "ア", count: 11)
        #expect(noted.validate(now: now).map(\.message.english) == ["note must take at most 20 bytes in Shift_JIS."])
        let (cut, cuts) = noted.normalized()
        #expect(cut.note == String(repeating: "ア", count: 10))
        #expect(cuts.map(\.normalization) == [.truncate])
        // A store code is sent as the provider's code and named in Swift; a check with a `when`
        // applies at that store only, and so does its fix.
        var coded = fixed
        coded.storeCode = .sevenEleven
        coded.buyer = "Taro!Yamada"
        #expect(coded.validate(now: now).map(\.ruleID) == ["shop.buyer.pattern"])
        #expect(try String(decoding: JSONEncoder().encode(coded.storeCode), as: UTF8.self) == #""00007""#)
        coded.storeCode = .lawson
        #expect(coded.validate(now: now).map(\.ruleID) == ["shop.buyer.length"])
        #expect(coded.normalized().request.buyer == "Taro!")
        coded.storeCode = .sevenEleven
        #expect(coded.normalized().request.buyer == "Taro!Yamada")
        // A domestic number where an international one is asked for is fixed to E.164.
        var called = fixed
        called.customer = .init(internationalPhone: "090-1234-5678")
        #expect(called.validate(now: now).map(\.ruleID) == ["shop.international_phone.phone"])
        let (dialled, dialling) = called.normalized()
        #expect(dialled.customer?.internationalPhone == "+819012345678")
        #expect(dialling.map(\.normalization) == [.phoneE164])
        #expect(dialled.validate(now: now).isEmpty)
        // A rule over several fields names the labelled ones by their labels to customers.
        late.customer?.phone = "09011112222"
        let both = try #require(late.validate(now: now).first { $0.ruleID == "shop.contact.exclusive" })
        #expect(both.message.japanese.contains("phone、deadline") && both.message.english.contains("phone, deadline"))
        #expect(both.customerMessage.japanese.contains("電話番号、deadline"))
        #expect(both.customerMessage.english.contains("Phone number, deadline"))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ShopKonbiniOrder.Customer.self, from: Data(#"{"deadline":"22/11/2026"}"#.utf8))
        }
    }
}

extension GoldenFileTests {
    /// The plugin hands the generator each rules file's absolute path: the Swift must not
    /// depend on it, so two checkouts build the same sources and no build machine's folders
    /// end up in the documentation. Diagnostics keep the path, for editors to find the file.
    @Test func generatedSwiftIsTheSameWhereverTheRulesFileIs() throws {
        let rules = try String(contentsOf: Self.directory.appendingPathComponent("shop.rules.yaml"), encoding: .utf8)
        let here = try RulesGenerator.generate(rules, fileName: "/home/alice/shop/Sources/Shop/shop.rules.yaml").get()
        let there = try RulesGenerator.generate(rules, fileName: "/build/checkout-2/Sources/Shop/shop.rules.yaml").get()
        #expect(here == there)
        #expect(!here.contains("/home/alice") && !here.contains("Sources/Shop"))
        #expect(here == (try RulesGenerator.generate(rules, fileName: "shop.rules.yaml").get()))
        guard case .failure(let diagnostics) = RulesGenerator.generate("version: 1\n", fileName: "/home/alice/bad.rules.yaml") else {
            Issue.record("an incomplete rules file generated Swift")
            return
        }
        #expect(diagnostics.description.hasPrefix("/home/alice/bad.rules.yaml:1:1: error:"))
    }
}

extension GoldenFileTests {
    /// The generated writer: members in the rules file's order by their provider names,
    /// absent ones left out, an enum by its value, a moment in UTC, the sensitive phone
    /// masked, and text escaped.
    @Test func pinnedCodeWritesTheProvidersJSONMasked() {
        let order = ShopKonbiniOrder(
            amount: 1_000, store: .familyMart, wrapping: [.gift, .plain],
            customer: .init(nameKana: "ヤマダ \"タロウ\"\n", phone: "09011112222", deadline: Timestamp(secondsSince1970: 1_795_359_540)))
        #expect(String(decoding: order.maskedJSON, as: UTF8.self) == #"""
            {"amount":1000,"store":"family-mart","wrapping":["gift","plain"],"customer":{"name_kana":"ヤマダ \"タロウ\"\n","phone":"•••••••••••","deadline":"2026-11-22T14:59:00Z"}}
            """#)
        #expect(String(decoding: ShopKonbiniOrder().maskedJSON, as: UTF8.self) == "{}")
        // A text that looks like a card number is masked in any field.
        let card = ShopKonbiniOrder(customer: .init(email: "4111 1111 1111 1111"))
        #expect(String(decoding: card.maskedJSON, as: UTF8.self) == #"{"customer":{"email":"•••••••••••••••1111"}}"#)
    }
}

extension GoldenFileTests {
    /// The pinned type and the interpreter of its rules file report the same violations,
    /// messages for customers included, on payloads that break each kind of rule it has.
    @Test func pinnedCodeAndTheInterpreterAgree() throws {
        let text = try String(contentsOf: Self.directory.appendingPathComponent("shop.rules.yaml"), encoding: .utf8)
        let interpreter = RulesInterpreter(document: try RulesChecker.load(text, file: "shop.rules.yaml").get())
        let now = Timestamp(secondsSince1970: 1_795_348_800)
        let payloads = [
            #"{"amount": 1000}"#,
            #"{"amount": 99, "store": "seven", "wrapping": ["gift", "box"], "note": "アアアアアアアアアアア", "extra": 1}"#,
            #"{"amount": "1000", "customer": {"name_kana": "やまだ", "phone": "090", "deadline": "2026-11-22T21:29"}}"#,
            #"{"amount": 1000, "customer": {"email": "taro@", "postal_code": "1000001", "phone": "09011112222", "deadline": "2027-01-01"}}"#,
            #"{"amount": 1000, "customer": {"international_phone": "+81 (0)90 1234 5678"}}"#,
            #"{"amount": 1000, "customer": {"international_phone": "+81 90 1234 5678"}}"#,
            #"{"amount": 1000, "store_code": "00007", "buyer": "Taro!"}"#,
            #"{"amount": 1000, "store_code": "10001", "buyer": "Taro!Yamada"}"#,
            #"{"amount": 1000, "store_code": "10001", "buyer": "Taro!"}"#,
            #"{"amount": 1000, "store_code": "seven_eleven", "buyer": "Taro!"}"#,
            #"[1, 2]"#,
        ]
        var broken: Set<String> = []
        for payload in payloads {
            let root = try JSONReader().read(Array(payload.utf8)).root
            let generated = ShopKonbiniOrder.check(root, now: now)
            #expect(generated == interpreter.check(root, now: now), "\(payload)")
            generated.forEach { broken.insert($0.ruleID) }
        }
        #expect(broken.isSuperset(of: ["shop.note.byte_length", "shop.wrapping.type", "shop.contact.exclusive", "shop.amount.range",
                                          "shop.international_phone.phone", "shop.buyer.pattern", "shop.buyer.length", "shop.store_code.type"]))
    }
}
