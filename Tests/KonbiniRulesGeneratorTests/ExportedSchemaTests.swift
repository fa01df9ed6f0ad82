import Foundation
import KonbiniRulesGenerator
import Testing

/// The JSON Schemas of the providers' requests in `Schemas/` are the ones `Rules/` gives, and
/// every schema names the rules it cannot state. That the schemas judge payloads as the
/// generated Swift does is `Tests/SchemaDifferential/schema_differential.py`'s to show.
@Suite struct ExportedSchemaTests {
    @Test func theCheckedInSchemasAreTheGeneratedOnes() throws {
        let schemas = ProviderComparisonTests.root.appendingPathComponent("Schemas")
        let files = try ProviderComparisonTests.rulesFiles()
        let expected = files.map { $0.name.replacingOccurrences(of: ".rules.yaml", with: ".schema.json") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: schemas.path).sorted() == expected)
        for (file, rules) in files {
            let name = file.replacingOccurrences(of: ".rules.yaml", with: ".schema.json")
            let checkedIn = try? String(contentsOf: schemas.appendingPathComponent(name), encoding: .utf8)
            #expect(try checkedIn == RulesGenerator.jsonSchema(rules, fileName: file).get(),
                    "Schemas/\(name) is stale: swift run konbini-rulegen --emit json-schema Rules/\(file) Schemas/\(name)")
        }
    }

    /// A check a schema cannot state is listed with its place and reason, and asserted nowhere.
    @Test func checksASchemaCannotStateAreListedNotAsserted() throws {
        let rules = ProviderComparisonTests.header + """
            fields:
              card:
                type: string
                checks:
                  - luhn: true
              note:
                type: string
                checks:
                  - byte_length: {max: 20, encoding: shift_jis}
              name:
                type: string
                checks:
                  - length: {max: 20}
              code:
                type: string
                checks:
                  - length: {max: 8}
                  - digits: {min: 1, max: 20}

            """
        let schema = try JSONSerialization.jsonObject(with: Data(RulesGenerator.jsonSchema(rules, fileName: "shop.rules.yaml").get().utf8)) as? [String: Any]
        let unchecked = (schema?["x-konbini-unchecked"] as? [[String: String]]) ?? []
        #expect(unchecked.map { [$0["rule"], $0["pointer"]] } == [
            ["shop.card.luhn", "/card"], ["shop.note.byte_length", "/note"], ["shop.name.length", "/name"],
        ])
        let properties = schema?["properties"] as? [String: [String: Any]]
        for field in ["card", "note", "name"] {
            #expect(properties?[field]?["allOf"] == nil, "\(field) asserts a check it lists as unchecked")
        }
        // Digits keep the code to characters of one code point each, so its length is stated.
        let codeChecks = properties?["code"]?["allOf"] as? [[String: Any]]
        #expect(codeChecks?.first?["maxLength"] as? Int == 8)
    }
}
