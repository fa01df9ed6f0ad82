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
///
/// Most formats write a finding's entry from the finding alone, but for the separator before
/// it: ``independentText(for:)`` writes that part on the thread that linted the finding,
/// while other threads lint on, and ``entry(independentText:)`` adds the separator in order.
public protocol FindingReporter: Sendable {
    /// What comes before the first entry.
    var opening: String { get }
    /// One finding, with the separator from the entry before it.
    mutating func entry(for finding: Finding) -> String
    /// What comes after the last entry.
    var closing: String { get }
    /// The finding's entry without its separator, which depends on the finding alone; `nil`
    /// (the default) for a format whose entries depend on the findings before them.
    func independentText(for finding: Finding) -> String?
    /// The entry of a finding whose ``independentText(for:)`` is `text`, with the separator
    /// from the entry before it: by default, the text itself.
    mutating func entry(independentText text: String) -> String
}

extension FindingReporter {
    public var opening: String { "" }
    public var closing: String { "" }
    public func independentText(for finding: Finding) -> String? { nil }
    public mutating func entry(independentText text: String) -> String { text }
}
