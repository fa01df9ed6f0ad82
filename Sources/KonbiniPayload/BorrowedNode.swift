import KonbiniRules

/// A node looked at where it stands, without a copy of its own: generated decoders read a
/// request's objects through one, and the readers of ``PayloadDecoder`` each member's value,
/// while the payload they came from is alive.
///
/// A ``PayloadNode`` holds a strong reference to its tree, so making one for each object and
/// member retains and releases the tree (two atomic operations) and destroys an optional
/// node afterwards; a borrowed node is an entry number and an unretained reference. It must
/// not outlive the node it was borrowed from: it is no public API, and a generated decoder
/// keeps one only for the length of the `decode(_:into:)` call whose payload it came from.
///
/// The tree is reached through `Unmanaged._withUnsafeGuaranteedRef`, the standard library's
/// way of saying that something else keeps the object alive: `takeUnretainedValue()` let
/// the optimizer retain and release it around each use again (measured in
/// `Benchmarks/README.md`).
@_spi(Generated) public struct BorrowedNode {
    private let tree: Unmanaged<PayloadTree>
    private let entry: Int

    init(_ tree: PayloadTree, entry: Int) {
        self.tree = .passUnretained(tree)
        self.entry = entry
    }

    /// See ``PayloadNode/kind``.
    @_spi(Generated) public var kind: PayloadKind {
        tree._withUnsafeGuaranteedRef { $0.entries[entry].kind }
    }

    /// See ``PayloadNode/text``.
    @_spi(Generated) public var text: String? {
        tree._withUnsafeGuaranteedRef { $0.text(of: entry) }
    }

    /// See ``PayloadNode/scalarValue``.
    var scalarValue: PayloadValue? {
        node.scalarValue
    }

    /// See ``PayloadNode/withText(_:)``.
    @_spi(Generated) public func withText<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        tree._withUnsafeGuaranteedRef { $0.withText(of: entry, body) }
    }

    /// A node of its own, which may outlive the one this was borrowed from.
    @_spi(Generated) public var node: PayloadNode {
        PayloadNode(tree.takeUnretainedValue(), entry: entry)
    }

    /// See ``PayloadNode/subscript(_:)``.
    @_spi(Generated) public func member(_ key: String) -> BorrowedNode? {
        tree._withUnsafeGuaranteedRef { tree in
            guard tree.entries[entry].kind == .object else { return nil }
            return tree.member(named: key, of: entry).map { BorrowedNode(tree, entry: $0) }
        }
    }

    /// See ``PayloadNode/forEachItem(_:)``.
    @_spi(Generated) public func forEachItem(_ body: (Int, BorrowedNode) -> Void) -> Bool {
        tree._withUnsafeGuaranteedRef { tree in
            guard tree.entries[entry].kind == .array else { return false }
            for (offset, item) in tree.children(of: entry).enumerated() { body(offset, BorrowedNode(tree, entry: item)) }
            return true
        }
    }

    /// The names of the object's members that `names` does not hold, in member order; none
    /// for a node that is not an object. Only these names become strings.
    func memberNames(notIn names: MemberNames) -> [String] {
        tree._withUnsafeGuaranteedRef { tree in
            guard tree.entries[entry].kind == .object else { return [] }
            var unknown: [String] = []
            for member in tree.children(of: entry) where tree.offset(ofNameOf: member, in: names) == nil {
                unknown.append(tree.key(of: member))
            }
            return unknown
        }
    }
}
