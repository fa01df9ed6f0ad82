import KonbiniRules
import Testing
import TestSupport

/// RFC 6901 escaping: `~` as `~0`, `/` as `~1`, and nothing else touched.
@Suite struct JSONPointerTests {
    @Test func escapesAndUnescapesTheRFCExamples() {
        let tokens = ["a/b", "m~n", "~01", "", "c%d", " ", "0"]
        let pointer = JSONPointer(tokens: tokens)
        #expect(pointer.encoded == "/a~1b/m~0n/~001//c%d/ /0")
        #expect(pointer.tokens == tokens)
        #expect(JSONPointer.root.tokens.isEmpty)
        #expect(JSONPointer.root.appending("~/").appending(3).encoded == "/~0~1/3")
    }

    /// A `/` or the `1` of `~1` followed by a combining mark is one character with it; the
    /// escape is still made and read back (a form key `name5ｵ/ﾞ` once went unescaped).
    @Test func escapesBeforeCombiningMarks() {
        let tokens = ["name5ｵ/ﾞ", "~\u{0301}", "a~1\u{0301}"]
        let pointer = JSONPointer(tokens: tokens)
        #expect(pointer.encoded == "/name5ｵ~1ﾞ/~0\u{0301}/a~01\u{0301}")
        #expect(pointer.tokens == tokens)
        #expect(JSONPointer(encoded: "/x~1\u{0301}").tokens == ["x/\u{0301}"])
    }

    @Test func randomTokensRoundTrip() {
        var random = SplitMix64(seed: 0x4A53_4F4E_5054)
        let alphabet: [Character] = ["~", "/", "0", "1", "a", "ア", " ", "\u{FF9E}"]
        for _ in 0..<2_000 {
            let tokens = (0..<Int.random(in: 0...4, using: &random)).map { _ in
                String((0..<Int.random(in: 0...5, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            }
            let pointer = tokens.reduce(JSONPointer.root) { $0.appending($1) }
            #expect(pointer == JSONPointer(tokens: tokens))
            #expect(pointer.tokens == tokens, "\(pointer)")
        }
    }
}
