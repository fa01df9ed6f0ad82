extension RulesDocument {
    /// Every rule of the file once, in the order the file defines them: the request's type
    /// rule, then each field's type, presence and checks (a nested object's fields in
    /// place), each object's unknown-field rule and cross-field rules.
    public var allRules: [RuleMetadata] {
        var rules = [requestTypeRule]
        var seen: Set<String> = [requestTypeRule.id]
        func add(_ rule: RuleMetadata) {
            if seen.insert(rule.id).inserted { rules.append(rule) }
        }
        func visit(_ object: ObjectDefinition) {
            for field in object.fields {
                add(field.typeRule)
                switch field.presence {
                case .optional: break
                case .required(let rule), .forbidden(let rule): add(rule)
                }
                field.checks.forEach { add($0.rule) }
                switch field.type {
                case .object(let nested):
                    visit(nested)
                case .variants(let definition):
                    add(definition.discriminatorRequired)
                    add(definition.discriminatorType)
                    definition.variants.forEach { visit($0.object) }
                default:
                    break
                }
            }
            object.unknownFieldRule.map(add)
            object.rules.forEach { add($0.rule) }
        }
        visit(root)
        return rules
    }
}
