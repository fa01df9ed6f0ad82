import Foundation
import Hummingbird

/// The page's script and the JSON Schema of its form, which the script checks the form
/// against before it is sent. The schema is exported from `checkout.rules.yaml` by
/// `konbini-rulegen --emit json-schema`, and a test fails when it is stale.
enum PageAssets {
    static let script = load("checkout", "js")
    static let formSchema = load("checkout.schema", "json")

    static func response(_ bytes: [UInt8], contentType: String) -> Response {
        Response(status: .ok, headers: [.contentType: contentType, .cacheControl: "no-cache"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    private static func load(_ name: String, _ fileExtension: String) -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: fileExtension), let data = try? Data(contentsOf: url) else {
            preconditionFailure("\(name).\(fileExtension) is missing from the target's resources")
        }
        return Array(data)
    }
}
