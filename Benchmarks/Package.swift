// swift-tools-version: 6.1
// Benchmarks for KonbiniRules, kept apart so that the package itself builds without them.
//
//     cd Benchmarks && swift package benchmark
import PackageDescription

let package = Package(
    name: "KonbiniRulesBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "KonbiniRules", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "JapaneseTextBenchmarks",
            dependencies: [
                .product(name: "JapaneseText", package: "KonbiniRules"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/JapaneseTextBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "KonbiniRulesBenchmarks",
            dependencies: [
                .product(name: "KonbiniProviders", package: "KonbiniRules"),
                .product(name: "KonbiniRulesGenerator", package: "KonbiniRules"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/KonbiniRulesBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
