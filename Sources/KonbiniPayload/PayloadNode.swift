import KonbiniRules

/// An untyped payload as a reader found it: JSON, an NDJSON record or a form body, with
/// where each value stands in its file.
///
/// Every node is one entry of a tree (`PayloadTree`): one that ``JSONReader`` read, or one built
/// from a ``PayloadValue`` (as ``FormReader``, programs and tests build them). A node builds
/// nothing in advance: member lookups compare the names' bytes in the tree, and a string
/// becomes a `String` only when it is asked for, so that checking a request costs about one
/// allocation for each value the check reads rather than for each value in the payload.
public struct PayloadNode: Hashable, Sendable {
    private var tree: PayloadTree
    private var entry: Int

    /// A node built from `value`, which came from `position` of its file, if from a file.
    public init(_ value: PayloadValue, at position: SourcePosition? = nil) {
        tree = PayloadTree.building(value, at: position)
        entry = 0
    }

    init(_ tree: PayloadTree, entry: Int) {
        self.tree = tree
        self.entry = entry
    }

    /// The node's value, with its arrays and objects, which builds every member name and
    /// string of the node: the readers below ask for less. Setting it makes the node a tree
    /// of its own.
    public var value: PayloadValue {
        get {
            switch tree.entries[entry].kind {
            case .array:
                return .array(tree.children(of: entry).map { PayloadNode(tree, entry: $0) })
            case .object:
                return .object(tree.children(of: entry).map { member in
                    PayloadMember(key: tree.key(of: member), node: PayloadNode(tree, entry: Int(tree.entries[member].valueEntry)))
                })
            default:
                return tree.scalar(entry)
            }
        }
        set { self = PayloadNode(newValue, at: position) }
    }

    /// Where the value starts in its file, when it came from one. Setting it makes the node
    /// a tree of its own.
    public var position: SourcePosition? {
        get { tree.position(of: entry) }
        set { self = PayloadNode(value, at: newValue) }
    }

    /// What the node holds, known without building its value.
    public var kind: PayloadKind {
        tree.entries[entry].kind
    }

    /// The value of a null, boolean, number, string or text node; `nil` for an array or an
    /// object, whose members it does not build.
    public var scalarValue: PayloadValue? {
        let kind = tree.entries[entry].kind
        return kind == .array || kind == .object ? nil : tree.scalar(entry)
    }

    /// The text of a number (as written), a string or a form value; `nil` for any other node.
    /// Unlike ``scalarValue``, it builds no ``PayloadValue`` around the text.
    public var text: String? {
        tree.text(of: entry)
    }

    /// Calls `body` with the UTF-8 of ``text`` without building the string; `nil` when the
    /// node has no text.
    func withText<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        tree.withText(of: entry, body)
    }

    /// The items of an array; `nil` for any other node.
    public var items: [PayloadNode]? {
        var items: [PayloadNode] = []
        return forEachItem { _, item in items.append(item) } ? items : nil
    }

    /// Calls `body` with the offset and node of each item of an array, in order, without
    /// making the array ``items`` makes.
    /// - Returns: `false`, calling `body` for nothing, when the node is not an array.
    func forEachItem(_ body: (Int, PayloadNode) -> Void) -> Bool {
        borrowed.forEachItem { offset, item in body(offset, item.node) }
    }

    /// The member `key` of an object, or `nil` for a missing member or a node that is not an
    /// object. Names are compared by their code units (see ``PayloadMember/hasKey(_:)``).
    public subscript(key: String) -> PayloadNode? {
        member(key)?.node
    }

    /// ``subscript(_:)`` without a node of its own for the member, for a reader that looks
    /// at it while this node lives.
    @_spi(Generated) public func member(_ key: String) -> BorrowedNode? {
        borrowed.member(key)
    }

    /// The node as a reader looks at it while it lives.
    @_spi(Generated) public var borrowed: BorrowedNode {
        BorrowedNode(tree, entry: entry)
    }

    /// Which of `names` the object's members have, compared by their code units (see
    /// ``PayloadMember/hasKey(_:)``); none for a node that is not an object. One pass over
    /// the members answers for all the names.
    @_spi(Generated) public func members(namedIn names: MemberNames) -> MemberNames.Subset {
        guard tree.entries[entry].kind == .object else { return MemberNames.Subset() }
        return tree.members(of: entry, namedIn: names)
    }

    /// The node one unescaped JSON Pointer token leads to: an object's member or an array's
    /// item; `nil` when it leads nowhere.
    public func child(_ token: String) -> PayloadNode? {
        switch kind {
        case .object:
            return self[token]
        case .array:
            // An index is digits without a leading zero (RFC 6901), not whatever `Int` parses.
            guard let index = Int(token), index >= 0, String(index) == token else { return nil }
            for (offset, item) in tree.children(of: entry).enumerated() where offset == index {
                return PayloadNode(tree, entry: item)
            }
            return nil
        default:
            return nil
        }
    }

    /// The node a JSON Pointer leads to, or `nil` when it leads nowhere.
    public func resolve(_ pointer: JSONPointer) -> PayloadNode? {
        var node = self
        for token in pointer.tokens {
            guard let next = node.child(token) else { return nil }
            node = next
        }
        return node
    }

    /// Nodes are equal when their values and positions are, however each was made.
    public static func == (lhs: PayloadNode, rhs: PayloadNode) -> Bool {
        lhs.position == rhs.position && lhs.value == rhs.value
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
        hasher.combine(position)
    }
}
