import KonbiniRulesCore

/// The generator's pipeline: parse → check → lower → render. A rules file with any
/// problem yields its diagnostics and no Swift.
public enum RulesGenerator {
    /// The Swift source for the rules file `text` at `path`.
    ///
    /// Diagnostics name the file by `path`, so that a build log or an editor finds it; the
    /// generated Swift names it by its file name alone, so that the same rules file gives
    /// byte-identical Swift wherever the package is checked out.
    public static func generate(
        _ text: String, fileName path: String, configuration: GeneratorConfiguration = GeneratorConfiguration()
    ) -> Result<String, RulesDiagnostics> {
        RulesChecker.load(text, file: path).map { swiftSource(for: $0, fileName: path, configuration: configuration) }
    }

    /// The Swift source for a rules file already loaded and checked, read from `path`.
    public static func swiftSource(
        for document: RulesDocument, fileName path: String, configuration: GeneratorConfiguration = GeneratorConfiguration()
    ) -> String {
        var lowering = RequestLowering(document: document, fileName: lastPathComponent(of: path), configuration: configuration)
        return SwiftRenderer.render(lowering.lower())
    }

    /// The JSON Schema 2020-12 document of the request of the rules file `text` at `path`,
    /// for validators in other languages, a browser's first (`Docs/JSONSchema.md`).
    public static func jsonSchema(_ text: String, fileName path: String) -> Result<String, RulesDiagnostics> {
        RulesChecker.load(text, file: path).map(jsonSchema(for:))
    }

    /// The JSON Schema document of a rules file already loaded and checked.
    public static func jsonSchema(for document: RulesDocument) -> String {
        var lowering = JSONSchemaLowering(document: document)
        return lowering.lower().rendered
    }

    /// The Swift source of `ProviderRequests`, the list of the request types of the rules
    /// files at `paths`, each given with its text. Every file's diagnostics are returned
    /// together when any has a problem.
    public static func registry(
        _ files: [(text: String, path: String)], configuration: GeneratorConfiguration = GeneratorConfiguration()
    ) -> Result<String, RulesDiagnostics> {
        load(files).map { documents in
            let requests = documents.map { (fileName: $0.fileName, requestName: $0.document.requestName) }
            return SwiftRenderer.render(RegistryLowering(requests: requests, configuration: configuration).lower())
        }
    }

    /// The comparison of the providers of `files` (``ProviderComparison``), a row a file in
    /// the given order, or every problem of every file.
    public static func comparison(_ files: [(text: String, path: String)]) -> Result<String, RulesDiagnostics> {
        load(files).map(ProviderComparison.markdown)
    }

    /// Every file's checked model with its file name, or every problem of every file.
    private static func load(_ files: [(text: String, path: String)]) -> Result<[(document: RulesDocument, fileName: String)], RulesDiagnostics> {
        var documents: [(document: RulesDocument, fileName: String)] = []
        var problems: [RulesDiagnostic] = []
        for file in files {
            switch RulesChecker.load(file.text, file: file.path) {
            case .success(let document): documents.append((document, lastPathComponent(of: file.path)))
            case .failure(let diagnostics): problems += diagnostics.diagnostics
            }
        }
        return problems.isEmpty ? .success(documents) : .failure(RulesDiagnostics(problems))
    }

    /// The part of `path` after its last `/` (or `\`, on Windows).
    static func lastPathComponent(of path: String) -> String {
        String(path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? Substring(path))
    }
}
