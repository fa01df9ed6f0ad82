import Hummingbird
import KonbiniHTTP
import KonbiniRules

/// JSON responses of the API.
enum JSONResponse {
    static func ok(_ body: [UInt8]) -> Response {
        ok(ByteBuffer(bytes: body))
    }

    static func ok(_ body: ByteBuffer) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: body))
    }

    static func problem(_ problem: ProblemDetails, language: MessageLanguage) -> Response {
        Response(status: HTTPResponse.Status(code: problem.status),
                 headers: [.contentType: ProblemDetails.mediaType, .contentLanguage: language.rawValue],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: problem.responseBody)))
    }
}
