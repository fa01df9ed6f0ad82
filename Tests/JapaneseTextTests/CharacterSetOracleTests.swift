import Foundation
import JapaneseText
import Testing
import TestSupport

/// Each set against an oracle that shares no code with ICU: Python's codecs and its
/// Unicode database, asked about every BMP scalar. Skipped without python3, except in CI,
/// where that fails.
@Suite(.enabled(if: PythonOracle.isAvailable || TestEnvironment.isCI, "python3 is needed for the oracle: /usr/bin/python3 is missing"))
struct CharacterSetOracleTests {
    /// Python's `shift_jis` codec encodes exactly the JIS X 0208 characters in two bytes,
    /// in their JIS mappings; the set adds the Microsoft mapping of the seven variant cells.
    @Test func jisX0208() throws {
        let oracle = try PythonOracle.members("""
            len(ch.encode('shift_jis')) == 2
            """)
        let microsoftForms = Set(JISMappingVariant.all.map(\.microsoft.value))
        #expect(oracle.count == 6_879)
        try expectSet(.jisX0208, equals: oracle.union(microsoftForms))
    }

    /// Python's codec also encodes `¥` and `‾` (to 0x5C and 0x7E, the JIS X 0201 Roman
    /// readings of those bytes), which do not round-trip and which the set accepts too.
    @Test func shiftJIS() throws {
        let oracle = try PythonOracle.members("""
            unicodedata.category(ch) != 'Cc' and len(ch.encode('shift_jis')) > 0
            """)
        let microsoftForms = Set(JISMappingVariant.all.map(\.microsoft.value))
        try expectSet(.shiftJIS, equals: oracle.union(microsoftForms))
    }

    @Test func cp932() throws {
        let oracle = try PythonOracle.members("""
            unicodedata.category(ch) not in ('Co', 'Cc') and ch.encode('cp932').decode('cp932') == ch
            """)
        try expectSet(.cp932, equals: oracle)
    }

    @Test func kanaAndASCII() throws {
        try expectSet(.fullwidthKatakana, equals: PythonOracle.members("""
            (unicodedata.name(ch, '').startswith('KATAKANA LETTER') and 'HALFWIDTH' not in unicodedata.name(ch)
             and unicodedata.name(ch) not in ('KATAKANA LETTER VA', 'KATAKANA LETTER VI', 'KATAKANA LETTER VE', 'KATAKANA LETTER VO')
             and cp < 0x3100) or ch in '\\u30fb\\u30fc\\u3000'
            """))
        try expectSet(.hiragana, equals: PythonOracle.members("""
            unicodedata.name(ch, '').startswith('HIRAGANA LETTER') or ch in '\\u309d\\u309e\\u30fc'
            """))
        try expectSet(.halfwidthKatakana, equals: PythonOracle.members("""
            unicodedata.name(ch, '').startswith('HALFWIDTH KATAKANA') or ch in '\\uff61\\uff62\\uff63\\uff64'
            """))
        try expectSet(.asciiDigits, equals: PythonOracle.members("ch.isascii() and ch.isdigit()"))
        try expectSet(.printableASCII, equals: PythonOracle.members("ch.isascii() and ch.isprintable()"))
    }

    /// No set reaches outside the BMP; a sample of supplementary scalars, including
    /// emoji and the JIS X 0213 kanji that are beyond JIS X 0208.
    @Test(arguments: JapaneseCharacterSet.allCases)
    func noSupplementaryScalar(_ set: JapaneseCharacterSet) {
        for value in stride(from: UInt32(0x10000), through: 0x10FFFF, by: 251) {
            #expect(!set.contains(Unicode.Scalar(value)!))
        }
        #expect(!set.contains("𠮷"))
        #expect(!set.contains("🍣"))
    }

    /// The set's scalars, and the scalars it accepts as a one-scalar text, both equal the
    /// oracle's: a text is judged as sent, never composed first (U+F900 and U+2126 are
    /// outside JIS X 0208 although their compositions are inside).
    private func expectSet(_ set: JapaneseCharacterSet, equals oracle: Set<UInt32>) throws {
        let members = Set((UInt32(0)...0xFFFF).filter { value in
            Unicode.Scalar(value).map(set.contains) ?? false
        })
        let acceptedTexts = Set((UInt32(0)...0xFFFF).filter { value in
            Unicode.Scalar(value).map { set.contains(String(Character($0))) && set.check(String(Character($0))).isValid } ?? false
        })
        #expect(acceptedTexts == members, "\(set.name) accepts as text \(acceptedTexts.subtracting(members).sorted().prefix(20).map(PythonOracle.hex))")
        let missing = oracle.subtracting(members).sorted().map(PythonOracle.hex)
        let extra = members.subtracting(oracle).sorted().map(PythonOracle.hex)
        #expect(missing.isEmpty, "\(set.name) lacks \(missing.prefix(20))")
        #expect(extra.isEmpty, "\(set.name) has extra \(extra.prefix(20))")
    }
}

enum PythonOracle {
    static let isAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")

    /// The BMP scalars (surrogates aside) for which the Python expression is true; `ch` is
    /// the character and `cp` its code point, and a codec error counts as false.
    static func members(_ predicate: String) throws -> Set<UInt32> {
        let script = """
            import sys, unicodedata
            def member(cp):
                ch = chr(cp)
                try:
                    return \(predicate.replacingOccurrences(of: "\n", with: " "))
                except (UnicodeEncodeError, UnicodeDecodeError):
                    return False
            print(' '.join('%x' % cp for cp in range(0x10000) if not 0xD800 <= cp < 0xE000 and member(cp)))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw OracleFailure(script: script) }
        return Set(String(decoding: data, as: UTF8.self).split(separator: " ").compactMap {
            UInt32($0.trimmingCharacters(in: .whitespacesAndNewlines), radix: 16)
        })
    }

    static func hex(_ value: UInt32) -> String { "U+" + String(value, radix: 16, uppercase: true) }

    struct OracleFailure: Error { let script: String }
}
