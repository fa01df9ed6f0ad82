import Hummingbird
import KonbiniHTTP
import KonbiniHummingbird
import Logging

/// The checkout server: its page with the page's script and form schema, its API, and an
/// endpoint that only reads a body, which load tests measure the API against.
public enum CheckoutApplication {
    /// The router of every route, reading bodies with `intake`.
    public static func router(intake: KonbiniIntake = KonbiniIntake()) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/") { request, _ in
            CheckoutPage.response(CheckoutPage(language: request.messageLanguage(intake: intake)))
        }
        router.get("/checkout.js") { _, _ in
            PageAssets.response(PageAssets.script, contentType: "text/javascript; charset=utf-8")
        }
        router.get("/checkout.schema.json") { _, _ in
            PageAssets.response(PageAssets.formSchema, contentType: "application/schema+json")
        }
        router.post("/") { request, context in
            try await CheckoutPage.submit(request, context: context, intake: intake)
        }
        ProviderAPI.addRoutes(to: router, intake: intake)
        // Reads the body as the API does, and checks nothing: the baseline of the load test.
        router.post("/api/read-only") { request, context -> Response in
            let body = try await request.body.collect(upTo: min(context.maxUploadSize, intake.maximumBodySize))
            return JSONResponse.ok(Array("{\"bytes\":\(body.readableBytes)}".utf8))
        }
        // The same, on a route of the API's shape, answering with as many bytes as the API
        // answers an accepted body with (the body's and the envelope's), none of them the
        // body's: the load test's second baseline, which tells what checking costs from what
        // a longer answer costs.
        router.post("/api/read-only/:provider") { request, context -> Response in
            let body = try await request.body.collect(upTo: min(context.maxUploadSize, intake.maximumBodySize))
            var answer = ByteBuffer()
            answer.reserveCapacity(body.readableBytes + 64)
            answer.writeString(#"{"bytes":\#(body.readableBytes),"changes":[],"warnings":[],"padding":""#)
            answer.writeRepeatingByte(UInt8(ascii: " "), count: body.readableBytes)
            answer.writeString(#""}"#)
            return JSONResponse.ok(answer)
        }
        return router
    }

    /// The application listening on `host` and `port`.
    public static func application(host: String, port: Int, logger: Logger) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port)), logger: logger)
    }
}
