import JapaneseText
import Testing

/// The examples the JapaneseText documentation shows, as it shows them.
@Suite struct ReadmeExampleTests {
    @Test func characterSetExample() {
        let check = JapaneseCharacterSet.shiftJIS.check("お買い上げ🍣")
        #expect(!check.isValid)
        #expect(check.violations[0].scalarOffset == 5)
        #expect(check.violations[0].reason == .notInSet)
    }

    @Test func normalizationExample() {
        let name = TextNormalization.halfwidthToFullwidthKatakana.apply(to: "ﾔﾏﾀﾞ ﾀﾛｳ")
        #expect(name.text == "ヤマダ タロウ")
        #expect(name.changes == [
            TextChange(offset: 0, original: "ﾔﾏﾀﾞ", replacement: "ヤマダ"),
            TextChange(offset: 4, original: "ﾀﾛｳ", replacement: "タロウ"),
        ])
    }
}
