import KonbiniRules

/// One thing the linter reports: a broken rule, a syntax error, a duplicate key or a payload
/// it cannot place, with where it is in which file.
public struct Finding: Hashable, Sendable {
    /// The rule id: a provider rule's id, a payload rule's (`payload.json.syntax`,
    /// `payload.duplicate_key`; `PayloadRules`), or `provider` or `io`.
    public let rule: String
    /// The rule's severity, or the one a configuration gives it.
    public var severity: Severity
    /// Where the offending value is (RFC 6901); the whole payload for syntax errors.
    public let path: JSONPointer
    public let message: RuleMessage
    /// The document of the rule, when it has one.
    public let source: String?
    public let file: String
    /// 1-based line and column (for NDJSON, the record's line).
    public let line: Int
    public let column: Int
    /// The offending value, only when asked for (`--show-values`), masked for card numbers
    /// and fields marked sensitive.
    public let value: String?
    /// Which record of an NDJSON or form file the finding is in, by the record's content
    /// (``RecordIdentity``) rather than its line, so that a baseline outlives lines added
    /// or moved around it; `nil` in a file of one JSON document, and unless the linter
    /// identifies records (``Linter/identifiesRecords``).
    public var record: RecordIdentity?

    public init(
        rule: String, severity: Severity, path: JSONPointer, message: RuleMessage, source: String?,
        file: String, line: Int, column: Int, value: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.path = path
        self.message = message
        self.source = source
        self.file = file
        self.line = line
        self.column = column
        self.value = value
    }
}

/// The rule ids of findings that neither a rules file nor `PayloadRules` defines.
public enum LintRule {
    public static let provider = "provider"
    public static let io = "io"
}
