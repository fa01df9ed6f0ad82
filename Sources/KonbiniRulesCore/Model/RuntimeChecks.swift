import KonbiniRules

// The runtime's check values a model's rules become. The interpreter builds them from a
// loaded file; the generator declares the same values, by the same initializers, as
// constants of a request type's `Checks`.

extension Check {
    /// The check of the field `field`.
    public func valueCheck(field: String) -> ValueCheck {
        ValueCheck(kind, field: field, rule: rule.rule)
    }
}

extension FieldDefinition {
    /// The field's `required` or `forbidden` check; `nil` for an optional field.
    public var presenceCheck: PresenceCheck? {
        switch presence {
        case .optional: nil
        case .required(let rule): PresenceCheck(.required, field: name, rule: rule.rule)
        case .forbidden(let rule): PresenceCheck(.forbidden, field: name, rule: rule.rule)
        }
    }

    /// The check of the form the field's type asks of its text (e-mail address, URL); `nil`
    /// for a type whose form is its JSON type.
    public var formCheck: FormCheck? {
        type.form.map { FormCheck($0, field: name, rule: typeRule.rule) }
    }
}

extension FieldType {
    /// The form the type asks of a text beyond being a string; `nil` for a type whose form
    /// is its JSON type.
    public var form: FormCheck.Form? {
        switch self {
        case .email: .emailAddress
        case .url: .webURL
        default: nil
        }
    }
}

extension ObjectRule {
    /// The rule of `object` as the runtime's check, whose customer messages name the fields
    /// by their labels.
    public func fieldGroupCheck(in object: ObjectDefinition) -> FieldGroupCheck {
        FieldGroupCheck(kind, rule: rule.rule, labels: fieldLabels(in: object))
    }

    /// The labels of the rule's fields that have one, by field name.
    public func fieldLabels(in object: ObjectDefinition) -> [String: BilingualText] {
        var labels: [String: BilingualText] = [:]
        for field in object.fields where kind.fieldNames.contains(field.name) {
            labels[field.name] = field.label
        }
        return labels
    }
}

