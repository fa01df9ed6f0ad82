import JapaneseText
import KonbiniRules
import Testing

/// What each check means, where it is written once: generated code and the interpreter
/// apply these same values.
@Suite struct ValueCheckTests {
    static let rule = KonbiniRule(id: "shop.field.check", severity: .error,
                           message: RuleMessage(english: "{field}: {min}-{max} {values} {pattern} {set} {duration} {value}", japanese: "{field}：{set} {duration}"),
                           source: "https://shop.example/terms")

    func check(_ test: ValueCheck.Test) -> ValueCheck {
        ValueCheck(test, field: "amount", rule: Self.rule)
    }

    @Test func theMessageIsFilledOnceWithTheFieldAndTheTestsValues() {
        #expect(check(.range(min: 120, max: 300_000)).message.english == "amount: 120-300000 {values} {pattern} {set} {duration} {value}")
        #expect(check(.length(min: nil, max: 22)).message.english == "amount: {min}-22 {values} {pattern} {set} {duration} {value}")
        #expect(check(.oneOf(["a", "b"])).message.english.contains(" a, b "))
        #expect(check(.laterThan(seconds: 1800)).message.english.contains(" 30 minutes "))
        #expect(check(.soonerThan(seconds: 60 * 86_400)).message.english.contains(" 60 days "))
        #expect(check(.charset(.shiftJIS)).message.english.contains(" Shift_JIS characters "))
        #expect(check(.charset(.fullwidthKatakana)).message.japanese.contains("全角カタカナ"))
        #expect(check(.laterThan(seconds: 1800)).message.japanese.contains("30分"))
        #expect(check(.contains("konbini")).message.english.hasSuffix(" konbini"))
    }

    @Test func eachTestJudgesItsKindOfValueAndPassesTheOthers() throws {
        #expect(check(.range(min: 120, max: 300_000)).passes(120) && !check(.range(min: 120, max: 300_000)).passes(119))
        #expect(!check(.range(min: nil, max: 10)).passes(11) && check(.range(min: nil, max: 10)).passes(Int.min))
        #expect(check(.length(min: 1, max: 3)).passes("ガ\u{3099}👨‍👩‍👧x") && !check(.length(min: 1, max: 3)).passes(""))
        #expect(check(.digits(min: 10, max: 11)).passes("0901111222") && !check(.digits(min: 10, max: 11)).passes("090-1111-2222"))
        #expect(!check(.notAllZeros).passes("0000") && check(.notAllZeros).passes("0001") && check(.notAllZeros).passes(""))
        #expect(check(.oneOf(["lawson"])).passes("lawson") && !check(.oneOf(["lawson"])).passes("Lawson"))
        let phone = check(.pattern(try TextPattern("0\\d{9,10}")))
        #expect(phone.passes("09011112222") && !phone.passes("9011112222"))
        #expect(check(.charset(.jisX0208)).passes("ガス") && !check(.charset(.jisX0208)).passes("カ\u{3099}ス"))
        #expect(check(.luhn).passes("4111111111111111") && !check(.luhn).passes("4111111111111112"))
        #expect(check(.contains("konbini")).passes(["card", "konbini"]) && !check(.contains("konbini")).passes(["card"]))
        let now = Timestamp(secondsSince1970: 1_795_348_800)
        #expect(check(.laterThan(seconds: 1800)).passes(now.adding(seconds: 1801), now: now))
        #expect(!check(.laterThan(seconds: 1800)).passes(now.adding(seconds: 1800), now: now))
        #expect(check(.soonerThan(seconds: 60)).passes(now.adding(seconds: 59), now: now))
        #expect(!check(.soonerThan(seconds: 60)).passes(now.adding(seconds: 60), now: now))
        // A test given a value of another kind passes it: the rules language never asks that.
        #expect(check(.range(min: 1, max: 2)).passes("x") && check(.luhn).passes(5) && check(.digits(min: 1, max: 1)).passes(["a"]))
        #expect(check(.range(min: 1, max: 2)).passes(now, now: now))
    }

    @Test(arguments: [
        (PhoneNumberForm.domestic, ["09012345678", "0312345678"],
         ["090-1234-5678", "9012345678", "091234567", "090123456789", "+819012345678", "０９０１２３４５６７８", ""]),
        (.domesticHyphens, ["090-1234-5678", "09012345678", "03-1234-5678"],
         ["090--1234-5678", "-09012345678", "09012345678-", "090 1234 5678", "90-1234-5678", "090-1234-56789"]),
        (.international, ["+819012345678", "+81 90 1234 5678", "+31 20 779 1846", "+14155550100", "+81 3 1234 5678"],
         ["+81 (0)90 1234 5678", "+81 090 1234 5678", "0081 90 1234 5678", "09012345678", "+81  90 1234 5678",
          "+ 81 90 1234 5678", "+81 90 1234 5678 ", "+8190123456", "+81901234567890", "+0123456789", "+1234567", "+1234567890123456",
          "+81-90-1234-5678"]),
    ])
    func aPhoneCheckAcceptsItsFormOnly(_ form: PhoneNumberForm, accepted: [String], rejected: [String]) {
        for text in accepted { #expect(check(.phone(form)).passes(text), "\(form): \(text)") }
        for text in rejected { #expect(!check(.phone(form)).passes(text), "\(form): \(text)") }
    }

    /// What the fixes a phone check names produce is what the check accepts.
    @Test func theDomesticAndInternationalFixesGiveTheFormsTheirChecksAccept() {
        for typed in ["０９０－１２３４－５６７８", "+81 (0)90-1234-5678", "090 1234 5678", "0081-90-1234-5678"] {
            #expect(check(.phone(.domestic)).passes(TextNormalization.phoneDigits.apply(to: typed).text), "\(typed)")
            #expect(check(.phone(.international)).passes(TextNormalization.phoneE164.apply(to: typed).text), "\(typed)")
        }
    }

    @Test func aViolationCarriesTheRuleThePathAndTheFilledMessage() {
        var violations: [Violation] = []
        check(.range(min: 120, max: nil)).check(100, at: "/amount", into: &violations)
        check(.range(min: 120, max: nil)).check(120, at: "/amount", into: &violations)
        #expect(violations == [Violation(rule: Self.rule, path: "/amount", message: check(.range(min: 120, max: nil)).message)])
    }

    /// A charset violation by text whose composition would pass says so by code point.
    @Test func aCharsetViolationNamesTheCompositionThatWouldPass() {
        var violations: [Violation] = []
        let charset = check(.charset(.jisX0208))
        charset.check("セ\u{3099}ット", at: "/name", into: &violations)
        charset.check("寿司🍣", at: "/name", into: &violations)
        #expect(violations.map(\.message.english) == [
            charset.message.english + " Composed (NFC) it would pass: U+30BB U+3099 → U+30BC.",
            charset.message.english,
        ])
        #expect(violations.first?.message.japanese == charset.message.japanese + "NFCで合成すれば使用できます（U+30BB U+3099 → U+30BC）。")
    }
}
