/// A record of an NDJSON or form file told by its content: the 64-bit FNV-1a hash of its
/// bytes, without the line's end and the blanks around it.
public struct RecordIdentity: Hashable, Sendable, CustomStringConvertible {
    public let hash: UInt64

    public init(hash: UInt64) {
        self.hash = hash
    }

    /// The identity of the record `bytes`.
    public init(of bytes: some Collection<UInt8>) {
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        hash = Self.fnv1a(bytes.drop(while: blank).reversed().drop(while: blank).reversed())
    }

    /// The 64-bit FNV-1a hash of `bytes`.
    static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// Sixteen hexadecimal digits.
    public var description: String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
