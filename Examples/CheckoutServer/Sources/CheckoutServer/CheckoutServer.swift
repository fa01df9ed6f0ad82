import ArgumentParser
import CheckoutApp
import Logging

/// `swift run --package-path Examples/CheckoutServer CheckoutServer --port 8080`
@main
struct CheckoutServer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serves the konbini checkout page and API.")

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    func run() async throws {
        var logger = Logger(label: "CheckoutServer")
        logger.logLevel = .info
        try await CheckoutApplication.application(host: host, port: port, logger: logger).runService()
    }
}
