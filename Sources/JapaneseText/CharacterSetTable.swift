import CJapaneseText

/// A view of one precomputed membership bitmap in the binary's read-only data.
struct CharacterSetTable: @unchecked Sendable {
    /// 8,192 bytes of static C data that live as long as the process.
    let bitmap: UnsafePointer<UInt8>

    init(_ set: cjt_charset) {
        bitmap = cjt_charset_bitmap(set)
    }

    @inline(__always)
    func contains(bmpValue value: UInt32) -> Bool {
        bitmap[Int(value &>> 3)] & (1 &<< UInt8(truncatingIfNeeded: value & 7)) != 0
    }

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0xFFFF && contains(bmpValue: scalar.value)
    }

}
