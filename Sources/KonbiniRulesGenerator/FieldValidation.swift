import KonbiniRules
import KonbiniRulesCore

/// The statements that check one field: presence, the value's own form (e-mail, URL,
/// date-time), then each check, and a nested object's own validation.
struct FieldValidation {
    let field: FieldDefinition
    /// The field's JSON Pointer.
    let path: JSONPointer

    func statements(rules: inout RuleNames) -> [SwiftStatement] {
        let property = SwiftNames.property(field.name)
        let pointer = SwiftNames.literal(path)
        let fieldName = ("field", field.name)
        var present: [SwiftStatement] = []

        switch field.type {
        case .object, .variants:
            present.append(.line("\(property).validate(now: now, into: &violations)"))
        case .email, .url:
            let test = field.type == .email ? "ValueChecks.isEmailAddress" : "ValueChecks.isWebURL"
            let rule = rules.reference(field.typeRule)
            present.append(.block(header: "if !\(test)(\(property))", body: [
                .line("violations.append(\(rule).violation(at: \(pointer)\(SwiftExpressions.placeholders([fieldName, ("type", field.type.formDescription!)]))))"),
            ]))
        default:
            break
        }

        // Each check is a constant of the type's `Checks`, applied to the value, or to its
        // moment for a timed check.
        var checks: [SwiftStatement] = []
        for check in field.checks {
            let valueCheck = rules.reference(check, field: field.name)
            let subject = check.kind.isTimed ? "moment, now: now" : property
            checks.append(.line("\(valueCheck).check(\(subject), at: \(pointer), into: &violations)"))
        }
        switch field.type {
        case .unixTimestamp where field.checks.contains(where: \.kind.isTimed):
            present.append(.line("let moment = Timestamp(secondsSince1970: Int64(\(property)))"))
            present += checks
        case .dateTime(let defaults):
            let rule = rules.reference(field.typeRule)
            present.append(.block(
                header: "if let moment = Timestamp(iso8601: \(property), defaults: \(SwiftExpressions.dateTimeDefaults(defaults)))",
                body: checks.isEmpty ? [.line("_ = moment")] : checks,
                elseClauses: [(header: "else", body: [
                    .line("violations.append(\(rule).violation(at: \(pointer)\(SwiftExpressions.placeholders([fieldName, ("type", field.type.formDescription!)]))))"),
                ])]))
        default:
            present += checks
        }

        switch field.presence {
        case .required(let rule):
            let reference = rules.reference(rule)
            let missing: [SwiftStatement] = [.line("violations.append(\(reference).violation(at: \(pointer)\(SwiftExpressions.placeholders([fieldName]))))")]
            if present.isEmpty {
                return [.block(header: "if \(property) == nil", body: missing)]
            }
            return [.block(header: "if let \(property)", body: present, elseClauses: [(header: "else", body: missing)])]
        case .forbidden(let rule):
            let reference = rules.reference(rule)
            return [.block(header: "if \(property) != nil", body: [
                .line("violations.append(\(reference).violation(at: \(pointer)\(SwiftExpressions.placeholders([fieldName]))))"),
            ])]
        case .optional:
            return present.isEmpty ? [] : [.block(header: "if let \(property)", body: present)]
        }
    }
}
