import KonbiniRules
import KonbiniRulesCore

/// The statements that check one field: presence, the value's own form (e-mail, URL), then
/// each check, and a nested object's own validation. Each check is a
/// constant of the type's `Checks`, whose meaning the runtime holds.
struct FieldValidation {
    let field: FieldDefinition
    /// The object that holds the field, whose other fields a check's `when` names.
    let object: ObjectDefinition
    /// The field's JSON Pointer.
    let path: JSONPointer

    func statements(rules: inout RuleNames) -> [SwiftStatement] {
        let property = SwiftNames.property(field.name)
        let pointer = SwiftNames.literal(path)
        var statements: [SwiftStatement] = []
        if let presence = rules.presenceReference(field) {
            statements.append(.line("\(presence).check(presenceOf: \(property), at: \(pointer), into: &violations)"))
        }
        if case .forbidden = field.presence { return statements }

        var present: [SwiftStatement] = []
        switch field.type {
        case .object, .variants: present.append(.line("\(property).validate(now: now, into: &violations)"))
        default: break
        }
        // A timed check judges the moment the value names (a date-time is one already); any
        // other, the value.
        let moment = field.type == .unixTimestamp ? "moment" : property
        let checks: [SwiftStatement] = field.checks.map { check in
            let subject = check.kind.isTimed ? "\(moment), now: now" : property
            let statement = SwiftStatement.line("\(rules.reference(check, field: field.name)).check(\(subject), at: \(pointer), into: &violations)")
            return check.condition.map { .block(header: "if \(SwiftExpressions.condition($0, in: object))", body: [statement]) } ?? statement
        }
        // A value of the wrong form breaks its type rule only: no check judges it.
        if let form = rules.formReference(field) {
            if checks.isEmpty {
                present.append(.line("\(form).check(\(property), at: \(pointer), into: &violations)"))
            } else {
                present.append(.block(header: "if \(form).check(\(property), at: \(pointer), into: &violations)", body: checks))
            }
        } else if field.type == .unixTimestamp, field.checks.contains(where: \.kind.isTimed) {
            present.append(.line("let moment = Timestamp(secondsSince1970: Int64(\(property)))"))
            present += checks
        } else {
            present += checks
        }
        if !present.isEmpty {
            statements.append(.block(header: "if let \(property)", body: present))
        }
        return statements
    }
}
