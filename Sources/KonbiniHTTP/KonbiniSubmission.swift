import KonbiniPayload
import KonbiniRules

/// A request body that was accepted: the request normalized and ready for the provider,
/// what normalizing changed, and the warnings it still has.
public struct KonbiniSubmission<Request: PayloadDecodable>: Sendable {
    /// One normalization of one field, as a form shows it to the customer.
    public typealias Change = ReportedChange

    /// The request with every fixable violation fixed: send this to the provider.
    public let request: Request
    /// Every change normalizing made, in order.
    public let changes: [FieldChange]
    /// The changes with the field's whole text before and after each, masked where
    /// personal data would show.
    public let changeReport: [Change]
    /// The warnings the normalized request still has (a name that slips will cut, say).
    public let warnings: [Violation]

    @usableFromInline
    init(request: Request, changes: [FieldChange], changeReport: [Change], warnings: [Violation]) {
        self.request = request
        self.changes = changes
        self.changeReport = changeReport
        self.warnings = warnings
    }
}

extension KonbiniSubmission where Request: PayloadEncodable {
    /// The response body of an accepted request, as JSON:
    /// `{"request": …, "changes": [{"pointer", "before", "after", "normalization"}], "warnings": […]}`.
    ///
    /// The request is in the provider's member names, with every field the rules file marks
    /// `sensitive`, and every text that looks like a card number, masked; warnings carry
    /// their customer messages in `language`.
    public func responseBody(in language: MessageLanguage) -> [UInt8] {
        var writer = PayloadWriter(continuing: ResponseJSON.submissionStart(changes: changeReport, warnings: warnings))
        request.write(to: &writer)
        var body = writer.takeOutput()
        ResponseJSON.appendSubmissionEnd(changes: changeReport, warnings: warnings, in: language, to: &body)
        return body.bytes
    }
}
