/// Member names prepared once for asking many payloads which of them they have, as
/// recognising a payload's provider and finding unknown members do for every record of a file.
///
/// Each name's length and first eight bytes are worked out up front, so that a member is
/// compared with all the names for about the cost of comparing two integers each.
public struct MemberNames: Sendable, ExpressibleByArrayLiteral {
    /// The most names a list holds, so that any subset of them fits a ``Subset``.
    public static let maximumCount = 64

    /// One object, so that handing the names around retains one reference.
    final class Storage: Sendable {
        let strings: [String]
        let utf8: [[UInt8]]
        /// Each name's length and first bytes (see ``JSONTree/prefix(of:)``), kept apart from
        /// the names so that comparing them touches no reference counts.
        let lengthsAndPrefixes: [(length: Int, prefix: UInt64)]

        init(_ names: [String]) {
            strings = names
            utf8 = names.map { Array($0.utf8) }
            lengthsAndPrefixes = utf8.map { name in (name.count, name.withUnsafeBufferPointer(JSONTree.prefix(of:))) }
        }
    }

    let storage: Storage

    /// - Precondition: `names` holds at most ``maximumCount`` names.
    public init(_ names: [String]) {
        precondition(names.count <= Self.maximumCount, "a MemberNames list holds at most \(Self.maximumCount) names")
        storage = Storage(names)
    }

    public init(arrayLiteral names: String...) {
        self.init(names)
    }

    /// Some of the names, by their offsets in the list, in increasing order.
    public struct Subset: Hashable, Sendable, Sequence {
        @usableFromInline
        var offsets: UInt64 = 0

        public var isEmpty: Bool { offsets == 0 }

        /// Whether the subset holds the list's `offset`th name.
        public func contains(_ offset: Int) -> Bool {
            (0..<MemberNames.maximumCount).contains(offset) && offsets & 1 << UInt64(offset) != 0
        }

        mutating func insert(_ offset: Int) {
            offsets |= 1 << UInt64(offset)
        }

        @inlinable
        public func makeIterator() -> Iterator {
            Iterator(remaining: offsets)
        }

        public struct Iterator: IteratorProtocol {
            @usableFromInline
            var remaining: UInt64

            @inlinable
            init(remaining: UInt64) {
                self.remaining = remaining
            }

            @inlinable
            public mutating func next() -> Int? {
                guard remaining != 0 else { return nil }
                let offset = remaining.trailingZeroBitCount
                remaining &= remaining - 1
                return offset
            }
        }
    }
}
