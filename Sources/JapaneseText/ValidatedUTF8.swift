extension String {
    /// A string of UTF-8 that is known to be well-formed, made without checking it again.
    ///
    /// `String(decoding:as:)` validates every byte, which a reader that has validated them
    /// already, or a writer that joins pieces of strings at ASCII bytes, need not pay for:
    /// strings are made this way for every field of every payload a linter reads.
    ///
    /// - Precondition: `bytes` is well-formed UTF-8. Where the standard library cannot skip
    ///   the check (before `UTF8Span`), the bytes are validated as usual.
    package init(validatedUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            self.init(copying: UTF8Span(unchecked: bytes.span))
        } else {
            self.init(decoding: bytes, as: UTF8.self)
        }
    }
}
