import KonbiniRules

/// The entries of a ``PayloadTree`` as ``JSONReader`` appends them: one allocation that the
/// tree takes over when reading ends, and that is freed if reading stops with an error.
///
/// An array would do, at the cost of a uniqueness check on every change and of a copy for
/// the tree; a reader appends an entry for every value, so both add up. Being noncopyable
/// is what makes the plain allocation safe: the buffer has one owner, which frees it or
/// hands it on.
struct TreeEntryBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<PayloadTree.Entry>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        base = PlainAllocation.allocate(PayloadTree.Entry.self, count: self.capacity)
    }

    deinit {
        PlainAllocation.deallocate(base)
    }

    /// An entry already appended.
    subscript(index: Int) -> PayloadTree.Entry {
        get {
            precondition(index >= 0 && index < count, "no entry \(index)")
            return base[index]
        }
        _modify {
            precondition(index >= 0 && index < count, "no entry \(index)")
            yield &base[index]
        }
    }

    @inline(__always)
    mutating func append(_ entry: PayloadTree.Entry) {
        if count == capacity { grow() }
        (base + count).initialize(to: entry)
        count += 1
    }

    /// Doubles the capacity, which keeps appending linear however large the document.
    private mutating func grow() {
        let grown = PlainAllocation.allocate(PayloadTree.Entry.self, count: capacity * 2)
        grown.moveInitialize(from: base, count: count)
        PlainAllocation.deallocate(base)
        base = grown
        capacity *= 2
    }

    /// The entries, for a tree to own and free with ``PlainAllocation/deallocate(_:)``.
    consuming func takeEntries() -> UnsafeBufferPointer<PayloadTree.Entry> {
        let entries = UnsafeBufferPointer(start: base, count: count)
        discard self
        return entries
    }
}
