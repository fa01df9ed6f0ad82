// swift-tools-version: 6.1
// A shop's checkout that applies KonbiniRulesPlugin to a rules file of its own: it takes
// konbini payments for orders of at most ¥100,000, below every provider's own maximum.
import PackageDescription

let package = Package(
    name: "ShopCheckout",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "KonbiniRules", path: "../.."),
    ],
    targets: [
        .target(
            name: "ShopCheckout",
            dependencies: [
                .product(name: "KonbiniRules", package: "KonbiniRules"),
                .product(name: "KonbiniPayload", package: "KonbiniRules"),
                .product(name: "JapaneseText", package: "KonbiniRules"),
            ],
            plugins: [.plugin(name: "KonbiniRulesPlugin", package: "KonbiniRules")]
        ),
        .testTarget(name: "ShopCheckoutTests", dependencies: ["ShopCheckout"]),
    ]
)
