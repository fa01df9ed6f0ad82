import Foundation
import JapaneseText
import KonbiniRules
@testable import KonbiniRulesGenerator
import Testing
import TestSupport

/// The exported schemas' patterns accept exactly the texts the runtime's checks accept, run
/// here by ICU's regular expressions (Foundation's), on random texts over characters that
/// reach each check's edges. Python's `re` runs them in `Tests/SchemaDifferential`.
@Suite struct ECMAScriptPatternTests {
    /// Digits, the separators and symbols the forms look at, letters, a line break, and
    /// Japanese characters including a half-width voiced sound mark and one beyond the BMP.
    static let alphabet = Array("0123456789081+- @.:/?#_!\"(),aZz\n\u{3000}アイヴーｶﾞ・髙😀é".unicodeScalars)

    static func texts(count: Int, seed: UInt64, maximumLength: Int = 16) -> [String] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...maximumLength, using: &random)
            return String(String.UnicodeScalarView((0..<length).map { _ in alphabet.randomElement(using: &random)! }))
        }
    }

    /// Texts that mostly look like phone numbers, so that the forms' edges are reached.
    static func phoneLikeTexts(count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        let pieces = ["+", "81", "0", "9", "90", "1234", "5678", "-", " ", "00", "3", "12", "(0)"]
        return (0..<count).map { _ in
            (0..<Int.random(in: 1...9, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
    }

    /// Whether ICU finds `pattern` in a text, the pattern compiled once.
    static func matcher(_ pattern: String) throws -> (String) -> Bool {
        let expression = try NSRegularExpression(pattern: pattern)
        return { text in expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil }
    }

    @Test(arguments: PhoneNumberForm.allCases)
    func phoneFormsAgree(_ form: PhoneNumberForm) throws {
        let matches = try Self.matcher(ECMAScriptPattern.phone(form))
        for text in Self.phoneLikeTexts(count: 3000, seed: 17) + Self.texts(count: 500, seed: 18) {
            #expect(matches(text) == form.accepts(text), "\(form.name): \(text.debugDescription)")
        }
    }

    @Test func emailAddressesAndURLsAgree() throws {
        let hosts = ["a", "example", "ex-ample", "-x", "x-", "jp", "1"]
        var random = SplitMix64(seed: 19)
        var emails: [String] = []
        var urls: [String] = []
        for _ in 0..<2000 {
            let host = (0..<Int.random(in: 1...3, using: &random)).map { _ in hosts.randomElement(using: &random)! }.joined(separator: ".")
            let local = Self.texts(count: 1, seed: random.next(), maximumLength: 4)[0]
            emails.append(local + "@" + host + ["", ".", ".jp"].randomElement(using: &random)!)
            let port = ["", ":80", ":", ":65535", ":65536", ":00000"].randomElement(using: &random)!
            let rest = ["", "/", "/a?b#c", "?x", "#", " /"].randomElement(using: &random)!
            urls.append(["https://", "http://", "HTTP://", "ftp://"].randomElement(using: &random)! + host + port + rest)
        }
        let isEmailAddress = try Self.matcher(ECMAScriptPattern.emailAddress)
        for text in emails + Self.texts(count: 500, seed: 20) {
            #expect(isEmailAddress(text) == ValueChecks.isEmailAddress(text), "\(text.debugDescription)")
        }
        let isWebURL = try Self.matcher(ECMAScriptPattern.webURL)
        for text in urls {
            #expect(isWebURL(text) == ValueChecks.isWebURL(text), "\(text.debugDescription)")
        }
    }

    @Test(arguments: ["0\\d{1,4}-?\\d{1,4}-?\\d{3,4}", "[^!-/:-@\\[-`{-~]*", "(a|Z8)+z?", ".{2,3}", "[0-9\\]\\-]*", "ア?イ{0,2}|\\.", ""])
    func rulesPatternsAgree(_ source: String) throws {
        let pattern = try TextPattern(source)
        let written = ECMAScriptPattern.pattern(pattern)
        let matches = try Self.matcher(written)
        for text in Self.texts(count: 3000, seed: 21, maximumLength: 6) {
            #expect(matches(text) == pattern.matches(text), "\(source) as \(written): \(text.debugDescription)")
        }
    }

    @Test(arguments: JapaneseCharacterSet.allCases)
    func characterSetsAgree(_ set: JapaneseCharacterSet) throws {
        let matches = try Self.matcher(ECMAScriptPattern.characterSet(set))
        // Members, their neighbours on either side, and the alphabet's characters.
        let members = set.scalarRanges.flatMap { [$0.lowerBound, $0.upperBound, $0.lowerBound &- 1, $0.upperBound + 1] }
            .compactMap(Unicode.Scalar.init)
        var random = SplitMix64(seed: 22)
        for _ in 0..<1000 {
            let text = String(String.UnicodeScalarView((0..<Int.random(in: 0...3, using: &random)).map { _ in
                Bool.random(using: &random) ? members.randomElement(using: &random)! : Self.alphabet.randomElement(using: &random)!
            }))
            #expect(matches(text) == set.contains(text), "\(set.name): \(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func enumValuesAgreeWithoutCase() throws {
        let values = ["jpy", "Konbini", "00007"]
        let matches = try Self.matcher(ECMAScriptPattern.oneOf(values, ignoringCase: true))
        for text in ["jpy", "JPY", "jPy", "konbini", "KONBINI", "00007", "0000", "jpyx", "jpy\n", "ｊｐｙ"] {
            let expected = values.contains { $0.lowercased() == text.lowercased() }
            #expect(matches(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func notAllZerosAgrees() throws {
        let matches = try Self.matcher(ECMAScriptPattern.notAllZeros)
        for text in ["", "0", "000", "010", "0\n", "a", " 0"] {
            #expect(matches(text) == !ValueChecks.isAllZeros(text), "\(text.debugDescription)")
        }
    }
}
