import KonbiniRules
import Testing

@Suite struct PatternTests {
    @Test(arguments: [
        ("0\\d{1,4}-?\\d{1,4}-?\\d{3,4}", "080-1111-2222", true),
        ("0\\d{1,4}-?\\d{1,4}-?\\d{3,4}", "08011112222", true),
        ("0\\d{1,4}-?\\d{1,4}-?\\d{3,4}", "080--1111-2222", false),
        ("0\\d{1,4}-?\\d{1,4}-?\\d{3,4}", "080-1111-2222x", false),
        ("[0-9a-zA-Z]{16}", "e111111111111112", true),
        ("[0-9a-zA-Z]{16}", "e11111111111111", false),
        ("src_[a-z0-9]+", "src_5babhlfyw8g7smtk44u", true),
        ("src_[a-z0-9]+", "src_", false),
        ("(ab|c)*d", "ababcd", true),
        ("(ab|c)*d", "abad", false),
        ("[^-]+", "abc", true),
        ("[^-]+", "a-c", false),
        ("a.c", "aカc", true),
        ("\\.\\*", ".*", true),
        ("(a*)*b", String(repeating: "a", count: 5_000), false),
        ("", "", true),
        ("x?", "", true),
        ("x{2,}", "xxxx", true),
        ("x{2,}", "x", false),
    ])
    func matches(_ source: String, _ text: String, _ expected: Bool) throws {
        #expect(try TextPattern(source).matches(text) == expected)
    }

    @Test(arguments: [
        ("(ab", 3, "missing ')'"),
        ("ab)", 2, "unmatched ')'"),
        ("*a", 0, "'*' has nothing to repeat"),
        ("[z-a]", 4, "range 'z-a' is backwards"),
        ("a{3,1}", 6, "{3,1} has its bounds backwards"),
        ("a{101}", 5, "counts above 100 are not supported"),
        ("[ab", 3, "missing ']'"),
        ("a\\", 2, "'\\' at the end"),
    ])
    func reportsWhereAPatternIsMalformed(_ source: String, _ offset: Int, _ reason: String) {
        #expect(throws: TextPatternError(offset: offset, reason: reason)) { try TextPattern(source) }
    }
}
