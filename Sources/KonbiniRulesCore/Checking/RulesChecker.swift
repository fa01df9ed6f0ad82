/// The second stage: checks that a parsed ``RulesDocument`` makes sense — bounds in order,
/// checks that fit their field's type, rule ids unique, every rule citing a document,
/// message placeholders that exist, cross-field rules naming real fields.
public enum RulesChecker {
    public static func check(_ document: RulesDocument) -> Result<RulesDocument, RulesDiagnostics> {
        var walk = Walk()
        walk.register(document.requestTypeRule, placeholders: ["type"])
        walk.visit(document.root)
        return walk.diagnostics.isEmpty ? .success(document) : .failure(RulesDiagnostics(walk.diagnostics))
    }

    /// Parses and checks, the two stages every tool runs before using a rules file.
    public static func load(_ text: String, file: String) -> Result<RulesDocument, RulesDiagnostics> {
        RulesParser.parse(text, file: file).flatMap(check)
    }

    private struct Walk {
        var diagnostics: [RulesDiagnostic] = []
        var firstUseOfID: [String: SourceLocation] = [:]
        var sharedRules: [String: RuleMetadata] = [:]

        mutating func error(_ message: String, at location: SourceLocation) {
            diagnostics.append(RulesDiagnostic(message, at: location))
        }

        mutating func visit(_ object: ObjectDefinition) {
            var names: Set<String> = []
            for field in object.fields {
                if !names.insert(field.name).inserted {
                    error("field '\(field.name)' is defined twice", at: field.location)
                }
                visit(field)
                for check in field.checks {
                    guard let condition = check.condition else { continue }
                    if condition.field == field.name {
                        error("a check's when names another field than its own", at: check.location)
                    } else {
                        visit(condition, in: object, at: check.location)
                    }
                }
            }
            if let rule = object.unknownFieldRule { registerShared(rule) }
            for rule in object.rules { visit(rule, in: object) }
        }

        mutating func visit(_ field: FieldDefinition) {
            register(field.typeRule, placeholders: ["type", "values"])
            switch field.presence {
            case .optional: break
            case .required(let rule), .forbidden(let rule): register(rule, placeholders: [])
            }
            for check in field.checks { visit(check, of: field) }
            visit(field.type, at: field.location)
            if field.endsAtJapaneseEndOfDay {
                if field.type != .integer {
                    error("a deadline is a number of days: '\(field.name)' must be an integer", at: field.location)
                }
                if let providerDefault = field.providerDefault, Int(providerDefault) == nil {
                    error("the default of '\(field.name)' must be a number of days to compute its deadline", at: field.location)
                }
            }
        }

        mutating func visit(_ type: FieldType, at location: SourceLocation) {
            switch type {
            case .object(let object):
                visit(object)
            case .variants(let definition):
                let discriminator = definition.discriminator
                register(definition.discriminatorRequired, placeholders: [])
                register(definition.discriminatorType, placeholders: ["values", "type"])
                var names: Set<String> = []
                for variant in definition.variants {
                    if !names.insert(variant.name).inserted {
                        error("variant '\(variant.name)' is defined twice", at: variant.location)
                    }
                    if let clash = variant.object.field(named: discriminator) {
                        error("'\(discriminator)' is the discriminator and cannot also be a field of variant '\(variant.name)'", at: clash.location)
                    }
                    visit(variant.object)
                }
            case .array(let items):
                switch items {
                case .object, .variants, .array:
                    error("array items must be values, not objects or arrays", at: location)
                case .dateTime:
                    // A date-time is read with its field's defaults, which an item has not.
                    error("array items cannot be date_time; use unix_timestamp items", at: location)
                default:
                    break
                }
            default:
                break
            }
        }

        mutating func visit(_ check: Check, of field: FieldDefinition) {
            register(check.rule, placeholders: DefaultMessages.placeholders(for: check.kind))
            if !fits(check.kind, field.type) {
                error("a \(check.kind.keyword) check does not apply to '\(field.name)', of type \(field.type.keyword)", at: check.location)
            }
            switch check.kind {
            case .range(let min?, let max?) where min > max:
                error("\(check.kind.keyword): min \(min) is greater than max \(max)", at: check.location)
            case .length(let min, let max), .byteLength(let min, let max, _), .digits(let min, let max):
                if let min, let max, min > max {
                    error("\(check.kind.keyword): min \(min) is greater than max \(max)", at: check.location)
                }
                if let bound = [min, max].compactMap({ $0 }).first(where: { $0 < 0 }) {
                    error("\(check.kind.keyword): a length cannot be \(bound)", at: check.location)
                }
            case .oneOf(let values) where values.isEmpty:
                error("one_of needs at least one value", at: check.location)
            default:
                break
            }
        }

