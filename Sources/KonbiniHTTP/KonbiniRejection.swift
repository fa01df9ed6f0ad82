import KonbiniRules

/// Why a request body was not accepted, with the HTTP status and every violation found.
///
/// Render it with ``problemDetails(in:)`` in the language the client asked for
/// (``KonbiniRules/MessageLanguage/init(acceptLanguage:fallback:)``).
public struct KonbiniRejection: Error, Hashable, Sendable {
    /// What kind of rejection it is.
    public enum Reason: Hashable, Sendable {
        /// The `Content-Type` is neither JSON nor a form body in UTF-8 (415).
        case unsupportedMediaType
        /// The body is larger than the limit, in bytes (413).
        case bodyTooLarge(limit: Int)
        /// The body is not well-formed JSON or form data, or nests too deeply (400); the
        /// violation says where.
        case malformedBody
        /// The body was read, and the request breaks at least one rule of error severity
        /// (422).
        case invalidRequest
    }

    /// What kind of rejection it is.
    public let reason: Reason
    /// Every violation found: the syntax error of a malformed body; every error and warning
    /// of an invalid request; none for the other reasons.
    public let violations: [Violation]

    /// A rejection for `reason`, with the `violations` found.
    public init(_ reason: Reason, violations: [Violation] = []) {
        self.reason = reason
        self.violations = violations
    }

    /// The HTTP status of the response: 415, 413, 400 or 422.
    public var status: Int {
        switch reason {
        case .unsupportedMediaType: 415
        case .bodyTooLarge: 413
        case .malformedBody: 400
        case .invalidRequest: 422
        }
    }

    /// The rejection as a problem details document in `language`.
    public func problemDetails(in language: MessageLanguage) -> ProblemDetails {
        let entries = violations.map { ProblemDetails.Entry($0, in: language) }
        switch reason {
        case .unsupportedMediaType:
            return ProblemDetails(
                type: "about:blank", title: language == .japanese ? "対応していない形式です。" : "Unsupported Media Type", status: status,
                detail: language == .japanese
                    ? "application/json または application/x-www-form-urlencoded（UTF-8）で送信してください。"
                    : "Send application/json or application/x-www-form-urlencoded, in UTF-8.")
        case .bodyTooLarge(let limit):
            return ProblemDetails(
                type: "about:blank", title: language == .japanese ? "リクエストが大きすぎます。" : "Content Too Large", status: status,
                detail: language == .japanese ? "\(limit)バイト以下で送信してください。" : "The body may have at most \(limit) bytes.")
        case .malformedBody:
            return ProblemDetails(
                type: "urn:konbini-rules:problem:malformed-body",
                title: language == .japanese ? "リクエストの書式が正しくありません。" : "The request body is not well-formed.",
                status: status, detail: entries.first?.message, violations: entries)
        case .invalidRequest:
            return ProblemDetails(
                type: "urn:konbini-rules:problem:invalid-request",
                title: language == .japanese ? "入力内容に誤りがあります。" : "The request breaks the provider's rules.",
                status: status, violations: entries)
        }
    }
}
