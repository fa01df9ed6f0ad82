import JapaneseText
import KonbiniRules
import KonbiniRulesCore

/// Lowers a checked rules file to a JSON Schema 2020-12 document of its request, for
/// validators that are not Swift: a browser's, before a checkout form is sent.
///
/// Each rule the schema asserts has a subschema of its own, marked with the rule's id
/// (`x-rule`), what it checks (`x-check`) and its customer messages (`x-messages`, `en` and
/// `ja`): a validator's error belongs to the nearest `x-rule` above the failing keyword. The
/// subschemas mean what the Swift checks mean, including the runtime's reading of a payload:
/// `null` is an absent member, a value of the wrong type breaks only its type rule, a `when`
/// is an `if`. Rules a schema cannot state, or that only warn, are listed with their JSON
/// Pointer and the reason under `x-konbini-unchecked`, so a browser knows the server checks
/// them; a rule listed there that also has a subschema is checked in part.
struct JSONSchemaLowering {
    let document: RulesDocument
    private var unchecked: [JSONValue] = []
    /// The character sets the checks name, in the order first named: each is one definition.
    private var characterSets: [JapaneseCharacterSet] = []

    init(document: RulesDocument) {
        self.document = document
    }

    mutating func lower() -> JSONValue {
        var members: [JSONValue.Member] = [
            .init(name: "$schema", value: "https://json-schema.org/draft/2020-12/schema"),
            .init(name: "title", value: .string(document.requestName)),
            .init(name: "description", value: .string(document.title)),
            .init(name: "x-provider", value: .string(document.provider)),
        ]
        members += assertion(document.requestTypeRule, check: "type", message: Self.message(document.requestTypeRule, field: "request", values: [("type", TypeName.object)]), at: .root, keywords: [
            .init(name: "type", value: "object"),
        ])
        members += objectBody(document.root, at: .root)
        members.append(.init(name: "x-konbini-unchecked", value: .array(unchecked)))
        if !characterSets.isEmpty {
            members.append(.init(name: "$defs", value: .object(characterSets.map {
                .init(name: $0.name, value: .object(["pattern": .string(ECMAScriptPattern.characterSet($0))]))
            })))
        }
        return .object(members)
    }

    // MARK: Objects

    /// The `properties` of `object`'s fields and the `allOf` of its presence rules,
    /// unknown-member rule, rules over several fields and checks under a `when`. `known`
    /// names members the object holds besides its fields (a variant's discriminator).
    private mutating func objectBody(_ object: ObjectDefinition, at path: JSONPointer, known: [String] = []) -> [JSONValue.Member] {
        var properties: [JSONValue.Member] = []
        var constraints: [JSONValue] = []
        for field in object.fields {
            let fieldPath = path.appending(field.name)
            properties.append(.init(name: field.name, value: fieldSchema(field, at: fieldPath)))
            switch field.presence {
            case .optional:
                break
            case .required(let rule):
                constraints += assertionSchema(rule, check: "required", message: Self.message(rule, field: field.name), at: fieldPath, keywords: [
                    .init(name: "required", value: .strings([field.name])),
                    .init(name: "properties", value: .object([field.name: .object(["not": .object(["type": "null"])])])),
                ])
            case .forbidden(let rule):
                constraints += assertionSchema(rule, check: "forbidden", message: Self.message(rule, field: field.name), at: fieldPath, keywords: [
                    .init(name: "properties", value: .object([field.name: .object(["type": "null"])])),
                ])
            }
            for check in field.checks {
                guard let condition = check.condition else { continue }
                guard let ifSchema = conditionSchema(condition, in: object) else {
                    skip(check.rule, at: fieldPath, reason: "a condition on '\(condition.field)' that the schema cannot state")
                    continue
                }
                if let schema = checkSchema(check, of: field, at: fieldPath) {
                    constraints.append(.object([
                        "if": ifSchema,
                        "then": .object(["properties": .object([field.name: schema])]),
                    ]))
                }
            }
        }
        if let rule = object.unknownFieldRule {
            constraints += assertionSchema(rule, check: "unknown", message: Self.message(rule, field: "{field}"), at: path, keywords: [
                .init(name: "propertyNames", value: .object(["enum": .strings(known + object.fields.map(\.name))])),
            ])
        }
        for rule in object.rules {
            constraints += objectRuleSchema(rule, in: object, at: path)
        }
        var members: [JSONValue.Member] = []
        if !properties.isEmpty { members.append(.init(name: "properties", value: .object(properties))) }
        if !constraints.isEmpty { members.append(.init(name: "allOf", value: .array(constraints))) }
        return members
    }

