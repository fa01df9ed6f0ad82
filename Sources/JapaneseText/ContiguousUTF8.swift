extension String {
    /// Calls `body` with the string's UTF-8, in place when the string holds it contiguously
    /// (native strings do), otherwise from a contiguous copy.
    ///
    /// `withUTF8` is mutating: calling it on a copy retains and releases the string's
    /// storage, which checks that run on every field of every payload would pay each time.
    @inlinable
    package func withContiguousUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }

    /// Whether the string's UTF-8 is `bytes`, compared code unit by code unit (not as
    /// canonically equivalent text, as `==` compares); the lengths, which a native string
    /// knows, first.
    @inlinable
    package func hasUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        utf8.count == bytes.count
            && (utf8.withContiguousStorageIfAvailable { $0.elementsEqual(bytes) } ?? utf8.elementsEqual(bytes))
    }
}
