import Foundation
import PackagePlugin

/// Writes the Swift of a target's rules files into the target, for teams that check the
/// generated code in or build without the build-tool plugin:
///
///     swift package --allow-writing-to-package-directory generate-konbini-rules --target Shop
///
/// The files go to `GeneratedSources/` in the target's folder, as the build-tool plugin
/// would write them, `konbini-rules-config.yaml` applied; run it again after changing a
/// rules file. Without `--target`, every target with rules files is generated.
@main
struct GenerateKonbiniRules: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let names = extractor.extractOption(named: "target")
        guard extractor.remainingArguments.isEmpty else {
            throw KonbiniRulesPluginError("unknown arguments \(extractor.remainingArguments.joined(separator: " ")); use --target NAME, once for each target")
        }
        let targets = names.isEmpty ? context.package.targets : try context.package.targets(named: names)
        let tool = try context.tool(named: "konbini-rulegen").url
        var generated = 0
        for target in targets {
            guard let target = target as? SourceModuleTarget else {
                if !names.isEmpty { throw KonbiniRulesPluginError("target '\(target.name)' is no Swift source target") }
                continue
            }
            let files = Self.files(of: target)
            // A target named on the command line must have rules; any other is skipped when it has none.
            guard !names.isEmpty || files.contains(where: { $0.lastPathComponent.hasSuffix(".rules.yaml") }) else { continue }
            let rules = try RulesTarget(name: target.name, directory: target.directoryURL, files: files, use: "was named")
            let output = target.directoryURL.appending(path: "GeneratedSources")
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            for invocation in rules.invocations(writingInto: output) {
                try Self.run(tool, invocation.arguments)
                print("Wrote \(invocation.outputFile.path)")
            }
            generated += 1
        }
        if generated == 0 {
            throw KonbiniRulesPluginError("no target of the package holds a *.rules.yaml file")
        }
    }

    /// The target's files: its sources, and the files in its folder that it excludes, as a
    /// target without the build-tool plugin excludes its rules files.
    static func files(of target: SourceModuleTarget) -> [URL] {
        var files = Set(target.sourceFiles.map(\.url.standardizedFileURL))
        if let enumerator = FileManager.default.enumerator(at: target.directoryURL, includingPropertiesForKeys: nil) {
            for case let url as URL in enumerator where url.pathExtension == "yaml" {
                files.insert(url.standardizedFileURL)
            }
        }
        return Array(files)
    }

    /// Runs `tool` with `arguments`; its diagnostics go to standard error as they come.
    static func run(_ tool: URL, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw KonbiniRulesPluginError("konbini-rulegen \(arguments.joined(separator: " ")) failed (exit status \(process.terminationStatus))")
        }
    }
}