    /// A rule over several fields: at most one of them present (for each field present, every
    /// other absent, `null` or of another type, as the runtime counts presence).
    private mutating func objectRuleSchema(_ objectRule: ObjectRule, in object: ObjectDefinition, at path: JSONPointer) -> [JSONValue] {
        switch objectRule.kind {
        case .exclusive(let names):
            let readsADateTime = names.contains { name in
                if case .dateTime = object.field(named: name)?.type { true } else { false }
            }
            guard !readsADateTime else {
                skip(objectRule.rule, at: path, reason: "a date-time counts as present only when the server can read it")
                return []
            }
            let implications: [JSONValue] = names.map { name in
                .object([
                    "if": present(name, in: object),
                    "then": .object(["properties": .object(names.filter { $0 != name }.map {
                        .init(name: $0, value: .object(["not": valueOfType($0, in: object)]))
                    })]),
                ])
            }
            var keywords: [JSONValue.Member] = []
            if let condition = objectRule.condition {
                guard let ifSchema = conditionSchema(condition, in: object) else {
                    skip(objectRule.rule, at: path, reason: "a condition on '\(condition.field)' that the schema cannot state")
                    return []
                }
                keywords = [.init(name: "if", value: ifSchema), .init(name: "then", value: .object(["allOf": .array(implications)]))]
            } else {
                keywords = [.init(name: "allOf", value: .array(implications))]
            }
            let check = objectRule.fieldGroupCheck(in: object)
            return assertionSchema(objectRule.rule, check: "exclusive", message: check.customerMessage, at: path, keywords: keywords)
        case .total:
            skip(objectRule.rule, at: path, reason: "a total over several fields, with a consumption tax worked out at the payment date")
            return []
        }
    }

    /// The `if` of a `when`: the object's field `condition.field` holds the variant or value.
    private func conditionSchema(_ condition: FieldCondition, in object: ObjectDefinition) -> JSONValue? {
        guard let field = object.field(named: condition.field), let target = condition.target(in: field) else { return nil }
        let value: JSONValue
        switch (target, field.type) {
        case (.variant(let name), .variants(let definition)):
            value = .object([
                "type": "object",
                "required": .strings([definition.discriminator]),
                "properties": .object([definition.discriminator: .object(["const": .string(name)])]),
            ])
        case (.enumeration(let raw, _), .enumeration(_, let ignoresCase, _)):
            value = ignoresCase
                ? .object(["type": "string", "pattern": .string(ECMAScriptPattern.oneOf([raw], ignoringCase: true))])
                : .object(["const": .string(raw)])
        default:
            return nil
        }
        return .object(["required": .strings([field.name]), "properties": .object([field.name: value])])
    }

    /// Whether the member `name` holds a value of its field's type: what the runtime counts
    /// as present.
    private func present(_ name: String, in object: ObjectDefinition) -> JSONValue {
        .object(["required": .strings([name]), "properties": .object([name: valueOfType(name, in: object)])])
    }

    private func valueOfType(_ name: String, in object: ObjectDefinition) -> JSONValue {
        guard let field = object.field(named: name) else { return true }
        return .object(Self.typeKeywords(field.type, allowingNull: false))
    }

    // MARK: Fields

