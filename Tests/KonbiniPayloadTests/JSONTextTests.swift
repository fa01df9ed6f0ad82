import Foundation
@testable import KonbiniPayload
import Testing
import TestSupport

/// Quoting for responses and reports passes plain ASCII over eight bytes at a time: whatever
/// a text holds, and wherever in a word it falls, the quoted text reads back as the text and
/// carries no character a terminal or a log would act on.
@Suite struct JSONTextTests {
    static let pieces: [String] = [
        "a", "Z", "0", " ", "~", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{85}", "é",
        "山", "ア", "🍣", "\u{2028}", "\u{2029}", "\u{2027}", "\u{202E}", "\u{2066}", "\u{200F}", "\u{61C}",
    ]

    @Test func quotedTextReadsBackAndHoldsNoControlOrBidirectionalCharacter() throws {
        var random = SplitMix64(seed: 0x4A53_4F4E)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...40, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
            let quoted = JSONText.quoted(text)
            let readBack = try JSONSerialization.jsonObject(with: Data(quoted.utf8), options: .fragmentsAllowed) as? String
            #expect(readBack == text, "\(quoted)")
            let unsafe = quoted.unicodeScalars.filter { scalar in
                scalar.properties.generalCategory == .control || scalar.properties.isBidiControl
                    || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{61C}"
            }
            #expect(unsafe.isEmpty, "\(quoted)")
        }
    }

    /// A member name is escaped once, when its code is generated, and copied as it is when
    /// written: the name escaped and written reads as quoting would write it, for names that
    /// need an escape as for those that do not.
    @Test func memberNamesAreWrittenAsEscaped() {
        let names = ["", "a", "amount", "payment_method_types", "a\"b", "back\\slash", "tab\there", "del\u{7F}", "名前", "name_カナ"]
        for name in names {
            #expect("\"" + JSONText.escaped(name) + "\"" == JSONText.quoted(name), "\(name)")
        }
        // What the generator writes for `a"b` and `tab<TAB>here` (see the generator's stage
        // tests), copied whole.
        var output = JSONOutput(capacity: 1)
        JSONText.appendName("a\\\"b", to: &output)
        JSONText.appendName("tab\\there", to: &output)
        #expect(output.text == JSONText.quoted("a\"b") + ":" + JSONText.quoted("tab\there") + ":")
    }

    /// Numbers are written in decimal without going through a string, zero and both ends
    /// of `Int` included, and the buffer grows past its first capacity keeping what it held.
    @Test func outputWritesDecimalsAndGrows() {
        var output = JSONOutput(capacity: 1)
        let values = [0, 7, -7, 10, 1_980, -300_000, Int.max, Int.min]
        for (index, value) in values.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            output.append(decimal: value)
        }
        #expect(output.text == values.map(String.init).joined(separator: ","))
        #expect(output.bytes == Array(output.text.utf8))
        #expect(output.count == output.text.utf8.count)
    }
}
