// swift-tools-version: 6.1
// A Hummingbird 2 checkout server: a Japanese checkout page that posts a form, and a JSON
// API for the providers' requests, both through the KonbiniHummingbird adapter.
import PackageDescription

let package = Package(
    name: "CheckoutServer",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "KonbiniRules", path: "../..", traits: ["Hummingbird"]),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "CheckoutApp",
            dependencies: [
                .product(name: "KonbiniHummingbird", package: "KonbiniRules"),
                .product(name: "KonbiniHTTP", package: "KonbiniRules"),
                .product(name: "KonbiniProviders", package: "KonbiniRules"),
                .product(name: "KonbiniPayload", package: "KonbiniRules"),
                .product(name: "KonbiniRules", package: "KonbiniRules"),
                .product(name: "JapaneseText", package: "KonbiniRules"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.copy("checkout.js"), .copy("checkout.schema.json")],
            plugins: [.plugin(name: "KonbiniRulesPlugin", package: "KonbiniRules")]
        ),
        .executableTarget(
            name: "CheckoutServer",
            dependencies: ["CheckoutApp", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "CheckoutAppTests",
            dependencies: [
                "CheckoutApp",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "KonbiniRulesGenerator", package: "KonbiniRules"),
            ]
        ),
    ]
)