    private mutating func fieldSchema(_ field: FieldDefinition, at path: JSONPointer) -> JSONValue {
        var members: [JSONValue.Member] = []
        if let label = field.label {
            members.append(.init(name: "title", value: .string(label.english)))
            members.append(.init(name: "x-label", value: .object(["en": .string(label.english), "ja": .string(label.japanese)])))
        }
        if let description = field.description {
            members.append(.init(name: "description", value: .string(description)))
        }
        let (values, isExact) = Self.typeMessageValues(field.type)
        members += assertion(
            field.typeRule, check: "type", message: Self.message(field.typeRule, field: field.name, values: values), fixes: field.typeFixes,
            at: path, keywords: Self.typeKeywords(field.type, allowingNull: true)
        )
        if !isExact {
            skip(field.typeRule, at: path, reason: "the schema checks that the value is a string; the server also reads it as a date-time with the provider's defaults")
        }
        switch field.type {
        case .object(let nested):
            members += objectBody(nested, at: path)
        case .variants(let definition):
            members += variantsBody(definition, at: path)
        default:
            break
        }
        let checks = field.checks.filter { $0.condition == nil }.compactMap { checkSchema($0, of: field, at: path) }
        if !checks.isEmpty {
            members.append(.init(name: "allOf", value: .array(checks)))
        }
        return .object(members)
    }

    /// An object whose discriminator picks the fields: each variant's fields under an `if`
    /// on the discriminator's value.
    private mutating func variantsBody(_ definition: VariantsDefinition, at path: JSONPointer) -> [JSONValue.Member] {
        let discriminator = definition.discriminator
        let discriminatorPath = path.appending(discriminator)
        let names = definition.variants.map(\.name)
        let required = definition.discriminatorRequired
        var constraints = assertionSchema(required, check: "required", message: Self.message(required, field: discriminator), at: discriminatorPath, keywords: [
            .init(name: "required", value: .strings([discriminator])),
            .init(name: "properties", value: .object([discriminator: .object(["not": .object(["type": "null"])])])),
        ])
        for variant in definition.variants {
            constraints.append(.object([
                "if": .object([
                    "required": .strings([discriminator]),
                    "properties": .object([discriminator: .object(["const": .string(variant.name)])]),
                ]),
                "then": .object(objectBody(variant.object, at: path, known: [discriminator])),
            ]))
        }
        let unknown = definition.discriminatorType
        let discriminatorSchema = assertion(
            unknown, check: "type", message: Self.message(unknown, field: discriminator, values: [("values", BilingualText(names.joined(separator: ", ")))]),
            at: discriminatorPath, keywords: [.init(name: "enum", value: .array(names.map(JSONValue.string) + [.null]))]
        )
        return [
            .init(name: "properties", value: .object([.init(name: discriminator, value: .object(discriminatorSchema))])),
            .init(name: "allOf", value: .array(constraints)),
        ]
    }

    /// The keywords that hold for a value of `type`, and for `null` when `allowingNull`: the
    /// runtime reads a `null` member as an absent one.
    private static func typeKeywords(_ type: FieldType, allowingNull: Bool) -> [JSONValue.Member] {
        func jsonType(_ name: String) -> JSONValue.Member {
            .init(name: "type", value: allowingNull ? .strings([name, "null"]) : .string(name))
        }
        switch type {
        case .integer, .unixTimestamp:
            return [jsonType("integer")]
        case .string, .dateTime:
            return [jsonType("string")]
        case .boolean:
            return [jsonType("boolean")]
        case .url:
            return [jsonType("string"), .init(name: "pattern", value: .string(ECMAScriptPattern.webURL))]
        case .email:
            return [jsonType("string"), .init(name: "pattern", value: .string(ECMAScriptPattern.emailAddress))]
        case .enumeration(let values, false, _):
            return [.init(name: "enum", value: .array(values.map(JSONValue.string) + (allowingNull ? [.null] : [])))]
        case .enumeration(let values, true, _):
            return [jsonType("string"), .init(name: "pattern", value: .string(ECMAScriptPattern.oneOf(values, ignoringCase: true)))]
        case .consumptionTax:
            return [.init(name: "anyOf", value: .array([.object([jsonType("integer")]), .object(["const": "auto"])]))]
        case .array(let items):
            return [jsonType("array"), .init(name: "items", value: .object(typeKeywords(items, allowingNull: true)))]
        case .object, .variants:
            return [jsonType("object")]
        }
    }

