import Foundation
import KonbiniLint
import KonbiniRules
import Testing

@Suite struct RuleListingTests {
    @Test func listsEveryRuleOfEveryProvider() throws {
        let rules = Provider.allCases.flatMap(\.requestTypes).flatMap { $0.allRules }
        let document = try #require(try JSONSerialization.jsonObject(with: Data(RuleListing.json(rules).utf8)) as? [String: Any])
        let listed = try #require(document["rules"] as? [[String: Any]])
        #expect(listed.count == rules.count)
        let ids = listed.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == ids.count, "rule ids are unique across providers")
        #expect(ids.contains("stripe.konbini.product_description.charset"))
        #expect(ids.contains("komoju.konbini.total.range"))
        #expect(listed.allSatisfy { ($0["source"] as? String)?.hasPrefix("https://") == true })
        #expect(listed.allSatisfy { (($0["message"] as? [String: Any])?["ja"] as? String)?.isEmpty == false })
    }

    @Test func tableHasAHeaderAndARowPerRule() {
        let rules = Provider.stripe.requestTypes.flatMap { $0.allRules }
        let lines = RuleListing.table(rules, language: .english).split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID ") == true)
        #expect(lines.count == rules.count + 1)
    }
}
