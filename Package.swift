// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "KonbiniRules",
    products: [
        .library(name: "JapaneseText", targets: ["JapaneseText"]),
        .library(name: "KonbiniRules", targets: ["KonbiniRules"]),
        .library(name: "KonbiniRulesCore", targets: ["KonbiniRulesCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // ICU as the system provides it. Only the C bridge below includes its headers:
        // Foundation on Linux carries its own ICU, and Swift files that saw both would not compile.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // Plain-C surface over ICU (converters, transliterators, normalizer2) and the
        // precomputed character-set bitmaps.
        .target(
            name: "CJapaneseText",
            dependencies: ["CICU"]
        ),
        .target(
            name: "JapaneseText",
            dependencies: ["CJapaneseText"]
        ),
        // Regenerates Sources/CJapaneseText/charset_tables.c from ICU's converters.
        .executableTarget(
            name: "generate-charset-tables",
            dependencies: ["JapaneseText"]
        ),
        // The runtime that form handlers import: violations, messages, patterns.
        .target(
            name: "KonbiniRules",
            dependencies: ["JapaneseText"]
        ),
        // The rules language: YAML → checked model, every error with its line and column.
        .target(
            name: "KonbiniRulesCore",
            dependencies: ["KonbiniRules", "JapaneseText", .product(name: "Yams", package: "Yams")]
        ),
        .testTarget(
            name: "KonbiniRulesTests",
            dependencies: ["KonbiniRules"]
        ),
        .testTarget(
            name: "KonbiniRulesCoreTests",
            dependencies: ["KonbiniRulesCore"]
        ),
        .testTarget(
            name: "JapaneseTextTests",
            dependencies: ["JapaneseText"]
        ),
    ]
)
