import Foundation
import PackagePlugin

/// Compiles `*.rules.yaml` files into Swift request types with `konbini-rulegen`.
///
/// The files are the target's own; a target with none takes the package's top-level
/// `Rules/` directory (that is how the KonbiniProviders library gets the providers' rules).
/// Each file is one command with one input and one output, so editing a rules file
/// regenerates that file's Swift only; one more command lists the target's request types
/// in `ProviderRequests`.
@main
struct KonbiniRulesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        var rulesFiles = target.sourceFiles.map(\.url).filter(Self.isRulesFile)
        if rulesFiles.isEmpty {
            rulesFiles = Self.rulesFiles(in: context.package.directoryURL.appending(path: "Rules"))
        }
        let tool = try context.tool(named: "konbini-rulegen")
        let sorted = rulesFiles.sorted { $0.path < $1.path }
        var commands: [Command] = sorted.map { input in
            let name = input.lastPathComponent.replacingOccurrences(of: ".rules.yaml", with: "")
            let output = context.pluginWorkDirectoryURL.appending(path: "\(name).rules.swift")
            return .buildCommand(
                displayName: "Compiling rules \(input.lastPathComponent)",
                executable: tool.url,
                arguments: [input.path, output.path],
                inputFiles: [input],
                outputFiles: [output])
        }
        // The list of the target's request types, ProviderRequests.
        if !sorted.isEmpty {
            let output = context.pluginWorkDirectoryURL.appending(path: "ProviderRequests.swift")
            commands.append(.buildCommand(
                displayName: "Listing the request types of \(target.name)",
                executable: tool.url,
                arguments: ["--registry", output.path] + sorted.map(\.path),
                inputFiles: sorted,
                outputFiles: [output]))
        }
        return commands
    }

    static func isRulesFile(_ url: URL) -> Bool {
        url.lastPathComponent.hasSuffix(".rules.yaml")
    }

    static func rulesFiles(in directory: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.map { directory.appending(path: $0) }.filter(isRulesFile)
    }
}
