import Foundation
import KonbiniLint
import KonbiniProviders
import Testing

/// The documentation's reference of every provider rule is generated from `Rules/`, and must
/// not fall behind it.
@Suite struct ProviderRulesReferenceTests {
    static let reference = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/KonbiniProviders/KonbiniProviders.docc/ProviderRules.md")

    @Test func theCheckedInReferenceIsTheGeneratedOne() throws {
        let checkedIn = try String(contentsOf: Self.reference, encoding: .utf8)
        let generated = RuleListing.markdown(Provider.allCases.flatMap(\.requestTypes))
        #expect(
            checkedIn == generated,
            "ProviderRules.md is stale: swift run konbini-lint rules --format markdown > Sources/KonbiniProviders/KonbiniProviders.docc/ProviderRules.md")
    }

    @Test func everyRuleIsListedWithItsMessagesAndSource() {
        let markdown = RuleListing.markdown([StripeKonbiniPaymentIntent.self])
        for rule in StripeKonbiniPaymentIntent.allRules {
            #expect(markdown.contains("| `\(rule.id)` | \(rule.severity.rawValue) | "))
            #expect(markdown.contains(" | <\(rule.source)> |"))
        }
        #expect(markdown.contains("| コンビニ決済の{field}は{min}円以上{max}円以下にしてください。 |"))
    }
}
