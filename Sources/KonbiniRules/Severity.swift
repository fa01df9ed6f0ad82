/// How serious a violation is: an error is a request the provider rejects; a warning is
/// one it accepts but changes or may reject (a name it will truncate, an expiry past a
/// store's limit).
public enum Severity: String, Hashable, Sendable, CaseIterable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}
