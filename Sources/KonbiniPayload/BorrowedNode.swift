import KonbiniRules

/// A node looked at where it stands, without a copy of its own: decoders read a member's
/// value through one while the object holding it is alive, as the readers of
/// ``PayloadDecoder`` do for every field of every payload.
///
/// A ``PayloadNode`` that was read holds a strong reference to its document, so making one
/// for each member retains and releases the document (two atomic operations) and destroys
/// an optional node afterwards; a borrowed member of a read document is an entry number and
/// an unretained reference. It must not outlive the node it was borrowed from, which is why
/// it is not public and only ever lives for the length of one reader's call.
///
/// The tree is reached through `Unmanaged._withUnsafeGuaranteedRef`, the standard library's
/// way of saying that something else keeps the object alive: `takeUnretainedValue()` let
/// the optimizer retain and release it around each use again (measured in
/// `Benchmarks/README.md`).
@usableFromInline
struct BorrowedNode {
    private enum Storage {
        case built(PayloadNode)
        case read(Unmanaged<JSONTree>, entry: Int)
    }

    private let storage: Storage

    init(_ node: PayloadNode) {
        storage = .built(node)
    }

    init(_ tree: JSONTree, entry: Int) {
        storage = .read(.passUnretained(tree), entry: entry)
    }

    @usableFromInline
    var kind: PayloadKind {
        switch storage {
        case .built(let node): node.kind
        case .read(let tree, let entry): tree._withUnsafeGuaranteedRef { $0.entries[entry].kind }
        }
    }

    /// See ``PayloadNode/text``.
    @usableFromInline
    var text: String? {
        switch storage {
        case .built(let node): node.text
        case .read(let tree, let entry): tree._withUnsafeGuaranteedRef { $0.text(of: entry) }
        }
    }

    /// See ``PayloadNode/scalarValue``.
    var scalarValue: PayloadValue? {
        switch storage {
        case .built(let node): node.scalarValue
        case .read(let tree, let entry): PayloadNode(tree.takeUnretainedValue(), entry: entry).scalarValue
        }
    }

    /// See ``PayloadNode/withText(_:)``.
    @usableFromInline
    func withText<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        switch storage {
        case .built(let node): node.withText(body)
        case .read(let tree, let entry): tree._withUnsafeGuaranteedRef { $0.withText(of: entry, body) }
        }
    }

    /// A node of its own, which may outlive the one this was borrowed from.
    var node: PayloadNode {
        switch storage {
        case .built(let node): node
        case .read(let tree, let entry): PayloadNode(tree.takeUnretainedValue(), entry: entry)
        }
    }
}
