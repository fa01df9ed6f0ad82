import Foundation
import PackagePlugin

/// Compiles a target's `*.rules.yaml` files into Swift request types with `konbini-rulegen`,
/// at build time.
///
/// Each rules file is one command with one input and one output, so editing a rules file
/// regenerates that file's Swift only; one more command lists the target's request types in
/// `ProviderRequests`. A `konbini-rules-config.yaml` beside them sets how the Swift is
/// written (access level, imports, file comments).
@main
struct KonbiniRulesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else {
            throw KonbiniRulesPluginError(
                "target '\(target.name)' applies KonbiniRulesPlugin but is no Swift source target; apply the plugin to a library or executable target that holds the rules files")
        }
        let rules = try RulesTarget(
            name: target.name, directory: target.directoryURL, files: target.sourceFiles.map(\.url), use: "applies KonbiniRulesPlugin")
        return Self.commands(for: rules, tool: try context.tool(named: "konbini-rulegen").url, workDirectory: context.pluginWorkDirectoryURL)
    }

    static func commands(for rules: RulesTarget, tool: URL, workDirectory: URL) -> [Command] {
        rules.invocations(writingInto: workDirectory).map { invocation in
            .buildCommand(
                displayName: invocation.displayName, executable: tool, arguments: invocation.arguments,
                inputFiles: invocation.inputFiles, outputFiles: [invocation.outputFile])
        }
    }
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

extension KonbiniRulesPlugin: XcodeBuildToolPlugin {
    func createBuildCommands(context: XcodePluginContext, target: XcodeTarget) throws -> [Command] {
        let rules = try RulesTarget(
            name: target.displayName, directory: context.xcodeProject.directoryURL, files: target.inputFiles.map(\.url),
            use: "applies KonbiniRulesPlugin")
        return Self.commands(for: rules, tool: try context.tool(named: "konbini-rulegen").url, workDirectory: context.pluginWorkDirectoryURL)
    }
}
#endif
