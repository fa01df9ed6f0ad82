import KonbiniLint
import KonbiniPayload
import KonbiniRules

/// The properties every payload input must keep, whatever its bytes.
public enum PayloadProperties {
    /// 2026-11-22T12:00:00Z, the moment the conformance corpus is checked at.
    public static let now = Timestamp(secondsSince1970: 1_795_348_800)

    /// Lints `bytes` as `format`, recognising the provider and then with each provider
    /// given: every finding has a position inside the input.
    public static func lintEveryWay(_ bytes: [UInt8], format: PayloadFormat) -> [Finding] {
        let lineCount = bytes.count { $0 == 0x0A } + 1
        var recognised: [Finding] = []
        for provider in [nil] + Provider.allCases.map(Optional.some) {
            let findings = Linter(provider: provider, now: now).lint(bytes, format: format, file: "input")
            for finding in findings {
                require(finding.line >= 1 && finding.line <= lineCount && finding.column >= 1,
                        "\(finding.rule) at \(finding.line):\(finding.column) of \(lineCount) lines")
            }
            if provider == nil { recognised = findings }
        }
        return recognised
    }

    /// For a payload that reads: the generated validators and the interpreter agree on it,
    /// and every violation's path leads to a value, or, for a missing one, to its parent.
    public static func checkEveryRequestType(_ payload: PayloadNode) {
        for rules in ProviderRules.all {
            let generated = rules.requestType.check(payload, now: now)
            let interpreted = rules.interpreter.check(payload, now: now)
            require(generated == interpreted, "\(rules.requestType): generated \(generated), interpreted \(interpreted)")
            for violation in generated {
                let tokens = violation.path.tokens
                let parent = JSONPointer(tokens: tokens.dropLast())
                require(payload.resolve(violation.path) != nil || payload.resolve(parent) != nil,
                        "\(rules.requestType): \(violation) points nowhere in the payload")
            }
        }
    }
}
