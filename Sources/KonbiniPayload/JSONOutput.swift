import JapaneseText

/// A growing buffer of UTF-8 that JSON is written into: a form handler's response bodies
/// and the linter's reports.
///
/// An array would do, at the cost of a uniqueness and capacity check, and of a generic
/// copy, in every `append`; a response is written in a hundred pieces or so, and those
/// checks were a large share of answering a request. Being noncopyable is what makes the
/// plain allocation safe: the buffer has one owner, which frees it.
package struct JSONOutput: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written.
    package private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes before it grows.
    package init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        base = PlainAllocation.allocate(UInt8.self, count: self.capacity)
    }

    deinit {
        PlainAllocation.deallocate(base)
    }

    /// Appends one byte.
    @inline(__always)
    package mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    /// Appends `bytes`.
    @inline(__always)
    package mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends a literal's UTF-8: punctuation and member names of the formats written.
    @inline(__always)
    package mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append($0) }
    }

    /// Appends `text`'s UTF-8.
    package mutating func append(contentsOf text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends what `other` holds.
    package mutating func append(_ other: borrowing JSONOutput) {
        append(UnsafeBufferPointer(start: other.base, count: other.count))
    }

    /// Appends `value` in decimal.
    package mutating func append(decimal value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        // Written from the right into room for the twenty digits of the largest magnitude.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var magnitude = value.magnitude
        var count = 0
        withUnsafeMutableBytes(of: &digits) { digits in
            repeat {
                count += 1
                digits[digits.count - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            append(UnsafeBufferPointer(rebasing: digits.bindMemory(to: UInt8.self)[(digits.count - count)...]))
        }
    }

    /// The bytes written, as an array.
    package var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// The bytes written, as a string (they are well-formed UTF-8: every writer appends
    /// whole characters).
    package var text: String {
        String(validatedUTF8: UnsafeBufferPointer(start: base, count: count))
    }

    /// At least doubles the capacity, which keeps writing linear however long the output.
    private mutating func grow(toHold needed: Int) {
        let grown = PlainAllocation.allocate(UInt8.self, count: max(capacity * 2, needed))
        grown.moveInitialize(from: base, count: count)
        PlainAllocation.deallocate(base)
        base = grown
        capacity = max(capacity * 2, needed)
    }
}
