import JapaneseText
import KonbiniRules
import KonbiniRulesCore

/// Checks payloads against a rules file loaded at run time (`konbini-lint --rules`), with
/// the same findings, in the same order, as the Swift the generator writes for that file.
///
/// Both read payloads with ``PayloadDecoder`` and judge values with ``ValueChecks`` and the
/// model's message values; this type walks the model where generated code has it unrolled.
public struct RulesInterpreter: Sendable {
    public let document: RulesDocument
    /// The fields the rules file marks `sensitive`, whose values reports mask.
    public let sensitiveFields: Set<JSONPointer>

    public init(document: RulesDocument) {
        self.document = document
        sensitiveFields = Set(document.sensitiveFields)
    }

    /// Type errors, then the rules the decoded request breaks; as `KonbiniRequest.check`.
    public func check(_ payload: PayloadNode, now: Timestamp) -> [Violation] {
        guard payload.kind == .object else {
            return [Self.rule(document.requestTypeRule).violation(at: .root, ["field": "request", "type": "an object"])]
        }
        var decoder = PayloadDecoder()
        let request = decode(document.root, from: payload, at: .root, discriminator: nil, decoder: &decoder)
        var violations: [Violation] = []
        validate(document.root, request, at: .root, now: now, into: &violations)
        return decoder.violations + decoder.excludingUnreadable(violations)
    }

    // MARK: Decoding

    /// A decoded value: what a generated property would hold.
    indirect enum Value {
        case integer(Int)
        case string(String)
        case boolean(Bool)
        case tax(ConsumptionTax)
        case strings([String])
        case other([Value])
        case object([String: Value])
        case variant(String, [String: Value])
    }

    func decode(
        _ object: ObjectDefinition, from payload: PayloadNode, at path: JSONPointer, discriminator: String?,
        decoder: inout PayloadDecoder
    ) -> [String: Value] {
        var values: [String: Value] = [:]
        for field in object.fields {
            let fieldPath = path.appending(field.name)
            values[field.name] = decode(field.type, payload[field.name], at: fieldPath, rule: Self.rule(field.typeRule), decoder: &decoder)
        }
        if let unknown = object.unknownFieldRule {
            decoder.reportUnknownMembers(of: payload, known: MemberNames(object.fields.map(\.name) + (discriminator.map { [$0] } ?? [])),
                                         at: path, rule: Self.rule(unknown))
        }
        return values
    }

    func decode(_ type: FieldType, _ node: PayloadNode?, at path: JSONPointer, rule: Rule, decoder: inout PayloadDecoder) -> Value? {
        switch type {
        case .integer, .unixTimestamp:
            return decoder.integer(node, at: path, rule: rule).map(Value.integer)
        case .string, .url, .email, .dateTime:
            return decoder.string(node, at: path, rule: rule).map(Value.string)
        case .boolean:
            return decoder.boolean(node, at: path, rule: rule).map(Value.boolean)
        case .consumptionTax:
            return decoder.consumptionTax(node, at: path, rule: rule).map(Value.tax)
        case .enumeration(let values, let ignoresCase):
            return decoder.oneOf(node, values: values, at: path, rule: rule, ignoringCase: ignoresCase).map(Value.string)
        case .array(let items):
            let decoded = decoder.array(node, at: path, rule: rule) { decoder, itemNode, itemPath in
                decode(items, itemNode, at: itemPath(), rule: rule, decoder: &decoder)
            }
            guard let decoded else { return nil }
            if case .string = items {
                return .strings(decoded.compactMap { if case .string(let text) = $0 { text } else { nil } })
            }
            return .other(decoded)
        case .object(let object):
            guard let objectNode = decoder.object(node, at: path, rule: rule) else { return nil }
            return .object(decode(object, from: objectNode, at: path, discriminator: nil, decoder: &decoder))
        case .variants(let definition):
            guard let objectNode = decoder.object(node, at: path, rule: rule) else { return nil }
            let name = decoder.discriminator(
                of: objectNode, named: definition.discriminator, at: path,
                variants: definition.variants.map(\.name), required: Self.rule(definition.discriminatorRequired),
                unknown: Self.rule(definition.discriminatorType))
            guard let name, let variant = definition.variants.first(where: { $0.name == name }) else { return nil }
            return .variant(name, decode(variant.object, from: objectNode, at: path, discriminator: definition.discriminator, decoder: &decoder))
        }
    }

    // MARK: Validation

