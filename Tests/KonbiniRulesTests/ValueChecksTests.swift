import KonbiniRules
import Testing

@Suite struct ValueChecksTests {
    @Test(arguments: [
        ("taro@example.com", true), ("taro.yamada+konbini@mail.example.co.jp", true), ("taro@", false),
        ("@example.com", false), ("taro@localhost", false), ("taro@@example.com", false), ("ta ro@example.com", false),
        ("taro@-example.com", false), ("taro@example-.com", false), ("taro@example..com", false), (".taro@example.com", false),
        ("taro@例え.jp", false), ("", false),
    ])
    func emailAddresses(_ text: String, _ valid: Bool) {
        #expect(ValueChecks.isEmailAddress(text) == valid)
    }

    @Test(arguments: [
        ("https://merchant.site/complete-payment", true), ("HTTPS://merchant.site", true), ("http://localhost:8080/done?x=1", true),
        ("ftp://merchant.site/", false), ("/complete-payment", false), ("https://", false), ("https://merchant.site:99999/", false),
        ("https://merchant site/", false), ("https://merchant.site:/", false),
    ])
    func webURLs(_ text: String, _ valid: Bool) {
        #expect(ValueChecks.isWebURL(text) == valid)
    }

    @Test func luhn() {
        #expect(ValueChecks.passesLuhn("4111111111111111"))
        #expect(ValueChecks.passesLuhn("30569309025904"))
        #expect(!ValueChecks.passesLuhn("4111111111111112"))
        #expect(!ValueChecks.passesLuhn("4111 1111 1111 1111"))
        #expect(!ValueChecks.passesLuhn(""))
    }

    @Test func digitsAndZeros() {
        #expect(ValueChecks.isDigits("0901111222", min: 10, max: 11))
        #expect(!ValueChecks.isDigits("０９０１１１１２２２", min: 10, max: 11))
        #expect(ValueChecks.isAllZeros("0000"))
        #expect(!ValueChecks.isAllZeros(""))
        #expect(!ValueChecks.isAllZeros("0010"))
    }

    @Test func lengthCountsCharacters() {
        #expect(ValueChecks.hasLength("ガ\u{3099}👨‍👩‍👧", min: 2, max: 2))
        #expect(!ValueChecks.hasLength("abc", min: nil, max: 2))
        #expect(!ValueChecks.hasLength("", min: 1, max: nil))
    }
}
