import KonbiniRules

/// Writes findings in one output format as they come, so that a linter run holds no more
/// findings in memory than one batch: the output is ``opening``, an ``entry(for:)`` for
/// each finding, then ``closing``. ``OutputFormat/reporter(language:colour:)`` makes the
/// reporter of a format.
///
/// Every format's whole output is a valid document of that format; JSON and SARIF put the
/// separators between entries themselves. Whatever a finding holds, no entry holds a
/// control or bidirectional formatting character (`OutputEscaping`), and a text or GitHub
/// entry is one line.
public protocol FindingReporter {
    /// What comes before the first entry.
    var opening: String { get }
    /// One finding, with the separator from the entry before it.
    mutating func entry(for finding: Finding) -> String
    /// What comes after the last entry.
    var closing: String { get }
}

extension FindingReporter {
    public var opening: String { "" }
    public var closing: String { "" }
}
