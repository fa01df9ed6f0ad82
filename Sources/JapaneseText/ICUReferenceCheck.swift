import CJapaneseText

/// The character-set check written the way code without precomputed tables would do it:
/// the text through ICU's EUC-JP converter (`ibm-33722`, no substitution, no fallbacks),
/// then the bytes it produced inspected for JIS X 0208 rows 1–8 and 16–84, and, when JIS
/// X 0201 is allowed, printable ASCII and half-width katakana (which makes it a Shift_JIS
/// check).
///
/// It is the reference that the table-driven ``JapaneseCharacterSet/jisX0208`` and
/// ``JapaneseCharacterSet/shiftJIS`` checks are benchmarked and fuzzed against; it is not
/// API for applications, hence the SPI.
@_spi(ICUReference)
public final class ICUReferenceCheck {
    private let handle: OpaquePointer

    /// A reference for ``JapaneseCharacterSet/jisX0208``, or, allowing JIS X 0201, for
    /// ``JapaneseCharacterSet/shiftJIS``.
    public init(allowingJISX0201: Bool) {
        guard let handle = cjt_reference_check_open(allowingJISX0201 ? 1 : 0) else {
            preconditionFailure("ICU has no ibm-33722 converter")
        }
        self.handle = handle
    }

    deinit {
        cjt_reference_check_close(handle)
    }

    /// Whether the UTF-8 `bytes` are text whose every character lies in the set, taken as
    /// given (not composed first).
    public func contains(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        cjt_reference_check_contains(handle, bytes.baseAddress, Int32(bytes.count)) != 0
    }
}
