import KonbiniPayload

/// A JSON value whose objects keep their members in the order they are given, so that an
/// exported schema reads top-down: `$schema` and the title first, the definitions last.
indirect enum JSONValue: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral {
    case null
    case bool(Bool)
    case integer(Int)
    case string(String)
    case array([JSONValue])
    case object([Member])

    /// One member of an object.
    struct Member: Hashable, Sendable {
        var name: String
        var value: JSONValue
    }

    init(stringLiteral value: String) { self = .string(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }

    /// An object of `members`, in their order.
    static func object(_ members: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(members.map { Member(name: $0.key, value: $0.value) })
    }

    /// An array of strings.
    static func strings(_ values: [String]) -> JSONValue {
        .array(values.map(JSONValue.string))
    }

    /// The value as JSON text indented by two spaces a level, ending with a line break. An
    /// array of scalars stays on one line (`"required": ["amount"]`).
    var rendered: String {
        var text = ""
        render(into: &text, indent: "")
        return text + "\n"
    }

    private func render(into text: inout String, indent: String) {
        switch self {
        case .null: text += "null"
        case .bool(let value): text += value ? "true" : "false"
        case .integer(let value): text += String(value)
        case .string(let value): text += JSONText.quoted(value)
        case .array(let items) where items.allSatisfy(\.isScalar):
            text += "["
            for (offset, item) in items.enumerated() {
                if offset > 0 { text += ", " }
                item.render(into: &text, indent: indent)
            }
            text += "]"
        case .array(let items):
            text += "[\n"
            for (offset, item) in items.enumerated() {
                text += indent + "  "
                item.render(into: &text, indent: indent + "  ")
                text += offset == items.count - 1 ? "\n" : ",\n"
            }
            text += indent + "]"
        case .object(let members) where members.isEmpty:
            text += "{}"
        case .object(let members):
            text += "{\n"
            for (offset, member) in members.enumerated() {
                text += indent + "  " + JSONText.quoted(member.name) + ": "
                member.value.render(into: &text, indent: indent + "  ")
                text += offset == members.count - 1 ? "\n" : ",\n"
            }
            text += indent + "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }
}
