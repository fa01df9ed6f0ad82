import JapaneseText
@_spi(Generated) import KonbiniPayload
import KonbiniRules
import KonbiniRulesCore

/// Checks payloads against a rules file loaded at run time (`konbini-lint --rules`), with
/// the same findings, in the same order, as the Swift the generator writes for that file.
///
/// Both read payloads with ``PayloadDecoder`` and apply the same runtime checks
/// (``ValueCheck``, ``PresenceCheck``, ``FormCheck``, ``FieldGroupCheck``), built here from
/// the model where generated code declares them; this type walks the model where generated
/// code has it unrolled.
public struct RulesInterpreter: Sendable {
    public let document: RulesDocument
    /// The fields the rules file marks `sensitive`, whose values reports mask.
    public let sensitiveFields: Set<JSONPointer>
    /// Every check of the file, built once: by the id of the rule it reports; a field's
    /// presence check by the id of the field's type rule, which is the field's own.
    private let valueChecks: [String: ValueCheck]
    private let presenceChecks: [String: PresenceCheck]
    private let formChecks: [String: FormCheck]
    private let groupChecks: [String: FieldGroupCheck]

    public init(document: RulesDocument) {
        self.document = document
        sensitiveFields = Set(document.sensitiveFields)
        var valueChecks: [String: ValueCheck] = [:]
        var presenceChecks: [String: PresenceCheck] = [:]
        var formChecks: [String: FormCheck] = [:]
        var groupChecks: [String: FieldGroupCheck] = [:]
        func addGroupChecks(of object: ObjectDefinition) {
            for objectRule in object.rules { groupChecks[objectRule.rule.id] = objectRule.fieldGroupCheck(in: object) }
        }
        addGroupChecks(of: document.root)
        document.forEachField { field, _ in
            for check in field.checks { valueChecks[check.rule.id] = check.valueCheck(field: field.name) }
            if let presence = field.presenceCheck { presenceChecks[field.typeRule.id] = presence }
            if let form = field.formCheck { formChecks[form.rule.id] = form }
            switch field.type {
            case .object(let object): addGroupChecks(of: object)
            case .variants(let definition): definition.variants.forEach { addGroupChecks(of: $0.object) }
            default: break
            }
        }
        self.valueChecks = valueChecks
        self.presenceChecks = presenceChecks
        self.formChecks = formChecks
        self.groupChecks = groupChecks
    }

