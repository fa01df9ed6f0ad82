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

        var checks: [SwiftStatement] = []
        for check in field.checks {
            let rule = rules.reference(check.rule)
            let placeholders = SwiftExpressions.placeholders([fieldName] + check.kind.messageValues)
            // A charset violation names the composition that would pass, from the value.
            let subject = if case .charset(let set) = check.kind {
                "of: \(SwiftExpressions.characterSet(set)), by: \(property), at: "
            } else {
                "at: "
            }
            checks.append(.block(header: "if \(Self.failure(of: check, value: property, rules: &rules))", body: [
                .line("violations.append(\(rule).violation(\(subject)\(pointer)\(placeholders)))"),
            ]))
        }
        switch field.type {
        case .unixTimestamp where field.checks.contains(where: \.kind.isTimed):
            present.append(.line("let moment = Timestamp(secondsSince1970: Int64(\(property)))"))
            present += checks
        case .dateTime(let defaults):
            let rule = rules.reference(field.typeRule)
            present.append(.block(
                header: "if let moment = DateTimeReading.timestamp(\(property), defaults: \(SwiftExpressions.dateTimeDefaults(defaults)))",
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

    /// A Swift condition that is true when `value` breaks the check. Timed checks compare
    /// `moment` with `now`; a pattern is matched by its compiled constant in `rules`.
    static func failure(of check: Check, value: String, rules: inout RuleNames) -> String {
        switch check.kind {
        case .range(let min, let max):
            "!ValueChecks.isInRange(Int64(\(value)), min: \(SwiftExpressions.optionalInteger(min)), max: \(SwiftExpressions.optionalInteger(max)))"
        case .length(let min, let max):
            "!ValueChecks.hasLength(\(value), min: \(SwiftExpressions.optionalInteger(min)), max: \(SwiftExpressions.optionalInteger(max)))"
        case .digits(let min, let max):
            "!ValueChecks.isDigits(\(value), min: \(SwiftExpressions.optionalInteger(min)), max: \(SwiftExpressions.optionalInteger(max)))"
        case .notAllZeros:
            "ValueChecks.isAllZeros(\(value))"
        case .oneOf(let values):
            "![\(values.map(SwiftNames.literal).joined(separator: ", "))].contains(\(value))"
        case .pattern(let pattern):
            "!\(rules.reference(pattern, of: check.rule)).matches(\(value))"
        case .charset(let set):
            "!JapaneseCharacterSet\(SwiftExpressions.characterSet(set)).contains(\(value))"
        case .luhn:
            "!ValueChecks.passesLuhn(\(value))"
        case .laterThan(let seconds):
            "moment <= now.adding(seconds: \(SwiftNames.integer(seconds)))"
        case .soonerThan(let seconds):
            "moment >= now.adding(seconds: \(SwiftNames.integer(seconds)))"
        case .contains(let item):
            "!\(value).contains(\(SwiftNames.literal(item)))"
        }
    }
}

extension Check.Kind {
    var isTimed: Bool {
        switch self {
        case .laterThan, .soonerThan: true
        default: false
        }
    }
}
