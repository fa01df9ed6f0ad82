// swift-tools-version: 6.1
// libFuzzer targets for KonbiniRules, kept apart so that the package itself builds without
// the fuzzer's flags. Build and run (see Docs/Fuzzing.md):
//
//     swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
//     .build/release/FuzzPayloadJSON -max_total_time=60 Corpus/FuzzPayloadJSON
import PackageDescription

let fuzzTargets: [(name: String, dependencies: [String])] = [
    ("FuzzPayloadJSON", ["KonbiniLint", "KonbiniPayload", "KonbiniRules"]),
    ("FuzzPayloadForm", ["KonbiniLint", "KonbiniPayload", "KonbiniRules"]),
    ("FuzzRulesFile", ["KonbiniPayload", "KonbiniRules", "KonbiniRulesCore", "KonbiniRulesGenerator", "KonbiniRulesInterpreter"]),
    ("FuzzJapaneseText", ["JapaneseText"]),
    ("FuzzIntake", ["KonbiniHTTP", "KonbiniPayload", "KonbiniProviders", "KonbiniRules"]),
]

let package = Package(
    name: "KonbiniRulesFuzz",
    dependencies: [.package(name: "KonbiniRules", path: "..")],
    targets: [
        // Declares libFuzzer's driver, which -sanitize=fuzzer links.
        .target(name: "CLibFuzzer"),
        // The driver, the property check, and the properties the payload targets share.
        .target(
            name: "FuzzSupport",
            dependencies: [
                "CLibFuzzer",
                .product(name: "KonbiniLint", package: "KonbiniRules"),
                .product(name: "KonbiniPayload", package: "KonbiniRules"),
                .product(name: "KonbiniProviders", package: "KonbiniRules"),
                .product(name: "KonbiniRulesCore", package: "KonbiniRules"),
                .product(name: "KonbiniRulesInterpreter", package: "KonbiniRules"),
            ]
        ),
    ] + fuzzTargets.map { target in
        .executableTarget(
            name: target.name,
            dependencies: ["FuzzSupport"] + target.dependencies.map { .product(name: $0, package: "KonbiniRules") }
        )
    }
)
