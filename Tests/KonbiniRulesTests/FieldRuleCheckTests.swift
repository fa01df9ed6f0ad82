import KonbiniRules
import Testing

/// What presence, form and object-rule checks mean, where it is written once: generated
/// code and the interpreter apply these same values.
@Suite struct FieldRuleCheckTests {
    static func rule(_ english: String) -> KonbiniRule {
        KonbiniRule(id: "shop.check", severity: .error, message: RuleMessage(english: english, japanese: english),
                    source: "https://shop.example/terms")
    }

    @Test func presenceChecksReportAMissingRequiredFieldAndAPresentForbiddenOne() {
        let required = PresenceCheck(.required, field: "amount", rule: Self.rule("{field} is required."))
        let forbidden = PresenceCheck(.forbidden, field: "expires_at", rule: Self.rule("{field} must not be sent."))
        var violations: [Violation] = []
        required.check(isPresent: true, at: "/amount", into: &violations)
        forbidden.check(isPresent: false, at: "/expires_at", into: &violations)
        #expect(violations.isEmpty)
        required.check(isPresent: false, at: "/amount", into: &violations)
        forbidden.check(isPresent: true, at: "/expires_at", into: &violations)
        #expect(violations.map(\.message.english) == ["amount is required.", "expires_at must not be sent."])
        #expect(violations.map(\.path) == ["/amount", "/expires_at"])
    }

    @Test func aPresenceCheckOfAValueCallsNilMissingAndAnythingElsePresent() {
        struct Customer { var name: String? }
        let required = PresenceCheck(.required, field: "customer", rule: Self.rule("{field} is required."))
        let forbidden = PresenceCheck(.forbidden, field: "customer", rule: Self.rule("{field} must not be sent."))
        var violations: [Violation] = []
        // A present value is present even when it holds nothing itself.
        required.check(presenceOf: Customer(name: nil), at: "/customer", into: &violations)
        forbidden.check(presenceOf: Customer?.none, at: "/customer", into: &violations)
        #expect(violations.isEmpty)
        required.check(presenceOf: Customer?.none, at: "/customer", into: &violations)
        forbidden.check(presenceOf: Customer(name: "ヤマダ"), at: "/customer", into: &violations)
        #expect(violations.map(\.message.english) == ["customer is required.", "customer must not be sent."])
    }

    @Test func formChecksNameTheFormInTheirMessage() {
        let email = FormCheck(.emailAddress, field: "email", rule: Self.rule("{field} must be {type}."))
        var violations: [Violation] = []
        #expect(email.check("taro@example.jp", at: "/email", into: &violations))
        #expect(!email.check("taro at example.jp", at: "/email", into: &violations))
        #expect(violations.map(\.message.english) == ["email must be an e-mail address."])

        let url = FormCheck(.webURL, field: "return_url", rule: Self.rule("{field} must be {type}."))
        #expect(url.check("https://shop.example/done", at: "/return_url", into: &violations))
        #expect(!url.check("javascript:alert(1)", at: "/return_url", into: &violations))
        #expect(violations.last?.message.english == "return_url must be an http or https URL.")
    }

    @Test func aByteLengthCountsTheEncodingsBytes() {
        let test = ValueCheck.Test.byteLength(min: nil, max: 8, encoding: .shiftJIS)
        let check = ValueCheck(test, field: "name", rule: Self.rule("{field}: at most {max} bytes in {encoding}."))
        #expect(check.passes("ﾔﾏﾀﾞ ﾀﾛｳ"))
        #expect(check.passes("ヤマダ"))
        #expect(!check.passes("ヤマダ　タロウ"))
        var violations: [Violation] = []
        check.check("ヤマダ　タロウ", at: "/name", into: &violations)
        #expect(violations.map(\.message.english) == ["name: at most 8 bytes in Shift_JIS."])
    }

    @Test func anExclusiveGroupAllowsOneFieldAtMost() {
        let check = FieldGroupCheck(.exclusive(["expires_after_days", "expires_at"]), rule: Self.rule("Only one of {fields} may be set."))
        var violations: [Violation] = []
        check.check(presentCount: 1, at: "/konbini", into: &violations)
        #expect(violations.isEmpty)
        check.check(presentCount: 2, at: "/konbini", into: &violations)
        #expect(violations.map(\.message.english) == ["Only one of expires_after_days, expires_at may be set."])
        var sum = FieldGroupCheck.Sum(paidAt: Timestamp(secondsSince1970: 0))
        sum.add(amount: Int.max)
        #expect(check.passes(sum))
    }

    @Test func aTotalAddsTaxesOnTheAmountsAndSaturatesInsteadOfTrapping() throws {
        let check = FieldGroupCheck(.total(of: ["amount", "tax"], min: 1, max: 299_999), rule: Self.rule("{fields}: {min}-{max}"))
        #expect(check.message.english == "amount + tax: 1-299999")
        let labelled = FieldGroupCheck(.total(of: ["amount", "tax"], min: 1, max: 299_999), rule: Self.rule("{fields}: {min}-{max}"),
                                       labels: ["amount": BilingualText(english: "Amount", japanese: "金額")])
        #expect(labelled.message == check.message)
        #expect(labelled.customerMessage.english == "Amount + tax: 1-299999")
        #expect(labelled.customerMessage.japanese == "金額 + tax: 1-299999")
        let now = try #require(Timestamp(iso8601: "2026-11-30T12:00:00Z"))
        func passes(_ amounts: [Int?], _ taxes: [ConsumptionTax?]) -> Bool {
            var violations: [Violation] = []
            check.check(paidAt: now, at: "", into: &violations) { sum in
                amounts.forEach { sum.add(amount: $0) }
                taxes.forEach { sum.add(tax: $0) }
            }
            return violations.isEmpty
        }
        // 272,727 + 27,273 (10%, rounded half up) = 300,000.
        #expect(!passes([272_727], [.auto]))
        #expect(passes([272_726], [.auto]))
        #expect(passes([100_000, 172_726], [.auto]))
        // Nothing to add up: the fields' own rules say whether they are required.
        #expect(passes([nil], [nil]))
        #expect(!passes([0], [nil]))
        #expect(!passes([Int.max], [.yen(1)]))
        #expect(!passes([Int.min], [.yen(-1)]))
        #expect(!passes([Int.max], [.auto]))
        // The order fields are added in does not matter: a tax is on all the amounts.
        var taxFirst = FieldGroupCheck.Sum(paidAt: now)
        taxFirst.add(tax: .auto)
        taxFirst.add(amount: 100_000)
        taxFirst.add(tax: .yen(5))
        taxFirst.add(amount: 172_727)
        #expect(taxFirst.total == 272_727 + 27_273 + 5)
        #expect(!check.passes(taxFirst))
    }
}
