import CJapaneseText

/// A view of one precomputed membership bitmap in the binary's read-only data.
struct CharacterSetTable: @unchecked Sendable {
    /// 8,192 bytes of static C data that live as long as the process.
    let bitmap: UnsafePointer<UInt8>
    /// Whether every printable ASCII character is a member, which lets a scan step over
    /// ASCII runs eight bytes at a time.
    let containsPrintableASCII: Bool

    init(_ set: cjt_charset) {
        let bitmap = cjt_charset_bitmap(set)!
        self.bitmap = bitmap
        containsPrintableASCII = (0x20...0x7E).allSatisfy { bitmap[$0 >> 3] & (1 << ($0 & 7)) != 0 }
    }

    @inline(__always)
    func contains(bmpValue value: UInt32) -> Bool {
        bitmap[Int(value &>> 3)] & (1 &<< UInt8(truncatingIfNeeded: value & 7)) != 0
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0xFFFF && contains(bmpValue: scalar.value)
    }

    var scanner: UTF8Scanner {
        UTF8Scanner(table: self, skipsASCII: containsPrintableASCII)
    }

    /// One table per set, looked up once.
    static let all: [CharacterSetTable] = (0..<CJT_CHARSET_COUNT.rawValue).map {
        CharacterSetTable(cjt_charset(rawValue: $0))
    }
}
