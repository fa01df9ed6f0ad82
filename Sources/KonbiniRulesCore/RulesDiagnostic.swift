/// A problem in a rules file, at the place that causes it.
public struct RulesDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// `file:line:column: error: message`, which `swift build` and editors show at the line.
    public var description: String { "\(location): error: \(message)" }
}

/// Every problem found in a rules file. A file with any problem produces no model, and so
/// no generated Swift.
public struct RulesDiagnostics: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [RulesDiagnostic]

    public init(_ diagnostics: [RulesDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