        /// A `when` names a variants or enum field of the same object, and one of its variants
        /// or values.
        mutating func visit(_ condition: FieldCondition, in object: ObjectDefinition, at location: SourceLocation) {
            guard let field = object.field(named: condition.field) else {
                error("when names '\(condition.field)', which is not a field of this object", at: location)
                return
            }
            guard condition.target(in: field) == nil else { return }
            switch field.type {
            case .variants:
                error("'\(condition.field)' has no variant '\(condition.value)'", at: location)
            case .enumeration(_, _, let names):
                error("'\(condition.field)' has no \(names == nil ? "value" : "value named") '\(condition.value)'", at: location)
            default:
                error("when names '\(condition.field)', which is neither a variants nor an enum field", at: location)
            }
        }

        mutating func visit(_ objectRule: ObjectRule, in object: ObjectDefinition) {
            register(objectRule.rule, placeholders: DefaultMessages.placeholders(for: objectRule.kind))
            if let condition = objectRule.condition { visit(condition, in: object, at: objectRule.location) }
            switch objectRule.kind {
            case .exclusive(let names):
                if names.count < 2 { error("exclusive needs at least two fields", at: objectRule.location) }
                for name in names where object.field(named: name) == nil {
                    error("exclusive names '\(name)', which is not a field of this object", at: objectRule.location)
                }
            case .total(let names, let min, let max):
                if let min, let max, min > max {
                    error("total: min \(min) is greater than max \(max)", at: objectRule.location)
                }
                for name in names {
                    switch object.field(named: name)?.type {
                    case nil:
                        error("total names '\(name)', which is not a field of this object", at: objectRule.location)
                    case .integer?, .consumptionTax?:
                        break
                    case let type?:
                        error("total adds '\(name)', of type \(type.keyword); only integer and consumption_tax fields add up", at: objectRule.location)
                    }
                }
            }
        }

        /// The unknown-field rule of every object in a scope is one rule: objects may share
        /// it as long as they agree on what it is.
        mutating func registerShared(_ rule: RuleMetadata) {
            if let first = sharedRules[rule.id] {
                var relocated = rule
                relocated.location = first.location
                if relocated != first {
                    error("rule id '\(rule.id)' is already used at \(first.location.line):\(first.location.column) with another severity or message", at: rule.location)
                }
                return
            }
            sharedRules[rule.id] = rule
            register(rule, placeholders: [])
        }

        /// Records a rule's id and checks its message and source.
        mutating func register(_ rule: RuleMetadata, placeholders: Set<String>) {
            if let first = firstUseOfID[rule.id] {
                error("rule id '\(rule.id)' is already used at \(first.line):\(first.column)", at: rule.location)
            } else {
                firstUseOfID[rule.id] = rule.location
            }
            let allowed = placeholders.union(DefaultMessages.common)
            for name in rule.message.placeholders.subtracting(allowed).sorted() {
                error("rule '\(rule.id)': unknown placeholder {\(name)}; this rule has \(allowed.sorted().map { "{\($0)}" }.joined(separator: ", "))", at: rule.location)
            }
            if rule.source.isEmpty {
                error("rule '\(rule.id)' cites no document: give it, its field or its object a 'source'", at: rule.location)
            }
        }

        func fits(_ kind: Check.Kind, _ type: FieldType) -> Bool {
            switch kind {
            case .range: type.isNumeric
            case .length, .byteLength, .digits, .notAllZeros, .oneOf, .pattern, .charset, .phone, .luhn: type.isTextual
            case .laterThan, .soonerThan:
                switch type {
                case .unixTimestamp, .dateTime: true
                default: false
                }
            case .contains:
                // Only arrays of strings: an array of enum values is typed, and holds its
                // values by construction.
                if case .array(.string) = type { true } else { false }
            }
        }
    }
}
