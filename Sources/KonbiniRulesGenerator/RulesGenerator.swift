import KonbiniRulesCore

/// The generator's pipeline: parse → check → lower → render. A rules file with any
/// problem yields its diagnostics and no Swift.
public enum RulesGenerator {
    /// The Swift source for the rules file `text`, named `fileName` in diagnostics and in
    /// the generated header.
    public static func generate(_ text: String, fileName: String) -> Result<String, RulesDiagnostics> {
        RulesChecker.load(text, file: fileName).map { swiftSource(for: $0, fileName: fileName) }
    }

    /// The Swift source for a rules file already loaded and checked.
    public static func swiftSource(for document: RulesDocument, fileName: String) -> String {
        var lowering = RequestLowering(document: document, fileName: fileName)
        return SwiftRenderer.render(lowering.lower())
    }
}
