/// A set of BMP scalars as 65,536 bits: the layout of the precomputed tables.
package struct ScalarBitmap: Equatable, Sendable {
    /// Bit `c & 7` of byte `c >> 3` is set when scalar `c` is a member.
    package private(set) var bytes = [UInt8](repeating: 0, count: 8192)

    package init() {}

    package init(bytes: [UInt8]) {
        precondition(bytes.count == 8192, "a BMP bitmap has 8,192 bytes")
        self.bytes = bytes
    }

    package init<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) {
        for scalar in scalars { insert(scalar) }
    }

    package mutating func insert(_ scalar: Unicode.Scalar) {
        precondition(scalar.value <= 0xFFFF, "only BMP scalars have a bit")
        bytes[Int(scalar.value >> 3)] |= 1 << (scalar.value & 7)
    }

    package mutating func formUnion(_ other: ScalarBitmap) {
        for index in bytes.indices { bytes[index] |= other.bytes[index] }
    }

    package func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0xFFFF && bytes[Int(scalar.value >> 3)] & (1 << (scalar.value & 7)) != 0
    }

    /// The members in ascending order.
    package var scalars: [Unicode.Scalar] {
        (UInt32(0)...0xFFFF).compactMap { value -> Unicode.Scalar? in
            let isMember = bytes[Int(value >> 3)] & (1 << (value & 7)) != 0
            return isMember ? Unicode.Scalar(value) : nil
        }
    }

    package var count: Int {
        bytes.reduce(0) { $0 + $1.nonzeroBitCount }
    }
}
