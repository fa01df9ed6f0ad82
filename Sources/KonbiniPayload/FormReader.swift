import KonbiniRules

/// Reads an `application/x-www-form-urlencoded` body, with the bracket keys the providers'
/// curl examples send (`payment_details[store]=lawson`, `payment_method_types[]=konbini`),
/// into a ``PayloadNode`` tree whose values are ``PayloadValue/text(_:)``.
///
/// `a[b][c]` becomes the member `c` of `b` of `a`, so its JSON Pointer is `/a/b/c`; `a[]`
/// appends to the array `a`. Bad percent-encoding, text that is not UTF-8 once decoded, a
/// key that is both a value and an object, and malformed brackets stop reading with a
/// ``PayloadSyntaxError`` at the pair that caused it. A key given twice is reported in
/// ``PayloadDocument/duplicateKeys`` and the last value kept.
public struct FormReader: Sendable {
    /// The line number of the body (its line in a file of several bodies).
    public var line: Int

    /// A reader whose positions count from `line`, the body's line in its file.
    public init(line: Int = 1) {
        self.line = line
    }

    /// The tree of the form body `bytes`; a malformed escape or a key that conflicts with
    /// another throws, at its position.
    public func read(_ bytes: [UInt8]) throws(PayloadSyntaxError) -> PayloadDocument {
        var body = bytes[...]
        while let last = body.last, last == 0x0A || last == 0x0D { body = body.dropLast() }
        var root = FormTree.object([], position: SourcePosition(line: line, column: 1))
        var duplicates: [DuplicateKey] = []
        var pairStart = body.startIndex
        var column = 1
        while pairStart < body.endIndex {
            let pairEnd = body[pairStart...].firstIndex(of: 0x26) ?? body.endIndex
            let pair = body[pairStart..<pairEnd]
            let position = SourcePosition(line: line, column: column)
            if !pair.isEmpty {
                let separator = pair.firstIndex(of: 0x3D) ?? pair.endIndex
                let key = try decode(pair[..<separator], at: position, pairStart: pairStart)
                let value = separator < pair.endIndex
                    ? try decode(pair[pair.index(after: separator)...], at: position, pairStart: pairStart) : ""
                let tokens = try keyTokens(key, at: position, byteOffset: pairStart)
                if try root.insert(value, at: tokens[...], position: position, byteOffset: pairStart) {
                    duplicates.append(DuplicateKey(path: JSONPointer(tokens: tokens.map { $0 ?? "" }), position: position))
                }
            }
            column += pair.count { $0 & 0xC0 != 0x80 } + 1
            pairStart = pairEnd < body.endIndex ? body.index(after: pairEnd) : pairEnd
        }
        return PayloadDocument(root: root.node, duplicateKeys: duplicates)
    }

    /// Percent- and `+`-decoded text, which must be UTF-8.
    private func decode(_ bytes: ArraySlice<UInt8>, at position: SourcePosition, pairStart: Int) throws(PayloadSyntaxError) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            switch bytes[index] {
            case 0x25:
                guard index + 2 < bytes.endIndex,
                      let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
                else {
                    throw PayloadSyntaxError("'%' must be followed by two hexadecimal digits", at: position, byteOffset: index)
                }
                decoded.append(high << 4 | low)
                index += 3
            case 0x2B:
                decoded.append(0x20)
                index += 1
            default:
                decoded.append(bytes[index])
                index += 1
            }
        }
        guard let text = String(validating: decoded, as: UTF8.self) else {
            throw PayloadSyntaxError("the decoded text is not UTF-8", at: position, byteOffset: pairStart)
        }
        return text
    }

    private func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }

    /// `a[b][c]` as `["a", "b", "c"]`; `a[]` as `["a", nil]` (append).
    private func keyTokens(_ key: String, at position: SourcePosition, byteOffset: Int) throws(PayloadSyntaxError) -> [String?] {
        guard let open = key.firstIndex(of: "[") else {
            guard !key.isEmpty else { throw PayloadSyntaxError("a pair has an empty name", at: position, byteOffset: byteOffset) }
            return [key]
        }
        var tokens: [String?] = [String(key[..<open])]
        var rest = key[open...]
        while !rest.isEmpty {
            guard rest.first == "[", let close = rest.firstIndex(of: "]") else {
                throw PayloadSyntaxError("malformed brackets in the name '\(key)'", at: position, byteOffset: byteOffset)
            }
            let inner = rest[rest.index(after: rest.startIndex)..<close]
            guard !inner.contains("[") else {
                throw PayloadSyntaxError("malformed brackets in the name '\(key)'", at: position, byteOffset: byteOffset)
            }
            tokens.append(inner.isEmpty ? nil : String(inner))
            rest = rest[rest.index(after: close)...]
        }
        if tokens[0]?.isEmpty == true || tokens.dropLast().contains(where: { $0 == nil }) {
            throw PayloadSyntaxError("malformed brackets in the name '\(key)'", at: position, byteOffset: byteOffset)
        }
        return tokens
    }
}

