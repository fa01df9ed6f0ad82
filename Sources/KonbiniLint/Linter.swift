import KonbiniPayload
import KonbiniProviders
import KonbiniRulesInterpreter

/// Lints payload bytes: reads each payload, recognises its provider (or uses the one given),
/// and reports every syntax error, duplicate key and broken rule as a ``Finding``.
public struct Linter: Sendable {
    /// The provider to check against; `nil` recognises each payload by its shape.
    public var provider: Provider?
    /// A rules file loaded at run time; when set, every payload is checked against it alone.
    public var rules: RulesInterpreter?
    /// The moment expiry rules measure from.
    public var now: Timestamp
    /// How deeply JSON may nest.
    public var maximumDepth: Int
    /// Whether findings carry the offending values. Off by default: names, e-mail addresses
    /// and phone numbers are personal data that would end up in CI logs.
    public var showsValues: Bool
    /// Whether findings in NDJSON and form files name their record (``Finding/record``), as
    /// a baseline needs; off by default, so that a run without one hashes no record.
    public var identifiesRecords = false

    public init(provider: Provider?, now: Timestamp, maximumDepth: Int = 512, showsValues: Bool = false) {
        self.provider = provider
        self.now = now
        self.maximumDepth = maximumDepth
        self.showsValues = showsValues
    }

    /// Every finding in `bytes`, a file named `file` in `format`.
    public func lint(_ bytes: [UInt8], format: PayloadFormat, file: String) -> [Finding] {
        var findings: [Finding] = []
        switch format {
        case .json:
            lintRecord(bytes[...], format: .json, file: file, line: 1, into: &findings)
        case .ndjson, .form:
            let (end, line) = lintLines(bytes[...], format: format, file: file, firstLine: 1, into: &findings)
            lintLine(bytes[end...], format: format, file: file, line: line, into: &findings)
        }
        return findings
    }

    /// Appends the findings of one payload starting at `line` to `findings`: a file's
    /// findings are gathered in place, not copied from an array of each payload's.
    func lintRecord(_ bytes: ArraySlice<UInt8>, format: PayloadFormat, file: String, line: Int, into findings: inout [Finding]) {
        let document: PayloadDocument
        do throws(PayloadSyntaxError) {
            let reader = JSONReader(maximumDepth: maximumDepth, firstLine: line)
            document = format == .form
                ? try FormReader(line: line).read(Array(bytes))
                : try bytes.withUnsafeBufferPointer { (buffer) throws(PayloadSyntaxError) in try reader.read(buffer) }
        } catch {
            findings.append(finding(for: error.violation(isForm: format == .form), file: file, at: error.position))
            return
        }
        if !document.duplicateKeys.isEmpty {
            for (duplicate, violation) in zip(document.duplicateKeys, document.duplicateKeyViolations) {
                findings.append(finding(for: violation, file: file, at: duplicate.position))
            }
        }
        let root = document.root
        if let rules {
            for violation in rules.check(root, now: now) {
                findings.append(finding(for: violation, in: root, sensitive: rules.sensitiveFields, file: file, line: line))
            }
            return
        }
        let chosen: Provider
        switch provider.map(Provider.Recognition.recognised) ?? Provider.recognise(root) {
        case .recognised(let provider):
            chosen = provider
        case .unknown:
            findings.append(unrecognised(root, reason: "does not look like a request of any provider", options: Provider.allCases,
                                         file: file, line: line))
            return
        case .ambiguous(let providers):
            findings.append(unrecognised(root, reason: "looks like a request of several providers", options: providers,
                                         file: file, line: line))
            return
        }
        let requestType = chosen.requestType(for: root)
        for violation in requestType.check(root, now: now) {
            findings.append(finding(for: violation, in: root, sensitive: requestType.sensitiveFields, file: file, line: line))
        }
    }

    /// The request type `root` is checked as: the given provider's, else the one its shape
    /// names; `nil` when its shape names none or several.
    func requestType(for root: PayloadNode) -> (any PayloadDecodable.Type)? {
        guard case .recognised(let chosen) = provider.map(Provider.Recognition.recognised) ?? Provider.recognise(root) else { return nil }
        return chosen.requestType(for: root)
    }

    /// The finding for a payload whose provider the linter cannot tell.
    func unrecognised(_ root: PayloadNode, reason: String, options: [Provider], file: String, line: Int) -> Finding {
        let options = options.map(\.rawValue).joined(separator: ", ")
        let position = root.position ?? SourcePosition(line: line, column: 1)
        return Finding(rule: LintRule.provider, severity: .error, path: .root,
                       message: RuleMessage(english: "The payload \(reason); pass --provider with one of: \(options).",
                                        japanese: "プロバイダーを判別できません。--provider で次のいずれかを指定してください：\(options)"),
                       source: nil, file: file, line: position.line, column: position.column)
    }

    /// The finding of a violation the reader found at `position`, before any rules file.
    func finding(for violation: Violation, file: String, at position: SourcePosition) -> Finding {
        Finding(rule: violation.ruleID, severity: violation.severity, path: violation.path, message: violation.message,
                source: violation.rule.source, file: file, line: position.line, column: position.column)
    }

    func finding(for violation: Violation, in root: PayloadNode, sensitive: Set<JSONPointer>, file: String, line: Int) -> Finding {
        let position = Self.position(of: violation.path, in: root) ?? SourcePosition(line: line, column: 1)
        let value = showsValues
            ? root.resolve(violation.path).flatMap { ValueDisplay.text(of: $0, sensitive: sensitive.contains(violation.path)) }
            : nil
        return Finding(rule: violation.ruleID, severity: violation.severity, path: violation.path,
                       message: violation.message, source: violation.rule.source,
                       file: file, line: position.line, column: position.column, value: value)
    }

    /// Where the value at `path` stands, or, for a missing value, where its nearest
    /// present parent does.
    static func position(of path: JSONPointer, in root: PayloadNode) -> SourcePosition? {
        var node = root
        var position = root.position
        for token in path.tokens {
            guard let next = node.child(token) else { break }
            node = next
            position = next.position ?? position
        }
        return position
    }
}
