// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "KonbiniRules",
    products: [
        .library(name: "JapaneseText", targets: ["JapaneseText"]),
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
        .testTarget(
            name: "JapaneseTextTests",
            dependencies: ["JapaneseText"]
        ),
    ]
)
