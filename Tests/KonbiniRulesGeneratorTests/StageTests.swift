import Foundation
@testable import KonbiniRulesGenerator
import KonbiniRulesCore
import Testing

/// The lowering and rendering stages, each on its own.
@Suite struct StageTests {
    @Test func rendererIndentsDocumentsAndSpacesDeclarations() {
        let file = SwiftFile(
            header: ["Generated."], imports: ["@_spi(Generated) import KonbiniRules"],
            declarations: [.structure(name: "Order", documentation: ["An order."], conformances: ["Sendable"], members: [
                .line(documentation: ["Yen."], code: "public var amount: Int?"),
                .line(documentation: [], code: "public var note: String?"),
                .function(documentation: [], signature: "func check() -> Bool", body: [
                    .block(header: "if let amount", body: [.line("return amount > 0")]),
                    .trailingClosure(call: "log.record", parameters: "entry", body: [.line("entry.amount = amount")]),
                    .line("return false"),
                ]),
            ])])
        #expect(SwiftRenderer.render(file) == """
            // Generated.

            @_spi(Generated) import KonbiniRules

            /// An order.
            public struct Order: Sendable {
                /// Yen.
                public var amount: Int?
                public var note: String?

                func check() -> Bool {
                    if let amount {
                        return amount > 0
                    }
                    log.record { entry in
                        entry.amount = amount
                    }
                    return false
                }
            }

            """)
    }

    /// The Swift lowered and rendered for an `Order` rules file with `fields`.
    static func swift(lowering fields: String) throws -> String {
        let document = try RulesChecker.load("""
            version: 1
            provider: shop
            request: Order
            title: An order
            documents: {terms: "https://shop.example/terms"}
            source: terms
            fields:
            \(fields)
            """, file: "order.rules.yaml").get()
        var lowering = RequestLowering(document: document, fileName: "order.rules.yaml")
        return SwiftRenderer.render(lowering.lower())
    }

    @Test func loweringNamesRulesAfterTheirIdsAndUsesLiteralPointers() throws {
        let swift = try Self.swift(lowering: """
              payment_options:
                type: object
                fields:
                  expires_after_days: {type: integer, checks: [{range: {min: 1, max: 60}}]}
            """)
        #expect(swift.contains("static let expiresAfterDaysRange = KonbiniRule("))
        #expect(swift.contains("at: \"/payment_options/expires_after_days\""))
        #expect(swift.contains("    struct PaymentOptions: Hashable, Sendable, Codable, PayloadEncodable {"))
        #expect(swift.contains("        writer.member(\"expires_after_days\", expiresAfterDays)"))
    }

    /// The writer copies a member's name as it is given, so a name that needs an escape in
    /// JSON is generated escaped.
    @Test func writersGetMemberNamesEscapedForJSON() throws {
        let swift = try Self.swift(lowering: """
              "say \\"hi\\"": {type: string}
              名前: {type: string}
            """)
        #expect(swift.contains(#"writer.member("say \\\"hi\\\"", sayHi)"#), "\(swift)")
        #expect(swift.contains(#"writer.member("名前", "#), "\(swift)")
    }

    @Test(arguments: [
        ("payment_method_options", "paymentMethodOptions", "PaymentMethodOptions"),
        ("default", "`default`", "Default"),
        ("type", "type", "TypeValue"),
        ("processingAccountId", "processingAccountID", "ProcessingAccountID"),
        ("return_url", "returnURL", "ReturnURL"),
        ("returnUrl", "returnURL", "ReturnURL"),
        ("order_id", "orderID", "OrderID"),
        ("id", "id", "ID"),
        ("url_path", "urlPath", "URLPath"),
        ("merchantReference", "merchantReference", "MerchantReference"),
        ("external_order_num", "externalOrderNum", "ExternalOrderNum"),
        ("expires_after_days", "expiresAfterDays", "ExpiresAfterDays"),
        ("say \"hi\"", "sayHi", "SayHi"),
    ])
    func swiftNames(_ name: String, _ property: String, _ type: String) {
        #expect(SwiftNames.property(name) == property)
        #expect(SwiftNames.type(name) == type)
    }

    @Test func enumCasesAndLiterals() {
        #expect(SwiftNames.enumCase("family-mart") == "familyMart")
        #expect(SwiftNames.enumCase("JPY") == "jpy")
        #expect(SwiftNames.literal("a\"b\\c\u{202E}") == "\"a\\\"b\\\\c\\u{202E}\"")
        #expect(SwiftNames.integer(300_000) == "300_000")
        #expect(SwiftNames.integer(1800) == "1800")
    }
}

extension StageTests {
    /// A check is a constant of the type's `Checks`, built once (a pattern compiled once),
    /// and validation and normalization apply that constant: nothing on the validation path
    /// builds a check, looks a pattern up or takes a lock.
    @Test func checksAreConstantsThatValidationAndNormalizationApply() throws {
        let swift = try Self.swift(lowering: """
              phone:
                type: string
                checks: [{pattern: "0[0-9]{9,10}", fix: fullwidth_alphanumerics_to_ascii}]
            """)
        #expect(swift.contains("static let phonePattern = ValueCheck(.pattern(TextPattern(validated: \"0[0-9]{9,10}\")), field: \"phone\", rule: Rules.phonePattern)"))
        #expect(swift.contains("Checks.phonePattern.check(phone, at: \"/phone\", into: &violations)"))
        #expect(swift.contains("if !Checks.phonePattern.passes(value) {"))
        #expect(swift.components(separatedBy: "TextPattern(").count == 2, "one compilation")
    }
}

/// The list of a module's request types, from all of its rules files.
@Suite struct RegistryTests {
    static let shop = try! String(
        contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/shop.rules.yaml"),
        encoding: .utf8)

    @Test func listsEachFilesRequestTypeInTheOrderOfTheFilesNames() throws {
        let other = Self.shop.replacing("request: ShopKonbiniOrder", with: "request: AnotherOrder")
        let swift = try RulesGenerator.registry([(Self.shop, "/a/z-shop.rules.yaml"), (other, "/b/another.rules.yaml")]).get()
        #expect(swift.contains("    static let all: [any PayloadCodable.Type] = [AnotherOrder.self, ShopKonbiniOrder.self]"))
        #expect(swift.hasPrefix("// Generated by konbini-rulegen from another.rules.yaml, z-shop.rules.yaml."))
        #expect(!swift.contains("/a/") && !swift.contains("/b/"))
    }

    @Test func aBadFileFailsTheListWithItsDiagnostics() {
        let result = RulesGenerator.registry([(Self.shop, "shop.rules.yaml"), ("version: 1\n", "bad.rules.yaml")])
        guard case .failure(let diagnostics) = result else {
            Issue.record("a list was made with a rules file that does not load")
            return
        }
        #expect(!diagnostics.diagnostics.isEmpty && diagnostics.diagnostics.allSatisfy { $0.location.file == "bad.rules.yaml" })
    }
}

/// `konbini-rules-config.yaml`: how a target's Swift is written.
@Suite struct ConfigurationTests {
    static let shop = RegistryTests.shop

    @Test(arguments: [
        (GeneratorConfiguration.AccessModifier.public, "public struct ShopKonbiniOrder", "    public var amount: Optional<Int>"),
        (.package, "package struct ShopKonbiniOrder", "    package var amount: Optional<Int>"),
        (.internal, "struct ShopKonbiniOrder", "    var amount: Optional<Int>"),
    ])
    func generatedDeclarationsCarryTheConfiguredAccessLevel(
        _ modifier: GeneratorConfiguration.AccessModifier, _ type: String, _ property: String
    ) throws {
        let configuration = GeneratorConfiguration(accessModifier: modifier)
        let swift = try RulesGenerator.generate(Self.shop, fileName: "shop.rules.yaml", configuration: configuration).get()
        let lines = swift.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix(type + ":") })
        #expect(lines.contains(property))
        let registry = try RulesGenerator.registry([(Self.shop, "shop.rules.yaml")], configuration: configuration).get()
        #expect(registry.contains("\n" + modifier.keyword + "enum ProviderRequests {"))
        if modifier != .public {
            #expect(!lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("public ") })
        }
    }

    @Test func importsAndFileCommentsAreAdded() throws {
        let configuration = try GeneratorConfiguration.parse(
            "accessModifier: package\nadditionalImports: [Foundation]\nadditionalFileComments:\n  - \"swiftlint:disable all\"\n",
            file: "konbini-rules-config.yaml").get()
        #expect(configuration == GeneratorConfiguration(accessModifier: .package, additionalImports: ["Foundation"], additionalFileComments: ["swiftlint:disable all"]))
        let swift = try RulesGenerator.generate(Self.shop, fileName: "shop.rules.yaml", configuration: configuration).get()
        #expect(swift.hasPrefix("// Generated by konbini-rulegen from shop.rules.yaml. Do not edit: change the rules file.\n// swiftlint:disable all\n\n"))
        #expect(swift.contains("\nimport Foundation\n"))
    }

    @Test(arguments: [
        ("accessModifier: open\n", "konbini-rules-config.yaml:1:17: error: accessModifier must be one of: public, package, internal"),
        ("accessModifer: public\n", "konbini-rules-config.yaml:1:1: error: unknown key 'accessModifer' in the configuration; known keys are: accessModifier, additionalFileComments, additionalImports"),
        ("additionalImports: [Foundation, \"Not A Module\"]\n", "konbini-rules-config.yaml:1:33: error: 'Not A Module' is not a module name"),
        ("additionalFileComments: [\"one\\ntwo\"]\n", "konbini-rules-config.yaml:1:26: error: a file comment is one line"),
        ("additionalImports: Foundation\n", "konbini-rules-config.yaml:1:20: error: additionalImports must be a list"),
        ("- public\n", "konbini-rules-config.yaml:1:1: error: the configuration must be a mapping"),
        ("accessModifier: [public\n", "konbini-rules-config.yaml:2:1: error: YAML: did not find expected ',' or ']'"),
    ])
    func aMistakeIsReportedWhereItIs(_ text: String, _ expected: String) {
        guard case .failure(let diagnostics) = GeneratorConfiguration.parse(text, file: "konbini-rules-config.yaml") else {
            Issue.record("\(text) was accepted")
            return
        }
        #expect(diagnostics.diagnostics.map(\.description) == [expected])
    }

    @Test func anEmptyFileIsTheDefaults() throws {
        #expect(try GeneratorConfiguration.parse("# nothing yet\n", file: "konbini-rules-config.yaml").get() == GeneratorConfiguration())
    }
}
