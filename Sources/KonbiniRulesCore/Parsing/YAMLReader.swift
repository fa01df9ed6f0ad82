import Yams

/// Reads YAML nodes into values, recording a diagnostic with the node's position for each
/// thing that is not what the language expects, and reading on so that one run reports
/// every problem.
final class YAMLReader {
    let file: String
    private(set) var diagnostics: [RulesDiagnostic] = []

    init(file: String) {
        self.file = file
    }

    func location(of node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func error(_ message: String, at node: Node) {
        diagnostics.append(RulesDiagnostic(message, at: location(of: node)))
    }

    func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(RulesDiagnostic(message, at: location))
    }

    /// The configuration a configuration file's `text` holds: `empty` for an empty file,
    /// else what `read` makes of its top-level keys, any key it does not take reported as
    /// unknown; or every problem, each at its line and column.
    static func configuration<Configuration>(
        _ text: String, file: String, empty: Configuration,
        read: (YAMLReader, inout KeyedNodes, inout Configuration) -> Void
    ) -> Result<Configuration, RulesDiagnostics> {
        let reader = YAMLReader(file: file)
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else { return .success(empty) }
            root = composed
        } catch {
            return .failure(RulesDiagnostics([RulesParser.diagnostic(for: error, file: file)]))
        }
        guard var keys = reader.mapping(root, "the configuration") else { return .failure(RulesDiagnostics(reader.diagnostics)) }
        var configuration = empty
        read(reader, &keys, &configuration)
        keys.reportUnknownKeys()
        return reader.diagnostics.isEmpty ? .success(configuration) : .failure(RulesDiagnostics(reader.diagnostics))
    }

    func mapping(_ node: Node, _ what: String) -> KeyedNodes? {
        guard let mapping = node.mapping else {
            error("\(what) must be a mapping", at: node)
            return nil
        }
        var entries: [KeyedNodes.Entry] = []
        var merged: [Node] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                error("keys in \(what) must be plain strings", at: key)
                continue
            }
            if name == "<<" {
                merged += value.sequence.map(Array.init) ?? [value]
            } else {
                entries.append(KeyedNodes.Entry(key: name, keyNode: key, value: value))
            }
        }
        // YAML's merge key (`<<: *kana`): the aliased mapping's keys, except those written here.
        for source in merged {
            guard let mapping = source.mapping else {
                error("'<<' in \(what) merges mappings only", at: source)
                continue
            }
            for (key, value) in mapping {
                guard let name = key.scalar?.string, !entries.contains(where: { $0.key == name }) else { continue }
                entries.append(KeyedNodes.Entry(key: name, keyNode: key, value: value))
            }
        }
        return KeyedNodes(what: what, node: node, entries: entries, reader: self)
    }

    func sequence(_ node: Node, _ what: String) -> [Node]? {
        guard let sequence = node.sequence else {
            error("\(what) must be a list", at: node)
            return nil
        }
        return Array(sequence)
    }

    func string(_ node: Node, _ what: String) -> String? {
        // A plain scalar that reads as a number, boolean or null is no string; quote it to make it one.
        guard let scalar = node.scalar,
              scalar.style != .plain || (node.int == nil && node.float == nil && node.bool == nil && node.null == nil)
        else {
            error("\(what) must be a string", at: node)
            return nil
        }
        return scalar.string
    }

    func integer(_ node: Node, _ what: String) -> Int? {
        guard let scalar = node.scalar, scalar.style == .plain, let value = Int(scalar.string.replacing("_", with: "")) else {
            error("\(what) must be a whole number", at: node)
            return nil
        }
        return value
    }

    func boolean(_ node: Node, _ what: String) -> Bool? {
        guard let scalar = node.scalar, scalar.style == .plain else {
            error("\(what) must be true or false", at: node)
            return nil
        }
        switch scalar.string {
        case "true": return true
        case "false": return false
        default:
            error("\(what) must be true or false", at: node)
            return nil
        }
    }

    /// The value of the choice `node` names, or an error listing the names: `unknown
    /// encoding 'sjis'; the encodings are: shift_jis, cp932, utf8`. A choice named like a
    /// YAML boolean (`off`) is read by its text when `readsPlainWords` is set.
    func choice<Value>(
        _ node: Node, _ what: String, among choices: [(name: String, value: Value)], plural: String, readsPlainWords: Bool = false
    ) -> Value? {
        let word = readsPlainWords ? node.scalar.map(\.string) : nil
        guard let name = word ?? string(node, what) else { return nil }
        guard let choice = choices.first(where: { $0.name == name }) else {
            error("unknown \(what) '\(name)'; the \(plural) are: \(choices.map(\.name).joined(separator: ", "))", at: node)
            return nil
        }
        return choice.value
    }

    func strings(_ node: Node, _ what: String) -> [String]? {
        guard let items = sequence(node, what) else { return nil }
        let values = items.compactMap { string($0, "each item of \(what)") }
        return values.count == items.count ? values : nil
    }

}

/// The entries of one YAML mapping, taken one key at a time; what is left over at the end
/// is reported as unknown.
struct KeyedNodes {
    struct Entry {
        var key: String
        var keyNode: Node
        var value: Node
    }

    let what: String
    let node: Node
    private(set) var entries: [Entry]
    private let reader: YAMLReader
    private var taken: Set<String> = []

    init(what: String, node: Node, entries: [Entry], reader: YAMLReader) {
        self.what = what
        self.node = node
        self.entries = entries
        self.reader = reader
    }

    var keys: [String] { entries.map(\.key) }

    mutating func take(_ key: String) -> Node? {
        taken.insert(key)
        return entries.first { $0.key == key }?.value
    }

    func has(_ key: String) -> Bool {
        entries.contains { $0.key == key }
    }

    /// The node of `key`, reporting its absence.
    mutating func require(_ key: String) -> Node? {
        guard let value = take(key) else {
            reader.error("\(what) needs '\(key)'", at: node)
            return nil
        }
        return value
    }

    /// Reports every key that was not taken.
    func reportUnknownKeys() {
        for entry in entries where !taken.contains(entry.key) {
            let known = taken.sorted().joined(separator: ", ")
            reader.error("unknown key '\(entry.key)' in \(what); known keys are: \(known)", at: entry.keyNode)
        }
    }
}
