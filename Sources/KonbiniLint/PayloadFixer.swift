import JapaneseText
import KonbiniPayload
import KonbiniRules

/// What the rules' fixes change in a payload file (`--changes`), and the file with them made
/// (`--fix`): each record normalized as its request type's `normalized()` does, written back
/// in the file's own format, every byte outside a changed value left as it was.
public struct PayloadFixer: Sendable {
    /// Chooses each record's request type as the linter does.
    public let linter: Linter

    public init(linter: Linter) {
        self.linter = linter
    }

    /// One value a record's fixes replace: an RFC 6902 `replace` operation.
    public struct Replacement: Hashable, Sendable {
        public let path: JSONPointer
        public let value: String
        /// A field the rules file marks sensitive: its value is shown masked.
        public let isSensitive: Bool
    }

    /// The replacements of one record, starting at `line`.
    public struct RecordChanges: Hashable, Sendable {
        public let line: Int
        public let replacements: [Replacement]
    }

    /// `bytes`, a file in `format`, with every record's fixes made, and what they changed.
    /// A record that cannot be read, whose provider is not known, or that a rules file read
    /// at run time checks (it has no fixes), stays as it is.
    public func fix(_ bytes: [UInt8], format: PayloadFormat) -> (fixed: [UInt8], records: [RecordChanges]) {
        var fixed: [UInt8] = []
        fixed.reserveCapacity(bytes.count)
        var records: [RecordChanges] = []
        for record in Self.records(of: bytes, format: format) {
            let slice = bytes[record.range]
            guard let (edited, replacements) = fixRecord(slice, format: format, line: record.line), !replacements.isEmpty else {
                fixed += slice
                continue
            }
            fixed += edited
            records.append(RecordChanges(line: record.line, replacements: replacements))
        }
        return (fixed, records)
    }

