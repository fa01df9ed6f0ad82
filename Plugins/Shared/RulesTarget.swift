import Foundation

/// A target's rules files and configuration, as both plugins find them, and the runs of
/// `konbini-rulegen` that compile them. (This file is linked into each plugin's folder:
/// plugins cannot share a library.)
struct RulesTarget {
    /// One run of `konbini-rulegen`.
    struct Invocation {
        let displayName: String
        let arguments: [String]
        let inputFiles: [URL]
        let outputFile: URL
    }

    let name: String
    /// The `*.rules.yaml` files, in path order.
    let rulesFiles: [URL]
    /// The target's `konbini-rules-config.yaml`, if it has one.
    let configuration: URL?

    /// The rules of the target `name` in `directory`, whose files are `files`; `use` says
    /// how the target came to be compiled (`applies KonbiniRulesPlugin`), for the errors.
    /// - Throws: ``KonbiniRulesPluginError`` when the target has no rules file or more than
    ///   one configuration, saying what to change.
    init(name: String, directory: URL, files: [URL], use: String) throws {
        self.name = name
        rulesFiles = files.filter { $0.lastPathComponent.hasSuffix(".rules.yaml") }.sorted { $0.path < $1.path }
        let configurations = files.filter { $0.lastPathComponent == "konbini-rules-config.yaml" }.sorted { $0.path < $1.path }
        guard configurations.count <= 1 else {
            throw KonbiniRulesPluginError(
                "target '\(name)' has \(configurations.count) konbini-rules-config.yaml files (\(configurations.map(\.path).joined(separator: ", "))); keep one, in the target's folder")
        }
        guard !rulesFiles.isEmpty else {
            throw KonbiniRulesPluginError(
                "target '\(name)' \(use) but holds no *.rules.yaml file; put the rules files in \(directory.path), beside at least one Swift file (SwiftPM builds no target without one)")
        }
        configuration = configurations.first
    }

    /// A run for each rules file, writing `NAME.rules.swift` into `outputDirectory`, and one
    /// listing the request types in `ProviderRequests.swift`. The configuration is an input
    /// of each, so that editing it regenerates everything.
    func invocations(writingInto outputDirectory: URL) -> [Invocation] {
        let options = configuration.map { ["--config", $0.path] } ?? []
        let configurationInput = configuration.map { [$0] } ?? []
        let files = rulesFiles.map { input in
            let name = input.lastPathComponent.replacingOccurrences(of: ".rules.yaml", with: "")
            let output = outputDirectory.appending(path: "\(name).rules.swift")
            return Invocation(
                displayName: "Compiling rules \(input.lastPathComponent)", arguments: options + [input.path, output.path],
                inputFiles: [input] + configurationInput, outputFile: output)
        }
        let registry = outputDirectory.appending(path: "ProviderRequests.swift")
        return files + [Invocation(
            displayName: "Listing the request types of \(name)", arguments: options + ["--registry", registry.path] + rulesFiles.map(\.path),
            inputFiles: rulesFiles + configurationInput, outputFile: registry)]
    }
}

/// A reason a plugin cannot compile a target's rules, saying what to change.
struct KonbiniRulesPluginError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
