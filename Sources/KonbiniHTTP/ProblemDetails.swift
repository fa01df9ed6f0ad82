import KonbiniPayload
import KonbiniRules

/// An error response as RFC 9457 problem details (`application/problem+json`), with every
/// violation of the request under `violations`.
///
/// ```json
/// {"type": "urn:konbini-rules:problem:invalid-request", "title": "入力内容に誤りがあります。", "status": 422,
///  "violations": [{"pointer": "/amount", "rule": "stripe.konbini.amount.range",
///                  "severity": "error", "message": "コンビニ決済の金額は120円以上300000円以下にしてください。"}]}
/// ```
///
/// Messages are the violations' customer messages, which name fields by their labels and
/// never hold a value, so a card number or a name never reaches a response.
public struct ProblemDetails: Hashable, Sendable, Codable {
    /// The media type of a problem details document.
    public static let mediaType = "application/problem+json"

    /// One violation as a problem details document lists it.
    public struct Entry: Hashable, Sendable, Codable {
        /// Where the offending value is, as an RFC 6901 JSON Pointer.
        public var pointer: String
        /// The id of the rule broken.
        public var rule: String
        /// `error` or `warning`.
        public var severity: String
        /// The rule's message for a customer, in the response's language.
        public var message: String

        /// `violation` as a customer reads it in `language`.
        public init(_ violation: Violation, in language: MessageLanguage) {
            pointer = violation.path.encoded
            rule = violation.ruleID
            severity = violation.severity.rawValue
            message = violation.customerMessage.text(in: language)
        }
    }

    /// A URI naming the kind of problem.
    public var type: String
    /// A short summary of the kind of problem, in the response's language.
    public var title: String
    /// The HTTP status code.
    public var status: Int
    /// What went wrong in this request, when there is more to say than the title.
    public var detail: String?
    /// Every violation, errors and warnings, in the order they were found.
    public var violations: [Entry]

    /// A document of the problem `type`, summarised by `title`, for a response of `status`.
    public init(type: String, title: String, status: Int, detail: String? = nil, violations: [Entry] = []) {
        self.type = type
        self.title = title
        self.status = status
        self.detail = detail
        self.violations = violations
    }
}

extension ProblemDetails {
    /// The document as a response body, JSON in UTF-8, with the members in the order above
    /// (`detail` left out when there is none); `JSONDecoder` reads it back.
    public var responseBody: [UInt8] {
        var body = JSONOutput(capacity: 256 + 160 * violations.count)
        body.append(#"{"type":"#)
        JSONText.appendQuoted(type, to: &body)
        body.append(#","title":"#)
        JSONText.appendQuoted(title, to: &body)
        body.append(#","status":"#)
        body.append(decimal: status)
        if let detail {
            body.append(#","detail":"#)
            JSONText.appendQuoted(detail, to: &body)
        }
        body.append(#","violations":["#)
        for (index, entry) in violations.enumerated() {
            entry.append(separated: index > 0, to: &body)
        }
        body.append("]}")
        return body.bytes
    }
}

extension ProblemDetails.Entry {
    /// Appends the entry as a JSON object, after a comma when `separated`.
    func append(separated: Bool, to output: inout JSONOutput) {
        ResponseJSON.appendObject([("pointer", pointer), ("rule", rule), ("severity", severity), ("message", message)],
                                  separated: separated, to: &output)
    }
}
