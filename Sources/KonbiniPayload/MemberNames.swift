import KonbiniRules

/// Member names prepared once for asking many payloads which of them they have, as
/// recognising a payload's provider and finding unknown members do for every record of a file.
///
/// The names are kept in a small hash table keyed by each name's length and first eight
/// bytes, which a read document keeps for every member name: finding out whether a member
/// is one of the names takes a probe or two, however many names there are.
@_spi(Generated) public struct MemberNames: Sendable, ExpressibleByArrayLiteral {
    /// The most names a list holds, so that any subset of them fits a ``Subset``.
    public static let maximumCount = 64

    /// One object, so that handing the names around retains one reference.
    ///
    /// A probe reads one slot, which holds a name's length and first bytes: the names a
    /// member is not are told apart there, and only a name that matches them is compared
    /// in full, in the one buffer that holds every name's bytes.
    final class Storage: Sendable {
        /// A name where a lookup looks for it.
        struct Slot {
            /// The name's first eight bytes (see ``PayloadTree/prefix(of:)``).
            var prefix: UInt64 = 0
            /// Where the name starts in ``Storage/bytes``.
            var start: Int32 = 0
            var length: Int32 = 0
            /// The name's offset in the list; -1 in a free slot.
            var offset: Int32 = -1
        }

        let names: [String]
        /// Every name's UTF-8, one after another.
        let bytes: [UInt8]
        /// The names, each in the slot its length and prefix hash to or in the next free one
        /// after it; at most half full, so that a probe for an absent name soon meets a free
        /// slot. A name listed twice is kept once, at its first offset.
        let slots: [Slot]

        init(_ names: [String]) {
            self.names = names
            var bytes: [UInt8] = []
            var count = 4
            while count < 2 * names.count { count *= 2 }
            var slots = [Slot](repeating: Slot(), count: count)
            for (offset, name) in names.enumerated() {
                let utf8 = Array(name.utf8)
                let prefix = utf8.withUnsafeBufferPointer(PayloadTree.prefix(of:))
                var slot = Self.slot(length: utf8.count, prefix: prefix, count: count)
                // Compared by code units, as lookups compare them: canonically equivalent
                // names that differ in their code units are two names.
                while slots[slot].offset >= 0 && !names[Int(slots[slot].offset)].utf8.elementsEqual(utf8) {
                    slot = (slot + 1) & (count - 1)
                }
                guard slots[slot].offset < 0 else { continue }
                slots[slot] = Slot(prefix: prefix, start: Int32(bytes.count), length: Int32(utf8.count), offset: Int32(offset))
                bytes += utf8
            }
            self.bytes = bytes
            self.slots = slots
        }

        /// Where a name of `length` bytes starting with `prefix` is looked for first, among
        /// `count` slots (a power of two).
        @inline(__always)
        static func slot(length: Int, prefix: UInt64, count: Int) -> Int {
            Int(truncatingIfNeeded: PayloadTree.hash(ofNameWithLength: length, prefix: prefix) >> 32) & (count - 1)
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

    /// The offset of `name` in the list, compared by code units (see
    /// ``PayloadMember/hasKey(_:)``); its first, for a name listed twice.
    func offset(of name: String) -> Int? {
        storage.names.firstIndex { $0.utf8.elementsEqual(name.utf8) }
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
