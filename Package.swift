// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "KonbiniRules",
    // Mutex (Synchronization) and String(validating:as:) first shipped in these releases; on
    // Linux the toolchain has them.
    platforms: [.macOS(.v15), .iOS(.v18), .tvOS(.v18), .watchOS(.v11), .visionOS(.v2)],
    products: [
        .library(name: "JapaneseText", targets: ["JapaneseText"]),
        .library(name: "KonbiniRules", targets: ["KonbiniRules"]),
        .library(name: "KonbiniPayload", targets: ["KonbiniPayload"]),
        .library(name: "KonbiniHTTP", targets: ["KonbiniHTTP"]),
        .library(name: "KonbiniHummingbird", targets: ["KonbiniHummingbird"]),
        .library(name: "KonbiniVapor", targets: ["KonbiniVapor"]),
        .library(name: "KonbiniRulesCore", targets: ["KonbiniRulesCore"]),
        .library(name: "KonbiniRulesGenerator", targets: ["KonbiniRulesGenerator"]),
        .library(name: "KonbiniProviders", targets: ["KonbiniProviders"]),
        .library(name: "KonbiniRulesInterpreter", targets: ["KonbiniRulesInterpreter"]),
        .library(name: "KonbiniLint", targets: ["KonbiniLint"]),
        .executable(name: "konbini-rulegen", targets: ["konbini-rulegen"]),
        .executable(name: "konbini-lint", targets: ["konbini-lint"]),
        .plugin(name: "KonbiniRulesPlugin", targets: ["KonbiniRulesPlugin"]),
        .plugin(name: "GenerateKonbiniRules", targets: ["GenerateKonbiniRules"]),
    ],
    // The framework adapters are opt-in: a package that uses only the core builds neither
    // framework (`.package(url: …, from: …, traits: ["Hummingbird"])` turns one on).
    traits: [
        .trait(name: "Hummingbird", description: "KonbiniHummingbird: request helpers and problem details for Hummingbird 2"),
        .trait(name: "Vapor", description: "KonbiniVapor: request helpers and problem details for Vapor 4"),
        .default(enabledTraits: []),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation`, for the DocC catalogs.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/vapor", from: "4.122.3"),
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
        // The runtime that form handlers import: requests, violations, messages, JSON Pointers,
        // clocks and the checks.
        .target(
            name: "KonbiniRules",
            dependencies: ["JapaneseText"]
        ),
        // Reading untyped payloads (JSON, NDJSON records, form bodies) into requests, with a
        // violation at its JSON Pointer for each value of the wrong type.
        .target(
            name: "KonbiniPayload",
            dependencies: ["KonbiniRules", "JapaneseText"]
        ),
        // What a form handler needs around a request type, in no framework's terms: reading a
        // body by its content type within a size limit, problem details, Accept-Language.
        .target(
            name: "KonbiniHTTP",
            dependencies: ["KonbiniPayload", "KonbiniRules", "JapaneseText"]
        ),
        // The adapters: empty modules unless their trait is enabled.
        .target(
            name: "KonbiniHummingbird",
            dependencies: [
                "KonbiniHTTP", "KonbiniPayload", "KonbiniRules",
                .product(name: "Hummingbird", package: "hummingbird", condition: .when(traits: ["Hummingbird"])),
            ]
        ),
        .target(
            name: "KonbiniVapor",
            dependencies: [
                "KonbiniHTTP", "KonbiniPayload", "KonbiniRules",
                .product(name: "Vapor", package: "vapor", condition: .when(traits: ["Vapor"])),
            ]
        ),
        // The rules language: YAML → checked model, every error with its line and column.
        .target(
            name: "KonbiniRulesCore",
            dependencies: ["KonbiniRules", "JapaneseText", .product(name: "Yams", package: "Yams")]
        ),
        // Lowering a checked model to Swift, and rendering it.
        .target(
            name: "KonbiniRulesGenerator",
            dependencies: ["KonbiniRulesCore", "KonbiniPayload", "JapaneseText"]
        ),
        // The thin executable the build-tool plugin runs.
        .executableTarget(
            name: "konbini-rulegen",
            dependencies: ["KonbiniRulesGenerator", "KonbiniRulesCore"]
        ),
        .plugin(
            name: "KonbiniRulesPlugin",
            capability: .buildTool(),
            dependencies: ["konbini-rulegen"]
        ),
        // `swift package generate-konbini-rules --target NAME`: the same Swift, written into the
        // target for teams that check it in.
        .plugin(
            name: "GenerateKonbiniRules",
            capability: .command(
                intent: .custom(verb: "generate-konbini-rules", description: "Write the Swift of a target's rules files into GeneratedSources/"),
                permissions: [.writeToPackageDirectory(reason: "Writes the Swift of the target's rules files into its GeneratedSources folder")]
            ),
            dependencies: ["konbini-rulegen"]
        ),
        // The request types of the providers' rules in Rules/, generated by the plugin.
        .target(
            name: "KonbiniProviders",
            dependencies: ["KonbiniRules", "KonbiniPayload", "JapaneseText"],
            plugins: ["KonbiniRulesPlugin"]
        ),
        // Checking payloads against a rules file loaded at run time.
        .target(
            name: "KonbiniRulesInterpreter",
            dependencies: ["KonbiniRulesCore", "KonbiniRules", "KonbiniPayload", "JapaneseText"]
        ),
        // Linting payload files: readers, provider recognition, findings and their formats.
        .target(
            name: "KonbiniLint",
            dependencies: ["KonbiniProviders", "KonbiniPayload", "KonbiniRulesInterpreter", "KonbiniRulesCore"]
        ),
        // The command-line linter, thin over KonbiniLint.
        .executableTarget(
            name: "konbini-lint",
            dependencies: ["KonbiniLint", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // What the tests share: a seeded random generator, and when a test may be skipped.
        .target(
            name: "TestSupport",
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "KonbiniLintTests",
            dependencies: ["KonbiniLint", "KonbiniProviders", "KonbiniRulesInterpreter", "KonbiniRulesCore", "TestSupport"]
        ),
        // Runs the built konbini-lint: options, formats, exit statuses.
        .testTarget(
            name: "KonbiniLintCommandTests",
            dependencies: ["konbini-lint"]
        ),
        .testTarget(
            name: "KonbiniProvidersTests",
            dependencies: ["KonbiniProviders", "KonbiniRulesInterpreter", "KonbiniRulesCore", "TestSupport"],
            exclude: ["Conformance"]
        ),
        // Golden/shop.swift, the pinned generated code, is compiled with these tests.
        .testTarget(
            name: "KonbiniRulesGeneratorTests",
            dependencies: ["KonbiniRulesGenerator", "KonbiniRules", "KonbiniPayload", "KonbiniRulesInterpreter", "JapaneseText", "TestSupport"],
            exclude: ["Golden/shop.rules.yaml", "Golden/shop.schema.json"]
        ),
        .testTarget(
            name: "KonbiniRulesTests",
            dependencies: ["KonbiniRules", "TestSupport"]
        ),
        .testTarget(
            name: "KonbiniPayloadTests",
            dependencies: ["KonbiniPayload", "KonbiniRules", "TestSupport"]
        ),
        .testTarget(
            name: "KonbiniHTTPTests",
            dependencies: ["KonbiniHTTP", "KonbiniProviders", "KonbiniPayload", "KonbiniRules"]
        ),
        // Run with `swift test --traits Hummingbird,Vapor`; empty otherwise.
        .testTarget(
            name: "KonbiniAdapterTests",
            dependencies: [
                "KonbiniHummingbird", "KonbiniVapor", "KonbiniProviders",
                .product(name: "HummingbirdTesting", package: "hummingbird", condition: .when(traits: ["Hummingbird"])),
                .product(name: "VaporTesting", package: "vapor", condition: .when(traits: ["Vapor"])),
            ]
        ),
        .testTarget(
            name: "KonbiniRulesCoreTests",
            dependencies: ["KonbiniRulesCore"]
        ),
        .testTarget(
            name: "JapaneseTextTests",
            dependencies: ["JapaneseText", "TestSupport"]
        ),
    ]
)
