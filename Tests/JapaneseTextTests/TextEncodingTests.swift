import JapaneseText
import Testing
import TestSupport

@Suite struct TextEncodingTests {
    @Test func countsBytesAsTheEncodingWritesThem() {
        #expect(TextEncoding.shiftJIS.byteCount(of: "ﾔﾏﾀﾞ ﾀﾛｳ") == 8)
        #expect(TextEncoding.shiftJIS.byteCount(of: "ヤマダ　タロウ") == 14)
        #expect(TextEncoding.shiftJIS.byteCount(of: "Order #1 お買い上げ") == 19)
        #expect(TextEncoding.shiftJIS.byteCount(of: "¥100‾") == 5)
        #expect(TextEncoding.cp932.byteCount(of: "髙島屋①") == 8)
        #expect(TextEncoding.utf8.byteCount(of: "ヤマダ") == 9)
        #expect(TextEncoding.shiftJIS.byteCount(of: "") == 0)
        // A character the encoding lacks counts as the two bytes of what replaces it.
        #expect(TextEncoding.shiftJIS.byteCount(of: "🍣") == 2)
        #expect(TextEncoding.cp932.byteCount(of: "¥") == 2)
        // Each scalar is a character of the encoding: a decomposed ガ is two.
        #expect(TextEncoding.shiftJIS.byteCount(of: "カ\u{3099}") == 4)
    }

    @Test func namesAreTheRulesLanguages() {
        #expect(TextEncoding.allCases.map(\.name) == ["shift_jis", "cp932", "utf8"])
        #expect(TextEncoding(named: "shift_jis") == .shiftJIS)
        #expect(TextEncoding(named: "sjis") == nil)
    }
}

/// Every character Python's codec encodes takes as many bytes by ``TextEncoding`` as there.
@Suite(.enabled(if: PythonOracle.isAvailable || TestEnvironment.isCI, "python3 is needed for the oracle: /usr/bin/python3 is missing"))
struct TextEncodingOracleTests {
    @Test(arguments: [(TextEncoding.shiftJIS, "shift_jis"), (.cp932, "cp932")])
    func byteCountsAreThoseOfPythonsCodec(_ encoding: TextEncoding, _ codec: String) throws {
        let single = try PythonOracle.members("len(ch.encode('\(codec)')) == 1")
        let double = try PythonOracle.members("len(ch.encode('\(codec)')) == 2")
        #expect(single.count >= 128 + 63 && double.count > 6_000)
        for (scalars, bytes) in [(single, 1), (double, 2)] {
            let wrong = scalars.sorted().filter { encoding.byteCount(of: String(Unicode.Scalar($0)!)) != bytes }
            #expect(wrong.isEmpty, "\(codec): \(wrong.prefix(10).map(PythonOracle.hex)) do not take \(bytes) bytes")
        }
    }
}
