/// How each character set's table is derived from ICU.
///
/// `generate-charset-tables` writes these bitmaps into `Sources/CJapaneseText/charset_tables.c`;
/// the tests derive them again and compare bit for bit, so the compiled tables cannot drift
/// from ICU without a failing test.
package enum CharacterSetDerivation {
    /// ICU's EUC-JP converter. In EUC-JP, JIS X 0208 row `r`, cell `c` is the byte pair
    /// (0xA0 + r, 0xA0 + c), so the converter can be asked about each cell directly.
    static let eucJPConverter = "ibm-33722_P120-1999"
    /// IBM's Shift_JIS converter, whose single bytes are JIS X 0201 as the standard has it:
    /// 0x5C is `¥`, 0x7E is `‾`, 0xA1–0xDF half-width katakana.
    static let jisX0201Converter = "ibm-943_P130-1999"
    /// ICU's Windows-31J converter.
    static let windows31JConverter = "ibm-943_P15A-2003"

    /// JIS X 0208's rows: 1–8 (symbols, alphanumerics, kana, Greek, Cyrillic, box drawing)
    /// and 16–84 (kanji levels 1 and 2). Rows 9–15 and 85–94 are unassigned in the standard;
    /// vendor tables fill some (NEC's row 13), which JIS X 0208 does not include.
    static let jisX0208Rows: [UInt8] = Array(1...8) + Array(16...84)

    /// The members of `set`, derived from ICU.
    package static func bitmap(for set: JapaneseCharacterSet) -> ScalarBitmap {
        switch set {
        case .jisX0208:
            return jisX0208()
        case .shiftJIS:
            var members = jisX0208()
            members.formUnion(bitmap(for: .printableASCII))
            members.formUnion(singleBytes(of: jisX0201Converter))
            return members
        case .cp932:
            return cp932()
        case .fullwidthKatakana:
            return ScalarBitmap(scalars(in: 0x30A1...0x30F6) + scalars(0x30FB, 0x30FC, 0x3000))
        case .hiragana:
            return ScalarBitmap(scalars(in: 0x3041...0x3096) + scalars(0x309D, 0x309E, 0x30FC))
        case .halfwidthKatakana:
            return ScalarBitmap(scalars(in: 0xFF61...0xFF9F))
        case .asciiDigits:
            return ScalarBitmap(scalars(in: 0x30...0x39))
        case .printableASCII:
            return ScalarBitmap(scalars(in: 0x20...0x7E))
        }
    }

    /// Every assigned JIS X 0208 cell that ICU's EUC-JP converter maps to one character and
    /// back, plus the other mapping of each ``JISMappingVariant`` cell.
    static func jisX0208() -> ScalarBitmap {
        guard let converter = ICUConverter(named: eucJPConverter) else {
            fatalError("ICU has no \(eucJPConverter) converter")
        }
        var bitmap = ScalarBitmap()
        for row in jisX0208Rows {
            for cell in UInt8(1)...94 {
                if let scalar = converter.roundTripScalar([0xA0 + row, 0xA0 + cell]) {
                    bitmap.insert(scalar)
                }
            }
        }
        for variant in JISMappingVariant.all
        where bitmap.contains(variant.jis) || bitmap.contains(variant.microsoft) {
            bitmap.insert(variant.jis)
            bitmap.insert(variant.microsoft)
        }
        return bitmap
    }

    /// The printable single-byte characters of a converter: 0x20–0x7E and 0xA1–0xDF.
    static func singleBytes(of converterName: String) -> ScalarBitmap {
        guard let converter = ICUConverter(named: converterName) else {
            fatalError("ICU has no \(converterName) converter")
        }
        var bitmap = ScalarBitmap()
        for byte in Array(UInt8(0x20)...0x7E) + Array(UInt8(0xA1)...0xDF) {
            if let scalar = converter.roundTripScalar([byte]) {
                bitmap.insert(scalar)
            }
        }
        return bitmap
    }

    /// Every Windows-31J byte sequence that round-trips through ICU to one character,
    /// except the user-defined area (private use, which no provider can print).
    static func cp932() -> ScalarBitmap {
        guard let converter = ICUConverter(named: windows31JConverter) else {
            fatalError("ICU has no \(windows31JConverter) converter")
        }
        var bitmap = singleBytes(of: windows31JConverter)
        let leads = Array(UInt8(0x81)...0x9F) + Array(UInt8(0xE0)...0xFC)
        let trails = Array(UInt8(0x40)...0x7E) + Array(UInt8(0x80)...0xFC)
        for lead in leads {
            for trail in trails {
                if let scalar = converter.roundTripScalar([lead, trail]),
                   scalar.properties.generalCategory != .privateUse {
                    bitmap.insert(scalar)
                }
            }
        }
        return bitmap
    }

    private static func scalars(in range: ClosedRange<UInt32>) -> [Unicode.Scalar] {
        range.compactMap(Unicode.Scalar.init)
    }

    private static func scalars(_ values: UInt32...) -> [Unicode.Scalar] {
        values.compactMap(Unicode.Scalar.init)
    }
}
