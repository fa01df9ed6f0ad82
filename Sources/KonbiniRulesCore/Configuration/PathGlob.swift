/// A path pattern of a configuration file: `*` matches within one path component, `**`
/// across components (`fixtures/**/*.json`), `?` one character; everything else itself.
/// Paths are relative, with `/` between components.
public struct PathGlob: Hashable, Sendable, CustomStringConvertible {
    public let description: String
    private let pattern: [Character]

    public init(_ pattern: String) {
        description = pattern
        self.pattern = Array(pattern)
    }

    /// Whether `path` matches the whole pattern.
    public func matches(_ path: String) -> Bool {
        Self.matches(pattern[...], Array(path)[...])
    }

    private static func matches(_ pattern: ArraySlice<Character>, _ path: ArraySlice<Character>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "*" {
            let crossesComponents = pattern.dropFirst().first == "*"
            let rest = pattern.dropFirst(crossesComponents ? 2 : 1)
            // `**/` also matches no component at all: `a/**/b` matches `a/b`.
            if crossesComponents, rest.first == "/", matches(rest.dropFirst(), path) { return true }
            if crossesComponents, rest.isEmpty { return true }
            var candidate = path
            while true {
                if matches(rest, candidate) { return true }
                guard let next = candidate.first, crossesComponents || next != "/" else { return false }
                candidate = candidate.dropFirst()
            }
        }
        guard let character = path.first else { return false }
        if first == "?" ? character == "/" : first != character { return false }
        return matches(pattern.dropFirst(), path.dropFirst())
    }
}
