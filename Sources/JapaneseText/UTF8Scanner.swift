/// Finds the characters of UTF-8 text that are outside a ``CharacterSetTable``.
///
/// This is the hot loop of every character-set check: it validates UTF-8 and looks each
/// scalar up in the bitmap in one pass, and when the set contains all of printable ASCII it
/// steps over ASCII runs eight bytes at a time.
struct UTF8Scanner {
    let table: CharacterSetTable
    let skipsASCII: Bool

    /// A place in the text: a byte offset and the number of scalars before it.
    struct Position {
        var utf8Offset = 0
        var scalarOffset = 0
    }

    /// The first violation at or after `position`, and the position just after it;
    /// `nil` when the rest of the text is inside the set.
    func nextViolation(
        in bytes: UnsafeBufferPointer<UInt8>, from position: Position
    ) -> (violation: CharacterSetViolation, next: Position)? {
        guard let base = bytes.baseAddress else { return nil }
        let end = bytes.count
        var index = position.utf8Offset

        while index < end {
            // Fast paths for members: printable ASCII runs, and three-byte sequences, which
            // hold all of kana and kanji. Anything else takes the full decoder below.
            let lead = base[index]
            if lead < 0x80 {
                if skipsASCII ? (lead >= 0x20 && lead != 0x7F) : table.contains(bmpValue: UInt32(lead)) {
                    index &+= 1
                    while skipsASCII && end &- index >= 8 {
                        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                        guard Self.isPrintableASCII(word) else { break }
                        index &+= 8
                    }
                    continue
                }
            } else if lead & 0xF0 == 0xE0 {
                // A run of three-byte members, read four bytes at a time: one masked compare
                // validates the sequence's shape. Overlong forms (below U+0800) stop the run
                // and are reported below; surrogates are in no table, so they stop it too.
                let runStart = index
                while end &- index >= 4 {
                    let word = UInt32(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt32.self))
                    guard word & 0x00C0_C0F0 == 0x0080_80E0 else { break }
                    let value = (word & 0x0F) << 12 | (word & 0x3F00) >> 2 | (word & 0x3F_0000) >> 16
                    guard value >= 0x800 && table.contains(bmpValue: value) else { break }
                    index &+= 3
                }
                if index != runStart { continue }
            }
            let start = index
            let decoded = Self.decode(base, at: index, end: end)
            index &+= decoded.length
            if let value = decoded.value, value <= 0xFFFF, table.contains(bmpValue: value) {
                continue
            }
            let reason: CharacterSetViolation.Reason
            let scalar = decoded.value.flatMap(Unicode.Scalar.init)
            if let scalar {
                reason = .init(classifying: scalar)
            } else {
                reason = decoded.isSurrogate ? .surrogate : .malformedUTF8
            }
            // Scalars are counted only when there is something to report: everything since
            // `position` is well-formed, so each scalar there has exactly one non-continuation byte.
            let scalarOffset = position.scalarOffset &+ Self.countScalars(base, from: position.utf8Offset, to: start)
            let violation = CharacterSetViolation(
                scalar: scalar, utf8Offset: start, scalarOffset: scalarOffset,
                utf8Length: decoded.length, reason: reason)
            return (violation, Position(utf8Offset: index, scalarOffset: scalarOffset &+ 1))
        }
        return nil
    }

    /// The number of scalars in well-formed UTF-8 between two offsets.
    static func countScalars(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        (start..<end).count { base[$0] & 0xC0 != 0x80 }
    }

    /// Whether all eight bytes of `word` lie in 0x20–0x7E.
    @inline(__always)
    static func isPrintableASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let belowSpace = (word &- ones &* 0x20) & ~word
        let delete = word ^ (ones &* 0x7F)
        let isDelete = (delete &- ones) & ~delete
        return (word | belowSpace | isDelete) & highBits == 0
    }

    /// One decoded scalar value, or `nil` with the length of the ill-formed sequence (its
    /// maximal subpart, as Unicode recommends, so that the next byte starts a fresh look).
    @inline(__always)
    static func decode(
        _ base: UnsafePointer<UInt8>, at index: Int, end: Int
    ) -> (value: UInt32?, length: Int, isSurrogate: Bool) {
        let lead = base[index]
        if lead < 0x80 { return (UInt32(lead), 1, false) }

        @inline(__always) func continuation(_ offset: Int, in range: ClosedRange<UInt8> = 0x80...0xBF) -> UInt32? {
            guard index + offset < end, range.contains(base[index + offset]) else { return nil }
            return UInt32(base[index + offset] & 0x3F)
        }

        switch lead {
        case 0xC2...0xDF:
            guard let b1 = continuation(1) else { return (nil, 1, false) }
            return (UInt32(lead & 0x1F) << 6 | b1, 2, false)
        case 0xE0...0xEF:
            let secondRange: ClosedRange<UInt8> = switch lead {
            case 0xE0: 0xA0...0xBF
            case 0xED: 0x80...0xBF  // A0–BF encode surrogates: decoded, then rejected below
            default: 0x80...0xBF
            }
            guard let b1 = continuation(1, in: secondRange) else { return (nil, 1, false) }
            guard let b2 = continuation(2) else { return (nil, 2, false) }
            let value = UInt32(lead & 0x0F) << 12 | b1 << 6 | b2
            if (0xD800...0xDFFF).contains(value) { return (nil, 3, true) }
            return (value, 3, false)
        case 0xF0...0xF4:
            let secondRange: ClosedRange<UInt8> = switch lead {
            case 0xF0: 0x90...0xBF
            case 0xF4: 0x80...0x8F
            default: 0x80...0xBF
            }
            guard let b1 = continuation(1, in: secondRange) else { return (nil, 1, false) }
            guard let b2 = continuation(2) else { return (nil, 2, false) }
            guard let b3 = continuation(3) else { return (nil, 3, false) }
            return (UInt32(lead & 0x07) << 18 | b1 << 12 | b2 << 6 | b3, 4, false)
        default:
            return (nil, 1, false)
        }
    }
}