/// The tree a form body builds, before it becomes payload nodes.
private indirect enum FormTree {
    case text(String, position: SourcePosition)
    case object([(key: String, tree: FormTree)], position: SourcePosition)
    case array([FormTree], position: SourcePosition)

    /// The tree read, built in one pass.
    var node: PayloadNode {
        var builder = PayloadTree.Builder()
        append(to: &builder, key: nil)
        return PayloadNode(builder.tree(), entry: 0)
    }

    private func append(to builder: inout PayloadTree.Builder, key: String?) {
        switch self {
        case .text(let text, let position):
            builder.close(builder.open(.text, text: text, at: position, key: key))
        case .object(let members, let position):
            let index = builder.open(.object, at: position, key: key)
            for member in members { member.tree.append(to: &builder, key: member.key) }
            builder.close(index)
        case .array(let items, let position):
            let index = builder.open(.array, at: position, key: key)
            for item in items { item.append(to: &builder, key: nil) }
            builder.close(index)
        }
    }

    /// Puts `value` at `tokens` (a `nil` token appends to an array); `true` when it replaced
    /// a value given before.
    mutating func insert(
        _ value: String, at tokens: ArraySlice<String?>, position: SourcePosition, byteOffset: Int
    ) throws(PayloadSyntaxError) -> Bool {
        guard let first = tokens.first else {
            switch self {
            case .text:
                self = .text(value, position: position)
                return true
            default:
                throw conflict(position, byteOffset)
            }
        }
        let rest = tokens.dropFirst()
        switch (self, first) {
        case (.object(var members, let objectPosition), let key?):
            if let index = members.firstIndex(where: { $0.key == key }) {
                let replaced = try members[index].tree.insert(value, at: rest, position: position, byteOffset: byteOffset)
                self = .object(members, position: objectPosition)
                return replaced
            }
            members.append((key, try Self.fresh(value, at: rest, position: position, byteOffset: byteOffset)))
            self = .object(members, position: objectPosition)
            return false
        case (.array(var items, let arrayPosition), nil):
            items.append(try Self.fresh(value, at: rest, position: position, byteOffset: byteOffset))
            self = .array(items, position: arrayPosition)
            return false
        default:
            throw conflict(position, byteOffset)
        }
    }

    static func fresh(
        _ value: String, at tokens: ArraySlice<String?>, position: SourcePosition, byteOffset: Int
    ) throws(PayloadSyntaxError) -> FormTree {
        guard let first = tokens.first else { return .text(value, position: position) }
        var tree: FormTree = first == nil ? .array([], position: position) : .object([], position: position)
        _ = try tree.insert(value, at: tokens, position: position, byteOffset: byteOffset)
        return tree
    }

    func conflict(_ position: SourcePosition, _ byteOffset: Int) -> PayloadSyntaxError {
        PayloadSyntaxError("a name is used both for a value and for nested values", at: position, byteOffset: byteOffset)
    }
}
