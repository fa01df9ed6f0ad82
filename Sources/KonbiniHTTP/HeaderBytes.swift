/// Reading HTTP header values byte by byte: a handler reads some for every request, and the
/// bytes need no string.
enum HeaderBytes {
    /// `bytes` without leading and trailing spaces and tabs, as HTTP header values are read.
    static func trimmed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        let isWhitespace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = bytes.firstIndex(where: { !isWhitespace($0) }), let last = bytes.lastIndex(where: { !isWhitespace($0) }) else {
            return bytes[bytes.endIndex...]
        }
        return bytes[first...last]
    }

    /// Whether `bytes` spell the lowercase ASCII `word`, in any case.
    static func equalsIgnoringCase(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        return zip(bytes, UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)).allSatisfy { byte, expected in
            (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte) == expected
        }
    }

    /// Calls `body` with each part of `bytes` between `separator`s, empty ones included,
    /// making no array of them as `split` does.
    static func forEachPart(
        of bytes: Slice<UnsafeBufferPointer<UInt8>>, separatedBy separator: UInt8,
        _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void
    ) {
        var start = bytes.startIndex
        while true {
            let end = bytes[start...].firstIndex(of: separator) ?? bytes.endIndex
            body(bytes[start..<end])
            guard end < bytes.endIndex else { return }
            start = end + 1
        }
    }
}
