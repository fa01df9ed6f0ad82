/// The values a rule's message placeholders are filled with. The generator bakes them into
/// the Swift it writes and the interpreter fills them at run time, from this one place, so
/// both print the same messages.
extension Check.Kind {
    public var messageValues: [(String, String)] {
        switch self {
        case .range(let min, let max): MessageValues.bounds(min, max)
        case .length(let min, let max), .digits(let min, let max): MessageValues.bounds(min, max)
        case .notAllZeros, .luhn: []
        case .oneOf(let values): [("values", values.joined(separator: ", "))]
        case .pattern(let pattern): [("pattern", pattern.source)]
        case .charset(let set): [("set", set.name)]
        case .laterThan(let seconds), .soonerThan(let seconds): [("duration", MessageValues.duration(seconds))]
        case .contains(let item): [("value", item)]
        }
    }
}

extension ObjectRule.Kind {
    public var messageValues: [(String, String)] {
        switch self {
        case .exclusive(let names): [("fields", names.joined(separator: ", "))]
        case .total(let names, let min, let max): [("fields", names.joined(separator: " + "))] + MessageValues.bounds(min, max)
        }
    }
}

extension FieldType {
    /// What a value of the type must be, for a type rule's `{type}` when the value's form
    /// (not its JSON type) is wrong; `nil` for types whose form is their JSON type.
    public var formDescription: String? {
        switch self {
        case .email: "an e-mail address"
        case .url: "an http or https URL"
        case .dateTime: "an ISO 8601 date-time"
        default: nil
        }
    }
}

public enum MessageValues {
    /// A human reading of a duration in seconds: `30 minutes`, `60 days`.
    public static func duration(_ seconds: Int64) -> String {
        for (unit, size) in [("day", Int64(86_400)), ("hour", 3600), ("minute", 60)] where seconds % size == 0 && seconds >= size {
            let count = seconds / size
            return "\(count) \(unit)\(count == 1 ? "" : "s")"
        }
        return "\(seconds) seconds"
    }

    static func bounds(_ min: (some BinaryInteger)?, _ max: (some BinaryInteger)?) -> [(String, String)] {
        (min.map { [("min", String($0))] } ?? []) + (max.map { [("max", String($0))] } ?? [])
    }
}
