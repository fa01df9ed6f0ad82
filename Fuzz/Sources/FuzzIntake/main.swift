// A form handler's input through KonbiniIntake: the first line is the Content-Type header,
// the second the Accept-Language header, the rest the body, read as every provider's request.
// Properties: an accepted body's response is well-formed JSON that validates to no error,
// a rejection has one of the contract's statuses and problem details, and nothing crashes.
import FuzzSupport
import KonbiniHTTP
import KonbiniPayload
import KonbiniProviders
import KonbiniRules

let now = Timestamp(iso8601: "2026-11-22T12:00:00Z")!
let intake = KonbiniIntake(maximumBodySize: 4096)

runFuzzer { data, size in
    let bytes = inputBytes(data, size)
    let lines = bytes.split(separator: 0x0A, maxSplits: 2, omittingEmptySubsequences: false)
    let contentType = lines.first.map { String(decoding: $0, as: UTF8.self) }
    let acceptLanguage = lines.count > 1 ? String(decoding: lines[1], as: UTF8.self) : nil
    let body = lines.count > 2 ? Array(lines[2]) : []
    let language = intake.language(acceptLanguage: acceptLanguage)
    for type in ProviderRequests.all {
        check(type, body: body, contentType: contentType, language: language)
    }
    return 0
}

func check<Request: PayloadCodable>(_ type: Request.Type, body: [UInt8], contentType: String?, language: MessageLanguage) {
    do {
        let submission = try intake.accept(type, body: body, contentType: contentType, now: now)
        require(!submission.request.validate(now: now).contains { $0.severity == .error }, "an accepted request breaks an error rule")
        let response = submission.responseBody(in: language)
        let document = response.withUnsafeBufferPointer { try? JSONReader().read($0) }
        require(document?.root.kind == .object, "the response is not a JSON object")
    } catch {
        require([400, 413, 415, 422].contains(error.status), "status \(error.status)")
        require(error.status == 413 || error.status == 415 || !error.violations.isEmpty, "a rejection without violations")
        let problem = error.problemDetails(in: language)
        require(problem.status == error.status && problem.violations.count == error.violations.count, "problem details differ")
    }
}
