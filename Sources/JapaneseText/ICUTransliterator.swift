import CJapaneseText
import Synchronization

/// A compiled ICU transliterator such as `Hiragana-Katakana`.
///
/// ICU does not promise that one transliterator may run on several threads at once, so
/// calls are serialised; the normalizations that use one only see short form fields.
final class ICUTransliterator: Sendable {
    private let handle: Mutex<OpaquePointer>

    /// Compiles `id`, an ICU compound transliterator ID, or returns `nil` when ICU rejects it.
    init?(id: String) {
        let units = Array(id.utf16)
        guard let handle = units.withUnsafeBufferPointer({
            cjt_transliterator_open($0.baseAddress, Int32($0.count))
        }) else { return nil }
        self.handle = Mutex(handle)
    }

    deinit {
        handle.withLock { cjt_transliterator_close($0) }
    }

    /// `text` transliterated. ICU's transliterators grow text by a small factor at most;
    /// a result that still does not fit the generous buffer is reported, never truncated.
    func transliterate(_ text: String) -> String {
        var buffer = Array(text.utf16)
        let length = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: length * 3 + 16))
        let written = handle.withLock { transliterator in
            buffer.withUnsafeMutableBufferPointer {
                cjt_transliterate(transliterator, $0.baseAddress, Int32(length), Int32($0.count))
            }
        }
        precondition(written >= 0, "ICU could not transliterate \(text.unicodeScalars.count) characters")
        return String(decoding: buffer[..<Int(written)], as: UTF16.self)
    }
}
