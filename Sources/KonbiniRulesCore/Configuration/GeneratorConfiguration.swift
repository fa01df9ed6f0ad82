
/// How the generator writes a target's Swift, read from the target's optional
/// `konbini-rules-config.yaml`:
///
/// ```yaml
/// accessModifier: internal          # public, package or internal (the default)
/// additionalImports: [Foundation]   # imported by every generated file
/// additionalFileComments:           # lines at the top of every generated file
///   - "swiftlint:disable all"
/// ```
public struct GeneratorConfiguration: Hashable, Sendable {
    /// The access level of the generated declarations.
    public enum AccessModifier: String, CaseIterable, Sendable {
        case `public`, `package`, `internal`

        /// The keyword and a space, or nothing for `internal`, which Swift assumes.
        public var keyword: String {
            self == .internal ? "" : rawValue + " "
        }
    }

    /// The access level of the generated types and their members; `internal` unless the
    /// configuration says otherwise, as for code a target writes itself.
    public var accessModifier: AccessModifier
    /// Modules every generated file imports besides the runtime's.
    public var additionalImports: [String]
    /// Comment lines at the top of every generated file, each written after `// `.
    public var additionalFileComments: [String]

    public init(accessModifier: AccessModifier = .internal, additionalImports: [String] = [], additionalFileComments: [String] = []) {
        self.accessModifier = accessModifier
        self.additionalImports = additionalImports
        self.additionalFileComments = additionalFileComments
    }

    /// The name the configuration file has in a target.
    public static let fileName = "konbini-rules-config.yaml"

    /// The configuration `text` of the file at `file` says, or every problem it has, each at
    /// its line and column.
    public static func parse(_ text: String, file: String) -> Result<GeneratorConfiguration, RulesDiagnostics> {
        YAMLReader.configuration(text, file: file, empty: GeneratorConfiguration()) { reader, keys, configuration in
            if let node = keys.take("accessModifier"), let name = reader.string(node, "accessModifier") {
                if let modifier = AccessModifier(rawValue: name) {
                    configuration.accessModifier = modifier
                } else {
                    reader.error("accessModifier must be one of: \(AccessModifier.allCases.map(\.rawValue).joined(separator: ", "))", at: node)
                }
            }
            if let node = keys.take("additionalImports"), let modules = reader.strings(node, "additionalImports") {
                for (module, item) in zip(modules, node.sequence ?? []) where !isModuleName(module) {
                    reader.error("'\(module)' is not a module name", at: item)
                }
                configuration.additionalImports = modules
            }
            if let node = keys.take("additionalFileComments"), let comments = reader.strings(node, "additionalFileComments") {
                for (comment, item) in zip(comments, node.sequence ?? []) where comment.contains(where: \.isNewline) {
                    reader.error("a file comment is one line", at: item)
                }
                configuration.additionalFileComments = comments
            }
        }
    }

    /// Whether `name` is a module name: identifiers joined by dots (`Foundation`,
    /// `Darwin.C`).
    private static func isModuleName(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            guard let first = part.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
            return part.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
        }
    }
}
