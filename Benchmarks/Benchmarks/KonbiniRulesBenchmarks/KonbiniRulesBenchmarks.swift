import Benchmark
import Foundation
import KonbiniProviders
import KonbiniRulesGenerator

/// Validating a decoded, valid Stripe request (target: under 1 µs, no allocation); a Komoju
/// konbini request, whose phone is matched against a pattern, on one thread and on two at
/// once (the same work per thread: with nothing written in common on the validation path
/// the two take about as long as the one, on a machine with two free cores); and generating
/// the Swift for every rules file in `Rules/` (target: under 200 ms).
let benchmarks: @Sendable () -> Void = {
    let request = StripeKonbiniPaymentIntent(
        amount: 1_000, currency: .jpy, paymentMethodTypes: ["konbini"],
        paymentMethodOptions: .init(konbini: .init(
            expiresAfterDays: 3, productDescription: "お買い上げ商品・サービス", confirmationNumber: "09011112222")),
        paymentMethodData: .init(type: .konbini, billingDetails: .init(name: "ヤマダ タロウ", email: "taro@example.com")))
    let now = Timestamp(secondsSince1970: 1_795_348_800)
    precondition(request.validate(now: now).isEmpty, "the benchmark request must be valid")

    Benchmark(
        "Validate a valid Stripe request",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal], timeUnits: .nanoseconds, scalingFactor: .kilo)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(request.validate(now: now))
        }
    }

    // Each thread validates a request of its own, with strings of its own, as each request
    // of a server has: the threads share the rules, not the values.
    @Sendable func komojuRequest(thread: Int) -> KomojuPayment {
        KomojuPayment(
            amount: 1_000 + thread, currency: .jpy,
            paymentDetails: .konbini(.init(email: "taro\(thread)@example.com", store: .lawson, phone: "080-1111-222\(thread)")))
    }
    precondition(komojuRequest(thread: 1).validate(now: now).isEmpty, "the benchmark request must be valid")
    let validationsPerThread = 100_000

    for threads in [1, 2] {
        Benchmark(
            "Validate a Komoju konbini request with a pattern, \(validationsPerThread) times on each of \(threads) threads",
            configuration: .init(metrics: [.wallClock, .mallocCountTotal], timeUnits: .milliseconds, maxIterations: 30)
        ) { benchmark in
            DispatchQueue.concurrentPerform(iterations: threads) { thread in
                let request = komojuRequest(thread: thread)
                for _ in 0..<validationsPerThread {
                    blackHole(request.validate(now: now))
                }
            }
        }
    }

    let rulesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Rules")
    let rulesFiles = try! FileManager.default.contentsOfDirectory(atPath: rulesDirectory.path)
        .filter { $0.hasSuffix(".rules.yaml") }.sorted()
        .map { (name: $0, text: try! String(contentsOf: rulesDirectory.appendingPathComponent($0), encoding: .utf8)) }
    precondition(!rulesFiles.isEmpty, "no rules files in \(rulesDirectory.path)")

    Benchmark(
        "Generate Swift for all of Rules/",
        configuration: .init(metrics: [.wallClock], timeUnits: .milliseconds, maxIterations: 50)
    ) { benchmark in
        for file in rulesFiles {
            blackHole(try! RulesGenerator.generate(file.text, fileName: file.name).get())
        }
    }
}
