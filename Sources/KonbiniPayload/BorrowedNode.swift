import KonbiniRules

/// A node looked at where it stands, without a copy of its own: decoders read a member's
/// value through one while the object holding it is alive, as the readers of
/// ``PayloadDecoder`` do for every field of every payload.
///
/// A ``PayloadNode`` holds a strong reference to its tree, so making one for each member
/// retains and releases the tree (two atomic operations) and destroys an optional node
/// afterwards; a borrowed member is an entry number and an unretained reference. It must not outlive the node it was borrowed from, which is why
/// it is not public and only ever lives for the length of one reader's call.
///
/// The tree is reached through `Unmanaged._withUnsafeGuaranteedRef`, the standard library's
/// way of saying that something else keeps the object alive: `takeUnretainedValue()` let
/// the optimizer retain and release it around each use again (measured in
/// `Benchmarks/README.md`).
@usableFromInline
struct BorrowedNode {
    private let tree: Unmanaged<PayloadTree>
    private let entry: Int

    init(_ tree: PayloadTree, entry: Int) {
        self.tree = .passUnretained(tree)
        self.entry = entry
    }

    @usableFromInline
    var kind: PayloadKind {
        tree._withUnsafeGuaranteedRef { $0.entries[entry].kind }
    }

    /// See ``PayloadNode/text``.
    @usableFromInline
    var text: String? {
        tree._withUnsafeGuaranteedRef { $0.text(of: entry) }
    }

    /// See ``PayloadNode/scalarValue``.
    var scalarValue: PayloadValue? {
        node.scalarValue
    }

    /// See ``PayloadNode/withText(_:)``.
    @usableFromInline
    func withText<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        tree._withUnsafeGuaranteedRef { $0.withText(of: entry, body) }
    }

    /// A node of its own, which may outlive the one this was borrowed from.
    var node: PayloadNode {
        PayloadNode(tree.takeUnretainedValue(), entry: entry)
    }
}