    /// What the type rule's message is filled with, and whether the keywords state all of
    /// the type (a date-time's reading they do not).
    private static func typeMessageValues(_ type: FieldType) -> (values: [(String, BilingualText)], isExact: Bool) {
        switch type {
        case .integer, .unixTimestamp: ([("type", TypeName.integer)], true)
        case .string: ([("type", TypeName.string)], true)
        case .dateTime: ([("type", TypeName.dateTime)], false)
        case .boolean: ([("type", TypeName.boolean)], true)
        case .url: ([("type", FormCheck.Form.webURL.name)], true)
        case .email: ([("type", FormCheck.Form.emailAddress.name)], true)
        case .enumeration(let values, let ignoresCase, _):
            ([("values", BilingualText(values.joined(separator: ", ")))], !ignoresCase || values.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
        case .consumptionTax: ([("type", TypeName.consumptionTax)], true)
        case .array: ([("type", TypeName.array)], true)
        case .object, .variants: ([("type", TypeName.object)], true)
        }
    }

    // MARK: Checks

    /// The subschema of one check of `field`, or `nil` when a schema cannot state it (the
    /// check is then listed as unchecked). A check of a type with more than a JSON type (an
    /// e-mail address, an enum) judges only a value of the type, as the runtime's does.
    private mutating func checkSchema(_ check: Check, of field: FieldDefinition, at path: JSONPointer) -> JSONValue? {
        let keywords: [JSONValue.Member]
        switch check.kind {
        case .range(let min, let max):
            keywords = Self.bounds(min, max, minimum: "minimum", maximum: "maximum")
        case .length(let min, let max):
            guard max == nil && (min ?? 0) <= 1 || Self.holdsSingleScalarCharacters(field) else {
                skip(check.rule, at: path, reason: "a length in characters, which a schema counts in code points")
                return nil
            }
            keywords = Self.bounds(min, max, minimum: "minLength", maximum: "maxLength")
        case .byteLength(_, _, let encoding):
            skip(check.rule, at: path, reason: "a length in bytes of \(encoding.displayName)")
            return nil
        case .digits(let min, let max):
            keywords = [.init(name: "pattern", value: .string(ECMAScriptPattern.digits(min: min, max: max)))]
        case .notAllZeros:
            keywords = [.init(name: "pattern", value: .string(ECMAScriptPattern.notAllZeros))]
        case .oneOf(let values):
            keywords = [.init(name: "pattern", value: .string(ECMAScriptPattern.oneOf(values, ignoringCase: false)))]
        case .pattern(let pattern):
            keywords = [.init(name: "pattern", value: .string(ECMAScriptPattern.pattern(pattern)))]
        case .charset(let set):
            if !characterSets.contains(set) { characterSets.append(set) }
            keywords = [.init(name: "$ref", value: .string("#/$defs/\(set.name)"))]
        case .phone(let form):
            keywords = [.init(name: "pattern", value: .string(ECMAScriptPattern.phone(form)))]
        case .luhn:
            skip(check.rule, at: path, reason: "a check digit")
            return nil
        case .laterThan, .soonerThan:
            skip(check.rule, at: path, reason: "a moment measured from the time the request is checked")
            return nil
        case .contains(let item):
            keywords = [.init(name: "contains", value: .object(["const": .string(item)]))]
        }
        let message = Self.message(check.rule, field: field.name, values: check.kind.messageValues)
        guard let schema = assertionSchema(check.rule, check: check.kind.keyword.rawValue, message: message, fixes: check.fixes, at: path, keywords: keywords).first else {
            return nil
        }
        let typeKeywords = Self.typeKeywords(field.type, allowingNull: false)
        guard typeKeywords.contains(where: { ["enum", "pattern", "anyOf"].contains($0.name) }) else { return schema }
        return .object(["if": .object(typeKeywords), "then": schema])
    }

    private static func bounds(_ min: Int?, _ max: Int?, minimum: String, maximum: String) -> [JSONValue.Member] {
        (min.map { [JSONValue.Member(name: minimum, value: .integer($0))] } ?? [])
            + (max.map { [JSONValue.Member(name: maximum, value: .integer($0))] } ?? [])
    }

    /// Whether an unconditional error of `field` limits its text to characters of one code
    /// point each, for which a schema's count of code points is the count of characters: a
    /// set none of whose members joins a neighbour into one character (as a combining mark
    /// or a half-width voiced sound mark does), digits, a phone number, or a pattern of
    /// printable ASCII.
    private static func holdsSingleScalarCharacters(_ field: FieldDefinition) -> Bool {
        field.checks.contains { check in
            guard check.condition == nil, check.rule.severity == .error else { return false }
            switch check.kind {
            case .charset(let set): return set.scalarRanges.allSatisfy { $0.allSatisfy(isCharacterOfItsOwn) }
            case .digits, .phone: return true
            case .pattern(let pattern): return isPrintableASCII(pattern.syntax)
            default: return false
            }
        }
    }

    private static func isCharacterOfItsOwn(_ value: UInt32) -> Bool {
        let scalar = Unicode.Scalar(value) ?? "a"
        return [[scalar, "a"], ["a", scalar], [scalar, scalar]].allSatisfy { String(String.UnicodeScalarView($0)).count == 2 }
    }

    private static func isPrintableASCII(_ node: PatternNode) -> Bool {
        switch node {
        case .scalar(let scalar): (0x20...0x7E).contains(scalar.value)
        case .anyScalar: false
        case .set(let ranges, let negated): !negated && ranges.allSatisfy { $0.lowerBound >= 0x20 && $0.upperBound <= 0x7E }
        case .sequence(let items), .alternation(let items): items.allSatisfy(isPrintableASCII)
        case .repetition(let inner, _, _): isPrintableASCII(inner)
        }
    }

    // MARK: Rules

    /// The customer message of `rule` broken by the field `field`, filled with `values`.
    private static func message(_ rule: RuleMetadata, field: String, values: [(String, BilingualText)] = []) -> RuleMessage {
        rule.rule.messages(field: field, values: values).customerMessage
    }

    /// `x-rule`, `x-check` and `x-messages` for `rule`, `x-fixes` when the server fixes a
    /// value that breaks it (a browser need not stop the customer: `やまだ` becomes `ヤマダ`),
    /// followed by `keywords`; or nothing when the rule only warns (it is listed as
    /// unchecked: a warning rejects nothing).
    private mutating func assertion(
        _ rule: RuleMetadata, check: String, message: RuleMessage, fixes: [TextNormalization] = [], at path: JSONPointer, keywords: [JSONValue.Member]
    ) -> [JSONValue.Member] {
        guard rule.severity == .error else {
            skip(rule, at: path, reason: "a warning, which the server reports without rejecting the request")
            return []
        }
        var members: [JSONValue.Member] = [
            .init(name: "x-rule", value: .string(rule.id)),
            .init(name: "x-check", value: .string(check)),
            .init(name: "x-messages", value: .object(["en": .string(message.english), "ja": .string(message.japanese)])),
        ]
        if !fixes.isEmpty {
            members.append(.init(name: "x-fixes", value: .strings(fixes.map(\.kind.rawValue))))
        }
        return members + keywords
    }

    /// ``assertion(_:check:message:fixes:at:keywords:)`` as a subschema of its own, in an
    /// array that is empty when the rule only warns.
    private mutating func assertionSchema(
        _ rule: RuleMetadata, check: String, message: RuleMessage, fixes: [TextNormalization] = [], at path: JSONPointer, keywords: [JSONValue.Member]
    ) -> [JSONValue] {
        let members = assertion(rule, check: check, message: message, fixes: fixes, at: path, keywords: keywords)
        return members.isEmpty ? [] : [.object(members)]
    }

    private mutating func skip(_ rule: RuleMetadata, at path: JSONPointer, reason: String) {
        unchecked.append(.object([
            "rule": .string(rule.id),
            "pointer": .string(path.description),
            "reason": .string(reason),
        ]))
    }
}
