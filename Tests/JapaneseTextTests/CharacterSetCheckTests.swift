import JapaneseText
import Testing

@Suite struct CharacterSetCheckTests {
    @Test func reportsEachViolationWithItsOffsets() {
        let violations = JapaneseCharacterSet.jisX0208.violations(in: "山田🍣ｶﾞ太郎")
        #expect(violations.map(\.scalarOffset) == [2, 3, 4])
        #expect(violations.map(\.utf8Offset) == [6, 10, 13])
        #expect(violations.map(\.utf8Length) == [4, 3, 3])
        #expect(violations.map(\.scalar) == ["🍣", "ｶ", "ﾞ"])
        #expect(violations.allSatisfy { $0.reason == .notInSet })
    }

    @Test func passesTextInsideTheSet() {
        #expect(JapaneseCharacterSet.jisX0208.contains("お買い上げ商品・サービス"))
        #expect(JapaneseCharacterSet.shiftJIS.contains("Order #123 お買い上げ ｶﾞｽ代"))
        #expect(JapaneseCharacterSet.fullwidthKatakana.contains("ヤマダ　タロウ"))
        #expect(JapaneseCharacterSet.asciiDigits.contains("09011112222"))
        #expect(JapaneseCharacterSet.jisX0208.contains(""))
    }

    @Test(arguments: [
        ("\u{202E}", CharacterSetViolation.Reason.bidirectionalFormatting),
        ("\u{2066}", .bidirectionalFormatting),
        ("\u{200F}", .bidirectionalFormatting),
        ("\u{E000}", .privateUse),
        ("\u{F8F0}", .privateUse),
        ("\u{0378}", .unassigned),
        ("\u{0007}", .control),
        ("\u{007F}", .control),
        ("\u{0085}", .control),
        ("\n", .control),
        ("\u{FFFD}", .notInSet),
    ])
    func rejectsDangerousCharactersFromEverySet(_ text: String, _ reason: CharacterSetViolation.Reason) {
        for set in JapaneseCharacterSet.allCases {
            let violations = set.violations(in: "ab" + text)
            #expect(violations.last?.reason == reason, "\(set.name)")
            #expect(violations.last?.scalarOffset == 2, "\(set.name)")
        }
    }

    @Test(arguments: [
        ([0x41, 0xED, 0xA0, 0x80, 0x42] as [UInt8], CharacterSetViolation.Reason.surrogate, 1, 3),
        ([0x41, 0xED, 0xBF, 0xBF], .surrogate, 1, 3),
        ([0x41, 0xC0, 0xAF], .malformedUTF8, 1, 1),
        ([0x41, 0xE3, 0x81], .malformedUTF8, 1, 2),
        ([0x41, 0xFF], .malformedUTF8, 1, 1),
        ([0x41, 0x80], .malformedUTF8, 1, 1),
        ([0x41, 0xF4, 0x90, 0x80, 0x80], .malformedUTF8, 1, 1),
        ([0x41, 0xE0, 0x80, 0x80], .malformedUTF8, 1, 1),
        ([0x41, 0xE0, 0x81, 0x81], .malformedUTF8, 1, 1),
        ([0x41, 0xC1, 0x81], .malformedUTF8, 1, 1),
    ])
    func rejectsIllFormedUTF8(_ bytes: [UInt8], _ reason: CharacterSetViolation.Reason, _ offset: Int, _ length: Int) {
        for set in JapaneseCharacterSet.allCases {
            let violations = bytes.withUnsafeBufferPointer { set.violations(inUTF8: $0) }
            let first = violations.first { $0.utf8Offset == offset }
            #expect(first?.reason == reason, "\(set.name)")
            #expect(first?.utf8Length == length, "\(set.name)")
            #expect(first?.scalar == nil, "\(set.name)")
        }
    }

    /// A provider encodes the characters it receives: a decomposed kana is outside every
    /// set, whatever its composition, and the check names the composition that would pass.
    @Test func judgesDecomposedTextAsSent() {
        let check = JapaneseCharacterSet.jisX0208.check("カ\u{3099}ス")
        #expect(!check.isValid)
        #expect(check.violations.map(\.scalarOffset) == [1])
        #expect(check.violations.first?.scalar == "\u{3099}")
        #expect(check.composedText == "ガス")
        #expect(!JapaneseCharacterSet.jisX0208.contains("カ\u{3099}ス"))
        #expect(!JapaneseCharacterSet.fullwidthKatakana.contains("ハ\u{309A}ン"))
        #expect(JapaneseCharacterSet.fullwidthKatakana.check("ハ\u{309A}ン").composedText == "パン")
        #expect(JapaneseCharacterSet.shiftJIS.check("\u{F900}").composedText == "\u{8C48}")
        #expect(JapaneseCharacterSet.cp932.check("\u{2126}").composedText == "\u{3A9}")
        // Found by FuzzJapaneseText: U+F9BD and its composition U+5C3F are equal as Swift
        // strings (canonically equivalent), yet only the second is in JIS X 0208.
        let compatibility = JapaneseCharacterSet.jisX0208.check("\u{F9BD}")
        #expect(!compatibility.isValid)
        #expect(compatibility.composedText.map { Array($0.unicodeScalars) } == ["\u{5C3F}"])
    }

    @Test func keepsSetMembersThatCompositionWouldChange() {
        // U+212B ANGSTROM SIGN is JIS X 0208 row 2; NFC would make it U+00C5, which is not.
        let check = JapaneseCharacterSet.jisX0208.check("\u{212B}")
        #expect(check.isValid)
        #expect(check.composedText == nil)
    }

    @Test func namesNoCompositionWhenItWouldNotPass() {
        let check = JapaneseCharacterSet.jisX0208.check("カ\u{3099}🍣")
        #expect(check.violations.map(\.scalarOffset) == [1, 2])
        #expect(check.composedText == nil)
        #expect(JapaneseCharacterSet.jisX0208.check("🍣").composedText == nil)
    }

    /// The eight-byte ASCII step must find a violation at every position of a word.
    @Test func findsViolationsAtEveryPositionAroundTheASCIIFastPath() {
        for length in 0..<40 {
            for position in 0..<length {
                var scalars = Array(repeating: Unicode.Scalar("a"), count: length)
                scalars[position] = "\u{7F}"
                let text = String(String.UnicodeScalarView(scalars))
                let violations = JapaneseCharacterSet.shiftJIS.violations(in: text)
                #expect(violations.map(\.scalarOffset) == [position], "length \(length)")
            }
        }
    }

    @Test func agreesWithAScalarByScalarReferenceOnRandomText() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Unicode.Scalar] = ["a", "Z", " ", "~", "\u{7F}", "\u{1F}", "\u{A5}", "ｶ", "ﾞ", "ア", "あ", "ゔ", "漢", "髙", "〜", "～", "①", "\u{202E}", "\u{E000}", "🍣", "\u{3099}"]
        for _ in 0..<2_000 {
            let scalars = (0..<Int.random(in: 0..<48, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let text = String(String.UnicodeScalarView(scalars))
            for set in JapaneseCharacterSet.allCases {
                let expected = scalars.indices.filter { !set.contains(scalars[$0]) }
                #expect(set.violations(in: text).map(\.scalarOffset) == expected)
                #expect(set.firstViolation(in: text)?.scalarOffset == expected.first)
            }
        }
    }
}
