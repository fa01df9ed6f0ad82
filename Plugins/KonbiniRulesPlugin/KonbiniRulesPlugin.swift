import Foundation
import PackagePlugin

/// Compiles a target's `*.rules.yaml` files into Swift request types with `konbini-rulegen`.
///
/// Each rules file is one command with one input and one output, so editing a rules file
/// regenerates that file's Swift only; one more command lists the target's request types in
/// `ProviderRequests`. A `konbini-rules-config.yaml` beside them sets how the Swift is
/// written (access level, imports, file comments); it is an input of every command, so
/// editing it regenerates everything.
@main
struct KonbiniRulesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else {
            throw KonbiniRulesPluginError(
                "target '\(target.name)' applies KonbiniRulesPlugin but is no Swift source target; apply the plugin to a library or executable target that holds the rules files")
        }
        return try Self.commands(
            files: target.sourceFiles.map(\.url), targetName: target.name, targetDirectory: target.directoryURL,
            tool: try context.tool(named: "konbini-rulegen").url, workDirectory: context.pluginWorkDirectoryURL)
    }

    /// The commands for a target whose files are `files`.
    static func commands(files: [URL], targetName: String, targetDirectory: URL, tool: URL, workDirectory: URL) throws -> [Command] {
        let rulesFiles = files.filter { $0.lastPathComponent.hasSuffix(".rules.yaml") }.sorted { $0.path < $1.path }
        let configurations = files.filter { $0.lastPathComponent == "konbini-rules-config.yaml" }.sorted { $0.path < $1.path }
        guard configurations.count <= 1 else {
            throw KonbiniRulesPluginError(
                "target '\(targetName)' has \(configurations.count) konbini-rules-config.yaml files (\(configurations.map(\.path).joined(separator: ", "))); keep one, in the target's folder")
        }
        guard !rulesFiles.isEmpty else {
            throw KonbiniRulesPluginError(
                "target '\(targetName)' applies KonbiniRulesPlugin but holds no *.rules.yaml file; put the rules files in \(targetDirectory.path), beside at least one Swift file (SwiftPM builds no target without one)")
        }
        let configuration = configurations.first
        let options = configuration.map { ["--config", $0.path] } ?? []
        var commands: [Command] = rulesFiles.map { input in
            let name = input.lastPathComponent.replacingOccurrences(of: ".rules.yaml", with: "")
            let output = workDirectory.appending(path: "\(name).rules.swift")
            return .buildCommand(
                displayName: "Compiling rules \(input.lastPathComponent)",
                executable: tool,
                arguments: options + [input.path, output.path],
                inputFiles: [input] + (configuration.map { [$0] } ?? []),
                outputFiles: [output])
        }
        let registry = workDirectory.appending(path: "ProviderRequests.swift")
        commands.append(.buildCommand(
            displayName: "Listing the request types of \(targetName)",
            executable: tool,
            arguments: options + ["--registry", registry.path] + rulesFiles.map(\.path),
            inputFiles: rulesFiles + (configuration.map { [$0] } ?? []),
            outputFiles: [registry]))
        return commands
    }
}

/// A reason the plugin cannot compile a target's rules, saying what to change.
struct KonbiniRulesPluginError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

extension KonbiniRulesPlugin: XcodeBuildToolPlugin {
    func createBuildCommands(context: XcodePluginContext, target: XcodeTarget) throws -> [Command] {
        try Self.commands(
            files: target.inputFiles.map(\.url), targetName: target.displayName,
            targetDirectory: context.xcodeProject.directoryURL,
            tool: try context.tool(named: "konbini-rulegen").url, workDirectory: context.pluginWorkDirectoryURL)
    }
}
#endif
