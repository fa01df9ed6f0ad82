import KonbiniPayload
import KonbiniRules

/// The JSON of response bodies, written byte by byte: a handler writes one for every request.
enum ResponseJSON {
    /// Appends an object of text members, in order, after a comma when `separated`.
    static func appendObject(_ members: [(name: StaticString, value: String)], separated: Bool, to output: inout JSONOutput) {
        if separated { output.append(UInt8(ascii: ",")) }
        output.append(UInt8(ascii: "{"))
        for (index, member) in members.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            JSONText.appendName(member.name, to: &output)
            JSONText.appendQuoted(member.value, to: &output)
        }
        output.append(UInt8(ascii: "}"))
    }

    /// The start of an accepted request's body (``KonbiniSubmission/responseBody(in:)``),
    /// which the request's JSON follows, in a buffer with room for the rest.
    static func submissionStart(changes: [ReportedChange], warnings: [Violation]) -> JSONOutput {
        var body = JSONOutput(capacity: 512 + 160 * (changes.count + warnings.count))
        body.append(#"{"request":"#)
        return body
    }

    /// The end of an accepted request's body, after the request's JSON: apart from the
    /// request type, so that it is compiled once.
    static func appendSubmissionEnd(
        changes: [ReportedChange], warnings: [Violation], in language: MessageLanguage, to body: inout JSONOutput
    ) {
        body.append(#","changes":["#)
        for (index, change) in changes.enumerated() {
            appendObject([("pointer", change.pointer), ("before", change.before), ("after", change.after),
                          ("normalization", change.normalization)], separated: index > 0, to: &body)
        }
        body.append(#"],"warnings":["#)
        for (index, warning) in warnings.enumerated() {
            ProblemDetails.Entry(warning, in: language).append(separated: index > 0, to: &body)
        }
        body.append("]}")
    }
}
