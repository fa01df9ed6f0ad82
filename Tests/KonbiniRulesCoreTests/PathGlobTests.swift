import KonbiniRulesCore
import Testing

@Suite struct PathGlobTests {
    @Test(arguments: [
        ("*.json", "a.json", true), ("*.json", "a/b.json", false), ("*.json", "a.jsonl", false),
        ("**", "a/b/c.form", true), ("legacy/**", "legacy/old.json", true), ("legacy/**", "legacy", false),
        ("legacy/**", "legacyold.json", false), ("a/**/b.json", "a/b.json", true), ("a/**/b.json", "a/x/y/b.json", true),
        ("a/**/b.json", "a/x/c.json", false), ("**/*.ndjson", "x.ndjson", true), ("**/*.ndjson", "d/e/x.ndjson", true),
        ("fixture?.json", "fixture1.json", true), ("fixture?.json", "fixture/.json", false), ("a/*/c", "a/b/c", true),
        ("a/*/c", "a/b/x/c", false), ("exact.json", "exact.json", true), ("exact.json", "exact.json.bak", false),
    ])
    func matchesWholePaths(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(PathGlob(pattern).matches(path) == expected)
    }
}
