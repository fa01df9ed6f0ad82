@testable @_spi(ICUReference) import JapaneseText
import Testing

/// The bitmaps compiled into the binary are the ones ICU gives today.
@Suite struct CharacterSetTableTests {
    @Test(arguments: JapaneseCharacterSet.allCases)
    func compiledTableMatchesICUDerivation(_ set: JapaneseCharacterSet) {
        let derived = CharacterSetDerivation.bitmap(for: set)
        let compiled = ScalarBitmap(bytes: Array(UnsafeBufferPointer(start: set.table.bitmap, count: 8192)))
        let missing = derived.scalars.filter { !compiled.contains($0) }
        let extra = compiled.scalars.filter { !derived.contains($0) }
        #expect(missing.isEmpty && extra.isEmpty,
                "regenerate with `swift run generate-charset-tables Sources/CJapaneseText/charset_tables.c`")
    }

    @Test func jisX0208HasItsStandardSizeAndBothVariantMappings() {
        let jis = CharacterSetDerivation.bitmap(for: .jisX0208)
        #expect(jis.count == 6_879 + JISMappingVariant.all.count)
        for variant in JISMappingVariant.all {
            #expect(JapaneseCharacterSet.jisX0208.contains(variant.jis))
            #expect(JapaneseCharacterSet.jisX0208.contains(variant.microsoft))
        }
    }

    @Test func setsNestAsTheStandardsSay() {
        for scalar in CharacterSetDerivation.bitmap(for: .jisX0208).scalars {
            #expect(JapaneseCharacterSet.shiftJIS.contains(scalar))
        }
        for scalar in CharacterSetDerivation.bitmap(for: .fullwidthKatakana).scalars {
            #expect(JapaneseCharacterSet.jisX0208.contains(scalar), "\(scalar)")
        }
        // ゔ, ゕ and ゖ came with JIS X 0213; every other hiragana is in JIS X 0208.
        let hiraganaOutsideJIS = CharacterSetDerivation.bitmap(for: .hiragana).scalars
            .filter { !JapaneseCharacterSet.jisX0208.contains($0) }
        #expect(hiraganaOutsideJIS == ["ゔ", "ゕ", "ゖ"])
        #expect(JapaneseCharacterSet.cp932.contains("髙"))
        #expect(!JapaneseCharacterSet.shiftJIS.contains("髙"))
        #expect(JapaneseCharacterSet.cp932.contains("①"))
        #expect(!JapaneseCharacterSet.jisX0208.contains("①"))
    }

    @Test func everySetIsNamedInTheRulesLanguage() {
        for set in JapaneseCharacterSet.allCases {
            #expect(JapaneseCharacterSet(named: set.name) == set)
        }
        #expect(JapaneseCharacterSet(named: "jis_x_0208") == nil)
    }
}

extension CharacterSetTableTests {
    /// The ASCII fast path is taken exactly for the sets that hold all of printable ASCII.
    @Test(arguments: JapaneseCharacterSet.allCases)
    func asciiFastPathFlagMatchesTheTable(_ set: JapaneseCharacterSet) {
        let holdsASCII = (0x20...0x7E).allSatisfy { set.contains(Unicode.Scalar(UInt8($0))) }
        #expect(set.containsPrintableASCII == holdsASCII)
    }
}

/// The ICU converter check the tables are benchmarked and fuzzed against.
@Suite struct ICUReferenceCheckTests {
    /// ICU's stop callback lets an unmappable default-ignorable code point through; the
    /// fuzzer found the reference accepting U+202E, which the table (rightly) rejects.
    @Test(arguments: ["\u{202E}", "\u{200B}", "\u{FEFF}", "ア\u{2066}イ", "\u{AD}"])
    func rejectsDefaultIgnorablesOutsideTheSet(_ text: String) {
        let reference = ICUReferenceCheck(allowingJISX0201: true)
        let accepted = Array(text.utf8).withUnsafeBufferPointer(reference.contains(utf8:))
        #expect(!accepted)
        #expect(!JapaneseCharacterSet.shiftJIS.contains(text))
    }

    @Test(arguments: [("カタカナ漢字", true, true), ("ｶﾀｶﾅ", false, true), ("abc", false, true), ("①", false, false), ("", true, true)])
    func agreesWithTheTables(_ text: String, inJISX0208: Bool, inShiftJIS: Bool) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer(ICUReferenceCheck(allowingJISX0201: false).contains(utf8:)) == inJISX0208)
        #expect(bytes.withUnsafeBufferPointer(ICUReferenceCheck(allowingJISX0201: true).contains(utf8:)) == inShiftJIS)
        #expect(JapaneseCharacterSet.jisX0208.contains(text) == inJISX0208)
        #expect(JapaneseCharacterSet.shiftJIS.contains(text) == inShiftJIS)
    }
}
