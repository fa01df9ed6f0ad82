import KonbiniRules

/// An untyped payload as a reader found it: JSON, an NDJSON record or a form body, with
/// where each value stands in its file.
///
/// A node is either built from a ``PayloadValue`` (as ``FormReader`` and tests do) or one
/// value of a document ``JSONReader`` read. A read node builds nothing in advance: member
/// lookups compare the names' bytes in the document, and a string becomes a `String` only
/// when it is asked for, so that checking a request costs about one allocation for each
/// value the check reads rather than for each value in the payload.
public struct PayloadNode: Hashable, Sendable {
    private enum Storage: Sendable {
        case built(PayloadValue, SourcePosition?)
        case read(JSONTree, entry: Int)
    }

    private var storage: Storage

    /// A node built from `value`, which came from `position` of its file, if from a file.
    public init(_ value: PayloadValue, at position: SourcePosition? = nil) {
        storage = .built(value, position)
    }

    init(_ tree: JSONTree, entry: Int) {
        storage = .read(tree, entry: entry)
    }

    /// The node's value, with its arrays and objects; for a node that was read, building it
    /// builds every member name and string of the node, so the readers below ask for less.
    public var value: PayloadValue {
        get {
            switch storage {
            case .built(let value, _):
                return value
            case .read(let tree, let entry):
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
        }
        set { storage = .built(newValue, position) }
    }

    /// Where the value starts in its file, when it came from one.
    public var position: SourcePosition? {
        get {
            switch storage {
            case .built(_, let position): position
            case .read(let tree, let entry): tree.position(of: entry)
            }
        }
        set { storage = .built(value, newValue) }
    }

    /// What the node holds, known without building its value.
    public var kind: PayloadKind {
        switch storage {
        case .built(let value, _): value.kind
        case .read(let tree, let entry): tree.entries[entry].kind
        }
    }

    /// The value of a null, boolean, number, string or text node; `nil` for an array or an
    /// object, whose members it does not build.
    public var scalarValue: PayloadValue? {
        switch storage {
        case .built(let value, _):
            return value.kind == .array || value.kind == .object ? nil : value
        case .read(let tree, let entry):
            let kind = tree.entries[entry].kind
            return kind == .array || kind == .object ? nil : tree.scalar(entry)
        }
    }

    /// The text of a number (as written), a string or a form value; `nil` for any other node.
    /// Unlike ``scalarValue``, it builds no ``PayloadValue`` around the text.
    public var text: String? {
        switch storage {
        case .built(.number(let text), _), .built(.string(let text), _), .built(.text(let text), _):
            return text
        case .built:
            return nil
        case .read(let tree, let entry):
            return tree.text(of: entry)
        }
    }

    /// Calls `body` with the UTF-8 of ``text`` without building the string; `nil` when the
    /// node has no text.
    func withText<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        switch storage {
        case .built(.number(var text), _), .built(.string(var text), _), .built(.text(var text), _):
            return text.withUTF8(body)
        case .built:
            return nil
        case .read(let tree, let entry):
            return tree.withText(of: entry, body)
        }
    }

    /// The items of an array; `nil` for any other node.
    public var items: [PayloadNode]? {
        if case .built(.array(let items), _) = storage { return items }
        var items: [PayloadNode] = []
        return forEachItem { _, item in items.append(item) } ? items : nil
    }

    /// Calls `body` with the offset and node of each item of an array, in order, without
    /// making the array ``items`` makes.
    /// - Returns: `false`, calling `body` for nothing, when the node is not an array.
    @usableFromInline
    func forEachItem(_ body: (Int, PayloadNode) -> Void) -> Bool {
        switch storage {
        case .built(.array(let items), _):
            for (offset, item) in items.enumerated() { body(offset, item) }
            return true
        case .read(let tree, let entry) where tree.entries[entry].kind == .array:
            for (offset, item) in tree.children(of: entry).enumerated() { body(offset, PayloadNode(tree, entry: item)) }
            return true
        default:
            return false
        }
    }

    /// The member `key` of an object, or `nil` for a missing member or a node that is not an
    /// object. Names are compared by their code units (see ``PayloadMember/hasKey(_:)``).
    public subscript(key: String) -> PayloadNode? {
        member(key)?.node
    }

    /// ``subscript(_:)`` without a node of its own for the member, for a reader that looks
    /// at it while this node lives.
    @usableFromInline
    func member(_ key: String) -> BorrowedNode? {
        switch storage {
        case .built(.object(let members), _):
            return members.first { $0.hasKey(key) }.map { BorrowedNode($0.node) }
        case .read(let tree, let entry) where tree.entries[entry].kind == .object:
            return tree.member(named: key, of: entry).map { BorrowedNode(tree, entry: $0) }
        default:
            return nil
        }
    }

    /// The node as a reader looks at it while it lives.
    @usableFromInline
    var borrowed: BorrowedNode {
        switch storage {
        case .built: BorrowedNode(self)
        case .read(let tree, let entry): BorrowedNode(tree, entry: entry)
        }
    }

    /// Which of `names` the object's members have, compared by their code units (see
    /// ``PayloadMember/hasKey(_:)``); none for a node that is not an object. One pass over
    /// the members answers for all the names.
    @_spi(Generated) public func members(namedIn names: MemberNames) -> MemberNames.Subset {
        switch storage {
        case .built(.object(let members), _):
            var found = MemberNames.Subset()
            for member in members {
                if let offset = names.offset(of: member.key) { found.insert(offset) }
            }
            return found
        case .read(let tree, let entry) where tree.entries[entry].kind == .object:
            return tree.members(of: entry, namedIn: names)
        default:
            return MemberNames.Subset()
        }
    }

    /// The names of the object's members that `names` does not hold, in member order; none
    /// for a node that is not an object. Only these names become strings.
    func memberNames(notIn names: MemberNames) -> [String] {
        switch storage {
        case .built(.object(let members), _):
            return members.filter { names.offset(of: $0.key) == nil }.map(\.key)
        case .read(let tree, let entry) where tree.entries[entry].kind == .object:
            var unknown: [String] = []
            for member in tree.children(of: entry) where tree.offset(ofNameOf: member, in: names) == nil {
                unknown.append(tree.key(of: member))
            }
            return unknown
        default:
            return []
        }
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
            switch storage {
            case .read(let tree, let entry):
                for (offset, item) in tree.children(of: entry).enumerated() where offset == index {
                    return PayloadNode(tree, entry: item)
                }
                return nil
            case .built(let value, _):
                guard case .array(let items) = value, items.indices.contains(index) else { return nil }
                return items[index]
            }
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