    /// Type errors, then the rules the decoded request breaks; as `KonbiniRequest.check`.
    public func check(_ payload: PayloadNode, now: Timestamp) -> [Violation] {
        var decoder = PayloadDecoder()
        guard decoder.request(payload, rule: document.requestTypeRule.rule) != nil else { return decoder.violations }
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
        case moment(Timestamp)
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
            values[field.name] = decode(field.type, payload[field.name], at: fieldPath, rule: field.typeRule.rule, decoder: &decoder)
        }
        if let unknown = object.unknownFieldRule {
            decoder.reportUnknownMembers(of: payload.borrowed, known: MemberNames(object.fields.map(\.name) + (discriminator.map { [$0] } ?? [])),
                                         at: path, rule: unknown.rule)
        }
        return values
    }

    func decode(_ type: FieldType, _ node: PayloadNode?, at path: JSONPointer, rule: KonbiniRule, decoder: inout PayloadDecoder) -> Value? {
        switch type {
        case .integer, .unixTimestamp:
            return decoder.integer(node, at: path, rule: rule).map(Value.integer)
        case .string, .url, .email:
            return decoder.string(node, at: path, rule: rule).map(Value.string)
        case .dateTime(let defaults):
            return decoder.dateTime(node, at: path, rule: rule, defaults: defaults).map(Value.moment)
        case .boolean:
            return decoder.boolean(node, at: path, rule: rule).map(Value.boolean)
        case .consumptionTax:
            return decoder.consumptionTax(node, at: path, rule: rule).map(Value.tax)
        case .enumeration(let values, let ignoresCase, _):
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
                of: objectNode.borrowed, named: definition.discriminator, at: path,
                variants: definition.variants.map(\.name), required: definition.discriminatorRequired.rule,
                unknown: definition.discriminatorType.rule)
            guard let name, let variant = definition.variants.first(where: { $0.name == name }) else { return nil }
            return .variant(name, decode(variant.object, from: objectNode, at: path, discriminator: definition.discriminator, decoder: &decoder))
        }
    }

    // MARK: Validation

    func validate(_ object: ObjectDefinition, _ values: [String: Value], at path: JSONPointer, now: Timestamp, into violations: inout [Violation]) {
        for field in object.fields {
            validate(field, values[field.name], at: path.appending(field.name), now: now, into: &violations) { condition in
                holds(condition, in: object, values)
            }
        }
        for objectRule in object.rules {
            if let condition = objectRule.condition, !holds(condition, in: object, values) { continue }
            guard let check = groupChecks[objectRule.rule.id] else { continue }
            switch objectRule.kind {
            case .exclusive(let names):
                check.check(presentCount: names.count { values[$0] != nil }, at: path, into: &violations)
            case .total(let names, _, _):
                let fields = names.compactMap(object.field(named:))
                check.check(paidAt: now, at: path, into: &violations) { sum in
                    for field in fields {
                        switch values[field.name] {
                        case .integer(let amount)?: sum.add(amount: amount)
                        case .tax(let tax)?: sum.add(tax: tax)
                        default: break
                        }
                    }
                }
            }
        }
    }

    /// Whether the object's decoded `values` meet `condition`: the field it names holds its
    /// variant or its value.
    func holds(_ condition: FieldCondition, in object: ObjectDefinition, _ values: [String: Value]) -> Bool {
        switch (object.field(named: condition.field).flatMap(condition.target(in:)), values[condition.field]) {
        case (.variant(let name)?, .variant(let held, _)?): held == name
        case (.enumeration(let value, _)?, .string(let held)?): held == value
        default: false
        }
    }

    /// `holds` tells whether a check's `when` is met by the other fields of the object.
    func validate(
        _ field: FieldDefinition, _ value: Value?, at path: JSONPointer, now: Timestamp, into violations: inout [Violation],
        holds: (FieldCondition) -> Bool
    ) {
        if let presence = presenceChecks[field.typeRule.id] {
            presence.check(isPresent: value != nil, at: path, into: &violations)
            if presence.requirement == .forbidden { return }
        }
        guard let value else { return }

        switch (field.type, value) {
        case (.object(let object), .object(let values)):
            validate(object, values, at: path, now: now, into: &violations)
        case (.variants(let definition), .variant(let name, let values)):
            if let variant = definition.variants.first(where: { $0.name == name }) {
                validate(variant.object, values, at: path, now: now, into: &violations)
            }
        default:
            break
        }

        // A value of the wrong form breaks its type rule only: no check judges it.
        if let form = formChecks[field.typeRule.id], case .string(let text) = value, !form.check(text, at: path, into: &violations) {
            return
        }
        var moment: Timestamp?
        if case .moment(let dateTime) = value {
            moment = dateTime
        } else if case .integer(let seconds) = value, field.type == .unixTimestamp {
            moment = Timestamp(secondsSince1970: Int64(seconds))
        }
        for check in field.checks {
            guard let valueCheck = valueChecks[check.rule.id], check.condition.map(holds) ?? true else { continue }
            if check.kind.isTimed {
                if let moment { valueCheck.check(moment, now: now, at: path, into: &violations) }
                continue
            }
            switch value {
            case .integer(let number): valueCheck.check(number, at: path, into: &violations)
            case .string(let text): valueCheck.check(text, at: path, into: &violations)
            case .strings(let items): valueCheck.check(items, at: path, into: &violations)
            default: break
            }
        }
    }
}
