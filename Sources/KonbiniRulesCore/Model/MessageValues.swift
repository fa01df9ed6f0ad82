import KonbiniRules

/// The values an object rule's message placeholders are filled with (a check's come with
/// its test, `ValueCheck.Test.messageValues`): the generator bakes them into the Swift it
/// writes and the interpreter fills them at run time, from this one place.
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
