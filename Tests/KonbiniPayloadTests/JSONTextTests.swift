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
}
