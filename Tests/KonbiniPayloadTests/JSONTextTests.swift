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

    /// Names are copied whole when they need no escape, which is decided a word at a time:
    /// every length around a word's, with a character needing an escape at each place,
    /// comes out as quoting would write it.
    @Test func memberNamesAreQuotedAsTextsAre() throws {
        let names: [StaticString] = [
            "", "a", "type", "amount", "konbini", "currency", "payment_method_types", "expires_after_days!",
            "a\"b", "quote\"d_at_eight", "back\\slash", "tab\there", "del\u{7F}", "名前", "name_カナ", "twelve_bytes",
        ]
        for name in names {
            var output = JSONOutput(capacity: 1)
            JSONText.appendName(name, to: &output)
            #expect(output.text == JSONText.quoted(name.description) + ":", "\(name)")
        }
        let plain = "abcdefghijklmnopqrstuvwxyz"
        for length in 0...plain.count {
            for special in ["\"", "\\", "\u{1F}", "\u{7F}", "é"] {
                for place in 0..<max(length, 1) {
                    var text = String(plain.prefix(length))
                    if length > 0 {
                        text.replaceSubrange(text.index(text.startIndex, offsetBy: place)...text.index(text.startIndex, offsetBy: place), with: special)
                    }
                    let isPlain = text.utf8.withContiguousStorageIfAvailable(JSONText.needsNoEscape)
                    #expect(isPlain == (length == 0), "\(text)")
                }
            }
            #expect(plain.prefix(length).utf8.withContiguousStorageIfAvailable(JSONText.needsNoEscape) ?? false, "\(length)")
        }
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
