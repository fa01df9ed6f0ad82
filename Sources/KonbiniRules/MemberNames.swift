/// Member names prepared once for asking many payloads whether they have any of them, as
/// recognising a payload's provider does for every record of a file.
///
/// Each name's length and first eight bytes are worked out up front, so that a member is
/// compared with all the names for about the cost of comparing two integers each.
public struct MemberNames: Sendable, ExpressibleByArrayLiteral {
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

    public init(_ names: [String]) {
        storage = Storage(names)
    }

    public init(arrayLiteral names: String...) {
        self.init(names)
    }
}
