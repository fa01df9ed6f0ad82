import KonbiniPayload
import KonbiniRules

/// The JSON of response bodies, written byte by byte: a handler writes one for every request.
enum ResponseJSON {
    /// Appends an object of text members, in order, after a comma when `separated`.
    static func appendObject(_ members: [(name: StaticString, value: String)], separated: Bool, to output: inout [UInt8]) {
        if separated { output.append(UInt8(ascii: ",")) }
        output.append(UInt8(ascii: "{"))
        for (index, member) in members.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            JSONText.appendName(member.name, to: &output)
            JSONText.appendQuoted(member.value, to: &output)
        }
        output.append(UInt8(ascii: "}"))
    }

    /// The body of an accepted request (``KonbiniSubmission/responseBody(in:)``), around
    /// the request's JSON: apart from the request type, so that it is compiled once.
    static func submission(request: [UInt8], changes: [ReportedChange], warnings: [Violation], in language: MessageLanguage) -> [UInt8] {
        var body = Array(#"{"request":"#.utf8)
        body.reserveCapacity(request.count + 64 + 160 * (changes.count + warnings.count))
        body += request
        body += #","changes":["#.utf8
        for (index, change) in changes.enumerated() {
            appendObject([("pointer", change.pointer), ("before", change.before), ("after", change.after),
                          ("normalization", change.normalization)], separated: index > 0, to: &body)
        }
        body += #"],"warnings":["#.utf8
        for (index, warning) in warnings.enumerated() {
            ProblemDetails.Entry(warning, in: language).append(separated: index > 0, to: &body)
        }
        body += "]}".utf8
        return body
    }
}
