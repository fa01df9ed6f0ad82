/// The Swift that lowering produces and rendering prints: declarations with their
/// documentation, and function bodies as nested blocks of lines.
indirect enum SwiftDeclaration: Equatable {
    /// `public struct Name: Conformances { members }`
    case structure(name: String, documentation: [String], conformances: [String], members: [SwiftDeclaration])
    /// `public enum Name: Conformances { cases; members }`; a case is written as given
    /// (`case jpy`, `case konbini(Konbini)`).
    case enumeration(name: String, documentation: [String], conformances: [String], cases: [String], members: [SwiftDeclaration])
    /// `extension Name { members }`
    case extensionOf(name: String, members: [SwiftDeclaration])
    /// One line, such as a stored property or a `static let`.
    case line(documentation: [String], code: String)
    /// A function or initializer: its signature and its body.
    case function(documentation: [String], signature: String, body: [SwiftStatement])
    /// `// MARK: - title`
    case mark(String)
}

/// A statement of a function body.
indirect enum SwiftStatement: Equatable {
    case line(String)
    /// `header {` body `}`.
    case block(header: String, body: [SwiftStatement])
    /// `call { parameters in` body `}`.
    case trailingClosure(call: String, parameters: String, body: [SwiftStatement])
}

/// A whole generated file.
struct SwiftFile: Equatable {
    var header: [String]
    /// Whole import declarations, SPI attributes included.
    var imports: [String]
    /// The access keyword of the file's types, and a space; nothing for `internal`.
    var access: String = "public "
    var declarations: [SwiftDeclaration]
}