    func validate(_ object: ObjectDefinition, _ values: [String: Value], at path: JSONPointer, now: Timestamp, into violations: inout [Violation]) {
        for field in object.fields {
            validate(field, values[field.name], at: path.appending(field.name), now: now, into: &violations)
        }
        for objectRule in object.rules {
            if let condition = objectRule.condition {
                guard case .variant(condition.variant, _)? = values[condition.field] else { continue }
            }
            let rule = Self.rule(objectRule.rule)
            switch objectRule.kind {
            case .exclusive(let names):
                if names.filter({ values[$0] != nil }).count > 1 {
                    violations.append(rule.violation(at: path, values: objectRule.kind.messageValues))
                }
            case .total(let names, let min, let max):
                let fields = names.compactMap(object.field(named:))
                guard fields.contains(where: { values[$0.name] != nil }) else { continue }
                var base: Int64 = 0
                for field in fields where field.type == .integer {
                    if case .integer(let amount)? = values[field.name] { base += Int64(amount) }
                }
                var total = base
                for field in fields where field.type == .consumptionTax {
                    if case .tax(let tax)? = values[field.name] { total += tax.yen(onAmount: base, at: now) }
                }
                if !ValueChecks.isInRange(total, min: min, max: max) {
                    violations.append(rule.violation(at: path, values: objectRule.kind.messageValues))
                }
            }
        }
    }

    func validate(_ field: FieldDefinition, _ value: Value?, at path: JSONPointer, now: Timestamp, into violations: inout [Violation]) {
        switch field.presence {
        case .forbidden(let rule):
            if value != nil { violations.append(Self.rule(rule).violation(at: path, ["field": field.name])) }
            return
        case .required(let rule):
            guard value != nil else {
                violations.append(Self.rule(rule).violation(at: path, ["field": field.name]))
                return
            }
        case .optional:
            guard value != nil else { return }
        }
        guard let value else { return }

        switch (field.type, value) {
        case (.object(let object), .object(let values)):
            validate(object, values, at: path, now: now, into: &violations)
        case (.variants(let definition), .variant(let name, let values)):
            if let variant = definition.variants.first(where: { $0.name == name }) {
                validate(variant.object, values, at: path, now: now, into: &violations)
            }
        case (.email, .string(let text)) where !ValueChecks.isEmailAddress(text),
             (.url, .string(let text)) where !ValueChecks.isWebURL(text):
            violations.append(Self.rule(field.typeRule).violation(at: path, ["field": field.name, "type": field.type.formDescription!]))
        default:
            break
        }

        var moment: Timestamp?
        if case .dateTime(let defaults) = field.type, case .string(let text) = value {
            moment = DateTimeReading.timestamp(text, defaults: defaults)
            if moment == nil {
                violations.append(Self.rule(field.typeRule).violation(at: path, ["field": field.name, "type": field.type.formDescription!]))
                return
            }
        } else if case .integer(let seconds) = value, field.type == .unixTimestamp {
            moment = Timestamp(secondsSince1970: Int64(seconds))
        }
        for check in field.checks where Self.fails(check.kind, value, moment: moment, now: now) {
            let rule = Self.rule(check.rule)
            let values = [("field", field.name)] + check.kind.messageValues
            if case (.charset(let set), .string(let text)) = (check.kind, value) {
                violations.append(rule.violation(of: set, by: text, at: path, values: values))
            } else {
                violations.append(rule.violation(at: path, values: values))
            }
        }
    }

    /// Whether `value` breaks a check: the judgement the generated conditions make.
    static func fails(_ kind: Check.Kind, _ value: Value, moment: Timestamp?, now: Timestamp) -> Bool {
        switch (kind, value) {
        case (.range(let min, let max), .integer(let number)): !ValueChecks.isInRange(Int64(number), min: min, max: max)
        case (.length(let min, let max), .string(let text)): !ValueChecks.hasLength(text, min: min, max: max)
        case (.digits(let min, let max), .string(let text)): !ValueChecks.isDigits(text, min: min, max: max)
        case (.notAllZeros, .string(let text)): ValueChecks.isAllZeros(text)
        case (.oneOf(let values), .string(let text)): !values.contains(text)
        case (.pattern(let pattern), .string(let text)): !pattern.matches(text)
        case (.charset(let set), .string(let text)): !set.contains(text)
        case (.luhn, .string(let text)): !ValueChecks.passesLuhn(text)
        case (.laterThan(let seconds), _): moment.map { $0 <= now.adding(seconds: seconds) } ?? false
        case (.soonerThan(let seconds), _): moment.map { $0 >= now.adding(seconds: seconds) } ?? false
        case (.contains(let item), .strings(let items)): !items.contains(item)
        default: false
        }
    }

    static func rule(_ metadata: RuleMetadata) -> Rule {
        Rule(id: metadata.id, severity: metadata.severity, message: metadata.message, source: metadata.source)
    }
}
