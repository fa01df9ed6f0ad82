import KonbiniRules
import KonbiniRulesCore
import Testing

/// The checks the model gives the interpreter are those generated code declares.
@Suite struct RuntimeChecksTests {
    @Test func aGroupRuleNamesLabelledFieldsByTheirLabelsToCustomers() throws {
        let document = try RulesChecker.load(RulesFileErrorTests.header + """
            fields:
              phone: {type: string, label: {en: Phone number, ja: 電話番号}}
              email: {type: email}
            rules:
              - exclusive: [phone, email]
                id: shop.contact.exclusive
            """, file: "shop.rules.yaml").get()
        let objectRule = try #require(document.root.rules.first)
        let check = objectRule.fieldGroupCheck(in: document.root)
        #expect(check.test == .exclusive(["phone", "email"]))
        #expect(check.message.japanese.contains("phone、email"))
        #expect(check.customerMessage.japanese.contains("電話番号、email"))
        #expect(check.customerMessage.english.contains("Phone number, email"))
    }
}