    /// The records of a file: the whole of a JSON file, or each line of an NDJSON or form
    /// file with its line end.
    static func records(of bytes: [UInt8], format: PayloadFormat) -> [(range: Range<Int>, line: Int)] {
        guard format != .json else { return [(0..<bytes.count, 1)] }
        var records: [(range: Range<Int>, line: Int)] = []
        var start = 0
        var line = 1
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
            records.append((start..<end, line))
            start = end
            line += 1
        }
        return records
    }

    /// The record with its fixes made, and the replacements; `nil` when it is left alone.
    private func fixRecord(_ record: ArraySlice<UInt8>, format: PayloadFormat, line: Int) -> ([UInt8], [Replacement])? {
        guard record.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0A }), linter.rules == nil else { return nil }
        let document: PayloadDocument
        do throws(PayloadSyntaxError) {
            document = format == .form
                ? try FormReader(line: line).read(Array(record))
                : try Array(record).withUnsafeBufferPointer { (buffer) throws(PayloadSyntaxError) in
                    try JSONReader(maximumDepth: linter.maximumDepth, firstLine: line).read(buffer)
                }
        } catch {
            return nil
        }
        let root = document.root
        guard let requestType = linter.requestType(for: root) else { return nil }
        let replacements = Self.replacements(Self.changes(requestType, root), in: root)
        var edited = Array(record)
        // From the last value to the first, so that each edit leaves the offsets before it.
        let edits = replacements.compactMap { replacement -> (span: Range<Int>, bytes: [UInt8])? in
            guard let node = root.resolve(replacement.path), let position = node.position else { return nil }
            return format == .form
                ? Self.formValueSpan(in: edited, at: position, firstLine: line).map { ($0, Self.percentEncoded(replacement.value)) }
                : Self.stringSpan(in: edited, at: position, firstLine: line).map { ($0, Array(JSONText.quoted(replacement.value).utf8)) }
        }
        for edit in edits.sorted(by: { $0.span.lowerBound > $1.span.lowerBound }) {
            edited.replaceSubrange(edit.span, with: edit.bytes)
        }
        return (edited, replacements)
    }

    /// What normalizing the record as `type` changes.
    private static func changes<Request: PayloadDecodable>(_ type: Request.Type, _ root: PayloadNode) -> [FieldChange] {
        type.decode(root).normalized().changes
    }

    /// Each changed value once, in the order of its first change, with the text every change
    /// at its path gives it in turn.
    static func replacements(_ changes: [FieldChange], in root: PayloadNode) -> [Replacement] {
        var order: [JSONPointer] = []
        var values: [JSONPointer: String] = [:]
        var sensitive: Set<JSONPointer> = []
        for change in changes {
            guard let current = values[change.path] ?? root.resolve(change.path)?.text,
                  let next = TextChange.apply(change.changes, to: current)
            else { continue }
            if values[change.path] == nil { order.append(change.path) }
            values[change.path] = next
            if change.isSensitive { sensitive.insert(change.path) }
        }
        return order.map { Replacement(path: $0, value: values[$0]!, isSensitive: sensitive.contains($0)) }
    }

    /// One line of `--changes`: the file, the record's line and its RFC 6902 patch, with a
    /// sensitive value masked (and `"masked": true`, since the patch then does not restore it).
    public static func patchLine(file: String, record: RecordChanges) -> String {
        let operations = record.replacements.map { replacement in
            let value = ValueMasking.displayed(replacement.value, isSensitive: replacement.isSensitive)
            let masked = value == replacement.value ? "" : ",\"masked\":true"
            return "{\"op\":\"replace\",\"path\":\(JSONText.quoted(replacement.path.encoded)),\"value\":\(JSONText.quoted(value))\(masked)}"
        }
        return "{\"file\":\(JSONText.quoted(file)),\"line\":\(record.line),\"patch\":[\(operations.joined(separator: ","))]}"
    }

    // MARK: Finding a value's bytes

    /// The byte offset of `position` (its column counts characters' first bytes) in a record
    /// whose first line is `firstLine`.
    static func offset(of position: SourcePosition, in record: [UInt8], firstLine: Int) -> Int? {
        var offset = 0
        var line = firstLine
        while line < position.line {
            guard let newline = record[offset...].firstIndex(of: 0x0A) else { return nil }
            offset = newline + 1
            line += 1
        }
        var column = 1
        while column < position.column {
            guard offset < record.count else { return nil }
            offset += 1
            while offset < record.count, record[offset] & 0xC0 == 0x80 { offset += 1 }
            column += 1
        }
        return offset
    }

    /// The bytes of the JSON string literal at `position`, quotes included.
    static func stringSpan(in record: [UInt8], at position: SourcePosition, firstLine: Int) -> Range<Int>? {
        guard let start = offset(of: position, in: record, firstLine: firstLine), start < record.count, record[start] == 0x22 else { return nil }
        var index = start + 1
        while index < record.count {
            switch record[index] {
            case 0x5C: index += 2
            case 0x22: return start..<(index + 1)
            default: index += 1
            }
        }
        return nil
    }

    /// The bytes of the value of the form pair at `position`: after its `=`, up to the next
    /// `&` or the line's end.
    static func formValueSpan(in record: [UInt8], at position: SourcePosition, firstLine: Int) -> Range<Int>? {
        guard let start = offset(of: position, in: record, firstLine: firstLine) else { return nil }
        let end = record[start...].firstIndex { $0 == 0x26 || $0 == 0x0A || $0 == 0x0D } ?? record.count
        guard let equals = record[start..<end].firstIndex(of: 0x3D) else { return nil }
        return (equals + 1)..<end
    }

    /// `text` as a form value: its UTF-8, with every byte but ASCII letters, digits and
    /// `-._~` percent-encoded.
    static func percentEncoded(_ text: String) -> [UInt8] {
        let hex = Array("0123456789ABCDEF".utf8)
        var encoded: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                encoded.append(byte)
            default:
                encoded += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return encoded
    }
}
