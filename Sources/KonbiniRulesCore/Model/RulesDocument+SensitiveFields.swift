import KonbiniRules

extension RulesDocument {
    /// The JSON Pointers of the fields marked `sensitive`, nested ones included, each once,
    /// in file order: the fields whose values reports mask (``ValueMasking``), whether the
    /// payload is checked by generated code or by the interpreter.
    public var sensitiveFields: [JSONPointer] {
        var paths: [JSONPointer] = []
        func visit(_ object: ObjectDefinition, at path: JSONPointer) {
            for field in object.fields {
                let fieldPath = path.appending(field.name)
                if field.isSensitive && !paths.contains(fieldPath) { paths.append(fieldPath) }
                switch field.type {
                case .object(let nested): visit(nested, at: fieldPath)
                case .variants(let definition): definition.variants.forEach { visit($0.object, at: fieldPath) }
                default: break
                }
            }
        }
        visit(root, at: .root)
        return paths
    }
}
