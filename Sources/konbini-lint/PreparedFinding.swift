import KonbiniLint

/// A finding as the configuration leaves it, with the text of its entry that depends on it
/// alone (``FindingReporter/independentText(for:)``), if the format has one.
struct PreparedFinding: Sendable {
    let finding: Finding
    let text: String?
}
