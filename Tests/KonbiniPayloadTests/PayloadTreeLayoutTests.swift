@testable import KonbiniPayload
import Testing

@Suite struct PayloadTreeLayoutTests {
    /// A payload's entries are read into one block that malloc's per-thread cache can hand
    /// out (at most 1,032 bytes on glibc): at 48 bytes an entry, the first capacity
    /// `JSONReader` gives a payload of up to about 400 bytes stays within it.
    @Test func anEntryTakesFortyEightBytes() {
        #expect(MemoryLayout<PayloadTree.Entry>.stride == 48)
    }
}
