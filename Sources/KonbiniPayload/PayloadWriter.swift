import KonbiniRules

/// Where a ``PayloadEncodable`` value writes its JSON.
///
/// Its writing methods are for generated code; read what was written from ``bytes``. They
/// take each member's name as JSON writes it between the quotes, escaped where a character
/// must be (the generator writes names so), and copy it as it is.
///
/// A writer is noncopyable: it owns the buffer it writes into, which no copy could share.
public struct PayloadWriter: ~Copyable {
    /// The JSON written so far.
    package private(set) var output: JSONOutput
    /// Whether the next member of the current object follows another.
    private var followsMember = false

    /// A writer with nothing written.
    public init() {
        output = JSONOutput(capacity: 512)
    }

    /// A writer that writes after what `output` holds: a value in an envelope written
    /// around it, with no copy in between.
    package init(continuing output: consuming JSONOutput) {
        self.output = output
    }

    /// What was written, the envelope's start included.
    package consuming func takeOutput() -> JSONOutput {
        output
    }

    /// The JSON written so far, as UTF-8.
    public var bytes: [UInt8] { output.bytes }
}

@_spi(Generated)
extension PayloadWriter {
    /// Opens an object.
    public mutating func beginObject() {
        output.append(UInt8(ascii: "{"))
        followsMember = false
    }

    /// Closes the object opened last.
    public mutating func endObject() {
        output.append(UInt8(ascii: "}"))
        followsMember = true
    }

    /// Writes a member's name, given escaped as JSON writes it, after a comma when a member
    /// precedes it in its object.
    public mutating func name(_ name: StaticString) {
        if followsMember { output.append(UInt8(ascii: ",")) }
        JSONText.appendName(name, to: &output)
        followsMember = true
    }

    /// A text member; none when `value` is `nil`, as for every member writer.
    public mutating func member(_ name: StaticString, _ value: String?, isSensitive: Bool = false) {
        present(name, value) { $0.text($1, isSensitive: isSensitive) }
    }

    /// A whole number; when sensitive, its masked digits as a text, since a mask is no number.
    public mutating func member(_ name: StaticString, _ value: Int?, isSensitive: Bool = false) {
        present(name, value) { $0.number($1, isSensitive: isSensitive) }
    }

    /// `true` or `false`; when sensitive, masked as a text.
    public mutating func member(_ name: StaticString, _ value: Bool?, isSensitive: Bool = false) {
        present(name, value) { $0.boolean($1, isSensitive: isSensitive) }
    }

    /// A moment, as an ISO 8601 date-time in UTC (`2026-12-01T14:59:00Z`).
    public mutating func member(_ name: StaticString, _ value: Timestamp?, isSensitive: Bool = false) {
        present(name, value) { $0.text($1.description, isSensitive: isSensitive) }
    }

    /// A consumption tax as the provider writes it: yen, or `"auto"`.
    public mutating func member(_ name: StaticString, _ value: ConsumptionTax?, isSensitive: Bool = false) {
        present(name, value) { $0.consumptionTax($1, isSensitive: isSensitive) }
    }

    /// An object or a choice of variants.
    ///
    /// Inlinable, so that a request type's writer gets a copy for each of its nested types:
    /// a generic one looks up the metadata of the optional type on every call.
    @inlinable
    public mutating func member(_ name: StaticString, _ value: (some PayloadEncodable)?) {
        guard let value else { return }
        self.name(name)
        value.write(to: &self)
    }

    /// An array of texts.
    public mutating func member(_ name: StaticString, _ values: [String]?, isSensitive: Bool = false) {
        array(name, values) { $0.text($1, isSensitive: isSensitive) }
    }

    /// An array of whole numbers.
    public mutating func member(_ name: StaticString, _ values: [Int]?, isSensitive: Bool = false) {
        array(name, values) { $0.number($1, isSensitive: isSensitive) }
    }

    /// An array of `true` and `false`.
    public mutating func member(_ name: StaticString, _ values: [Bool]?, isSensitive: Bool = false) {
        array(name, values) { $0.boolean($1, isSensitive: isSensitive) }
    }

    /// An array of consumption taxes.
    public mutating func member(_ name: StaticString, _ values: [ConsumptionTax]?, isSensitive: Bool = false) {
        array(name, values) { $0.consumptionTax($1, isSensitive: isSensitive) }
    }
}

extension PayloadWriter {
    /// Writes the member `name` with `writeValue` when `value` is present.
    private mutating func present<Value>(_ name: StaticString, _ value: Value?, _ writeValue: (inout Self, Value) -> Void) {
        guard let value else { return }
        self.name(name)
        writeValue(&self, value)
    }

    private mutating func array<Item>(_ name: StaticString, _ items: [Item]?, writeItem: (inout Self, Item) -> Void) {
        guard let items else { return }
        self.name(name)
        output.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            writeItem(&self, item)
        }
        output.append(UInt8(ascii: "]"))
    }

    /// `text` as ``ValueMasking/displayed(_:isSensitive:)`` shows it; a text shown as it is
    /// is written from the request's own storage, not from a copy of it.
    private mutating func text(_ text: String, isSensitive: Bool) {
        if ValueMasking.isMasked(text, isSensitive: isSensitive) {
            JSONText.appendQuoted(ValueMasking.masked(text), to: &output)
        } else {
            JSONText.appendQuoted(text, to: &output)
        }
    }

    private mutating func number(_ value: Int, isSensitive: Bool) {
        if isSensitive {
            JSONText.appendQuoted(ValueMasking.masked(String(value)), to: &output)
        } else {
            output.append(decimal: value)
        }
    }

    private mutating func boolean(_ value: Bool, isSensitive: Bool) {
        let text = value ? "true" : "false"
        if isSensitive {
            JSONText.appendQuoted(ValueMasking.masked(text), to: &output)
        } else {
            output.append(contentsOf: text)
        }
    }

    private mutating func consumptionTax(_ value: ConsumptionTax, isSensitive: Bool) {
        switch value {
        case .yen(let yen): number(yen, isSensitive: isSensitive)
        case .auto: text("auto", isSensitive: isSensitive)
        }
    }
}
