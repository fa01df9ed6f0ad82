import ArgumentParser
import Foundation
import KonbiniLint
import KonbiniRules

/// `konbini-lint`: checks konbini payment payloads against the providers' rules.
///
/// Exit status: 0 when no error was found (warnings allowed), 1 when one was, 2 for a usage
/// or configuration problem.
@main
struct KonbiniLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "konbini-lint",
        abstract: "Checks konbini payment payloads against the providers' rules.",
        subcommands: [LintCommand.self, TextCommand.self, RulesCommand.self],
        defaultSubcommand: LintCommand.self)

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode where exit == .failure {
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
