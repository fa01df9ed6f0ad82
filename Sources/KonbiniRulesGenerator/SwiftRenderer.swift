/// The last stage: prints a ``SwiftFile`` with four-space indentation, documentation
/// comments, and a blank line between declarations, as a person would write it.
struct SwiftRenderer {
    private let access: String
    private var output = ""
    private var depth = 0

    private init(access: String) {
        self.access = access
    }

    static func render(_ file: SwiftFile) -> String {
        var renderer = SwiftRenderer(access: file.access)
        for line in file.header { renderer.emit("// " + line) }
        renderer.emit("")
        for line in file.imports { renderer.emit(line) }
        for declaration in file.declarations {
            renderer.emit("")
            renderer.render(declaration)
        }
        return renderer.output
    }

    /// Writes `code` at the current depth, each of its lines indented alike.
    private mutating func emit(_ code: String) {
        for line in code.split(separator: "\n", omittingEmptySubsequences: false) {
            output += line.isEmpty ? "\n" : String(repeating: "    ", count: depth) + line + "\n"
        }
    }

    private mutating func document(_ lines: [String]) {
        for line in lines { emit(line.isEmpty ? "///" : "/// " + line) }
    }

    private mutating func render(_ declaration: SwiftDeclaration) {
        switch declaration {
        case .structure(let name, let documentation, let conformances, let members):
            document(documentation)
            emit("\(access)struct \(name)\(Self.conformanceClause(conformances)) {")
            renderMembers(members)
            emit("}")
        case .enumeration(let name, let documentation, let conformances, let cases, let members):
            document(documentation)
            emit("\(access)enum \(name)\(Self.conformanceClause(conformances)) {")
            depth += 1
            for enumCase in cases { emit(enumCase) }
            depth -= 1
            if !members.isEmpty && !cases.isEmpty { emit("") }
            renderMembers(members)
            emit("}")
        case .extensionOf(let name, let members):
            emit("extension \(name) {")
            renderMembers(members)
            emit("}")
        case .line(let documentation, let code):
            document(documentation)
            emit(code)
        case .function(let documentation, let signature, let body):
            document(documentation)
            emit(signature + " {")
            depth += 1
            body.forEach { render($0) }
            depth -= 1
            emit("}")
        case .mark(let title):
            emit("// MARK: - \(title)")
        }
    }

    /// Members one after another; lines that stand together (stored properties, static
    /// lets) are not separated, everything else is.
    private mutating func renderMembers(_ members: [SwiftDeclaration]) {
        depth += 1
        var previous: SwiftDeclaration?
        for member in members {
            if let previous, !(Self.isOneLine(previous) && Self.isOneLine(member) && Self.documentation(of: member).isEmpty) {
                emit("")
            }
            render(member)
            previous = member
        }
        depth -= 1
    }

    private mutating func render(_ statement: SwiftStatement) {
        switch statement {
        case .line(let code):
            emit(code)
        case .block(let header, let body):
            render(opening: header + " {", body)
        case .trailingClosure(let call, let parameters, let body):
            render(opening: "\(call) { \(parameters) in", body)
        }
    }

    /// `opening`, `body` one level deeper, and the closing brace.
    private mutating func render(opening: String, _ body: [SwiftStatement]) {
        emit(opening)
        depth += 1
        body.forEach { render($0) }
        depth -= 1
        emit("}")
    }

    private static func conformanceClause(_ conformances: [String]) -> String {
        conformances.isEmpty ? "" : ": " + conformances.joined(separator: ", ")
    }

    private static func isOneLine(_ declaration: SwiftDeclaration) -> Bool {
        if case .line(_, let code) = declaration { return !code.contains("\n") }
        return false
    }

    private static func documentation(of declaration: SwiftDeclaration) -> [String] {
        if case .line(let documentation, _) = declaration { return documentation }
        return []
    }
}
