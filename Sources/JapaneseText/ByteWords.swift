/// Tests on eight bytes at once, for the hottest loops over text (the JSON reader, counting
/// characters): a payload is mostly ASCII text, which these let a loop step over a word at a
/// time. Inlinable, so that the JSON reader, in another module, compiles them into its
/// loops; public under an SPI rather than `package`, because this toolchain did not inline
/// a `package` function's inlinable body into another module.
@_spi(ByteWords) public enum ByteWords {
    public static let highBits: UInt64 = 0x8080_8080_8080_8080
    public static let lowBits: UInt64 = 0x0101_0101_0101_0101

    /// The eight bytes at `offset`, which must be at least eight bytes before the end, the
    /// first in the lowest bits whatever the machine's byte order.
    @inlinable @inline(__always)
    public static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
    }

    /// How many of the word's bytes are UTF-8 continuation bytes (`10xxxxxx`): the bytes
    /// that do not start a character.
    @inlinable @inline(__always)
    public static func continuationByteCount(_ word: UInt64) -> Int {
        // Shifting left by one puts each byte's bit 6 at its bit 7.
        (word & ~(word << 1) & highBits).nonzeroBitCount
    }

    /// How many bytes of `bytes` are UTF-8 continuation bytes, counted eight at a time.
    @inlinable
    public static func continuationByteCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var offset = 0
        while offset + 8 <= bytes.count {
            count += continuationByteCount(load(bytes, at: offset))
            offset += 8
        }
        for byte in bytes[offset...] where byte & 0xC0 == 0x80 {
            count += 1
        }
        return count
    }

    /// A mask whose lowest set bit is the high bit of the first byte equal to `byte`, if any.
    @inlinable @inline(__always)
    public static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        // The classic zero-byte test on the word with `byte` cancelled out. A borrow can set
        // bits above a zero byte, never below the first one, so the lowest bit is exact.
        let cancelled = word ^ (lowBits &* UInt64(byte))
        return (cancelled &- lowBits) & ~cancelled & highBits
    }

    /// The offset of the first byte a JSON string cannot take as it stands (a quote, a
    /// backslash, a control character or a byte of a multi-byte character), or `nil` when
    /// all eight are plain.
    @inlinable @inline(__always)
    public static func firstStringSpecial(_ word: UInt64) -> Int? {
        // Below 0x20: subtracting 0x20 borrows into such a byte's high bit, which it did not
        // have; as above, only bits past the first such byte can be wrong.
        let control = (word &- lowBits &* 0x20) & ~word & highBits
        let specials = word & highBits | control | matches(word, 0x22) | matches(word, 0x5C)
        return specials == 0 ? nil : specials.trailingZeroBitCount / 8
    }
}
