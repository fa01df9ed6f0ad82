import Foundation
import KonbiniRulesCore
import KonbiniRulesGenerator
import Testing

/// The comparison of providers in the documentation is generated from `Rules/`, and says
/// what the rules check.
@Suite struct ProviderComparisonTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let article = root.appendingPathComponent("Sources/KonbiniProviders/KonbiniProviders.docc/ProviderComparison.md")

    /// The start of a rules file whose `fields` follow.
    static let header = """
        version: 1
        provider: shop
        request: ShopOrder
        title: A shop's order
        documents: {terms: "https://shop.example/terms"}
        source: terms

        """

    /// Every rules file of `Rules/`, by file name, with its text, in name order.
    static func rulesFiles() throws -> [(name: String, text: String)] {
        let rules = root.appendingPathComponent("Rules")
        return try FileManager.default.contentsOfDirectory(atPath: rules.path).filter { $0.hasSuffix(".rules.yaml") }.sorted().map {
            ($0, try String(contentsOf: rules.appendingPathComponent($0), encoding: .utf8))
        }
    }

    @Test func theCheckedInComparisonIsTheGeneratedOne() throws {
        let generated = try RulesGenerator.comparison(Self.rulesFiles().map { (text: $0.text, path: "Rules/\($0.name)") }).get()
        #expect(try String(contentsOf: Self.article, encoding: .utf8) == generated,
                "ProviderComparison.md is stale: swift run konbini-rulegen --comparison Sources/KonbiniProviders/KonbiniProviders.docc/ProviderComparison.md Rules/*.rules.yaml")
    }

    /// Each column reads the checks of the field with its role, and says a warning is one and
    /// when a check applies.
    @Test func eachCellStatesTheChecksOfItsRole() throws {
        let text = Self.header + """
            fields:
              amount:
                type: integer
                role: amount
                required: true
                checks:
                  - range: {min: 120, max: 300000}
              tax: {type: consumption_tax}
              days:
                type: integer
                role: expiry
                default: "3"
                deadline: end_of_japanese_day
                checks:
                  - range: {min: 1, max: 60}
              kana:
                type: string
                role: name
                required: {severity: warning}
                checks:
                  - charset: fullwidth_katakana
                  - byte_length: {max: 40, encoding: shift_jis}
                    severity: warning
              phone:
                type: string
                role: phone
                checks:
                  - phone: international
                  - length: {max: 16}
                    when: {store: lawson}
              store: {type: enum, role: store, values: [lawson, seven-eleven]}
              note: {type: string, checks: [{length: {max: 5}}]}
            rules:
              - total: {of: [amount, tax], max: 299999}
                id: shop.total
            """
        let table = try RulesGenerator.comparison([(text, "shop.rules.yaml")]).get()
        let row = try #require(table.split(separator: "\n").first { $0.hasPrefix("| shop ") })
        let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(cells == [
            "shop (`shop.rules.yaml`)", "``ShopOrder``",
            "`amount`, required: ¥120 to ¥300,000, total of amount + tax at most ¥299,999",
            "`days`: 1 to 60 days, ends at 23:59:59 JST, default 3",
            "`kana`, expected: full-width katakana, at most 40 bytes in Shift_JIS (*warning*)",
            "—",
            "`phone`: international (+81 90 1234 5678), at most 16 characters when store is lawson",
            "`store`: lawson, seven-eleven",
        ])
    }

    /// DocC reads a double backtick as a symbol link, so a pattern holding a backtick is
    /// written as escaped text, which Markdown shows as the pattern itself.
    @Test func aPatternWithABacktickIsEscapedRatherThanQuoted() throws {
        let text = Self.header + """
            fields:
              name:
                type: string
                role: name
                checks:
                  - pattern: "[^`|]*"
            """
        let table = try RulesGenerator.comparison([(text, "shop.rules.yaml")]).get()
        #expect(table.contains(#"`name`: pattern \[\^\`\|\]\*"#))
        // The only double backticks are the request type's symbol link.
        #expect(table.components(separatedBy: "``").count == 3)
    }
}
