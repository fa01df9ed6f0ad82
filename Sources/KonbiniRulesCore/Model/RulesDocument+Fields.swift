import KonbiniRules

extension RulesDocument {
    /// Calls `body` with every field of the file and its JSON Pointer, in file order, a
    /// nested object's and each variant's fields after the field that holds them.
    public func forEachField(_ body: (FieldDefinition, JSONPointer) -> Void) {
        func visit(_ object: ObjectDefinition, at path: JSONPointer) {
            for field in object.fields {
                let fieldPath = path.appending(field.name)
                body(field, fieldPath)
                switch field.type {
                case .object(let nested): visit(nested, at: fieldPath)
                case .variants(let definition): definition.variants.forEach { visit($0.object, at: fieldPath) }
                default: break
                }
            }
        }
        visit(root, at: .root)
    }

    /// The JSON Pointers of the fields marked `sensitive`, nested ones included, each once,
    /// in file order: the fields whose values reports mask (``ValueMasking``), whether the
    /// payload is checked by generated code or by the interpreter.
    public var sensitiveFields: [JSONPointer] {
        var paths: [JSONPointer] = []
        forEachField { field, path in
            if field.isSensitive && !paths.contains(path) { paths.append(path) }
        }
        return paths
    }
}
