import ArgumentParser
import Foundation
import KonbiniLint
import KonbiniPayload
import KonbiniRules
import KonbiniRulesCore

/// The configuration a lint run follows (`.konbini-lint.yaml` or `--config`), with the
/// folder its paths are relative to; an empty one when there is no file.
struct LintSettings {
    let configuration: LintConfiguration
    /// The configuration file's folder, absolute, ending in `/`.
    let folder: String
    /// The working directory, which relative input paths start from.
    let working: String

    var format: String? { configuration.format }
    var language: String? { configuration.language }

    /// The settings of the file at `path`, or of the first `.konbini-lint.yaml` in the
    /// working directory or a folder above it; a file with errors is a configuration problem
    /// (exit status 2), reported at its lines and columns.
    static func load(_ path: String?) throws -> LintSettings {
        let working = FileManager.default.currentDirectoryPath
        guard let file = path.map({ absolute($0, in: working) }) ?? found(from: working) else {
            return LintSettings(configuration: LintConfiguration(), folder: working + "/", working: working)
        }
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("cannot read the configuration \(OutputEscaping.escaped(file))")
        }
        let parsed = LintConfiguration.parse(
            text, file: path ?? file, providers: Provider.allCases.map(\.rawValue),
            languages: MessageLanguage.allCases.map(\.rawValue), formats: OutputFormat.allCases.map(\.rawValue))
        switch parsed {
        case .success(let configuration):
            return LintSettings(configuration: configuration, folder: (file as NSString).deletingLastPathComponent + "/", working: working)
        case .failure(let diagnostics):
            throw ValidationError("the configuration has errors:\n\(diagnostics)")
        }
    }

    /// The first configuration file in `folder` or a folder above it.
    private static func found(from folder: String) -> String? {
        var folder = folder
        while true {
            let candidate = (folder as NSString).appendingPathComponent(LintConfiguration.fileName)
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { return nil }
            folder = parent
        }
    }

    private static func absolute(_ path: String, in folder: String) -> String {
        path.hasPrefix("/") ? path : ((folder as NSString).appendingPathComponent(path) as NSString).standardizingPath
    }

    /// The input's path relative to the configuration's folder; `nil` for standard input and
    /// for a file outside the folder, to which the configuration's paths do not apply.
    private func relativePath(of input: InputFiles) -> String? {
        guard let path = input.path else { return nil }
        let full = Self.absolute(path, in: working)
        return full.hasPrefix(folder) ? String(full.dropFirst(folder.count)) : nil
    }

    /// Whether the configuration lets the input be linted.
    func includes(_ input: InputFiles) -> Bool {
        relativePath(of: input).map(configuration.includes) ?? true
    }

    /// The provider the configuration names for the input's path.
    func provider(for input: InputFiles) -> Provider? {
        relativePath(of: input).flatMap(configuration.provider(for:)).flatMap(Provider.init(rawValue:))
    }

    /// Gives `finding` the severity its rule's setting says; `false` when the rule is off.
    func apply(to finding: inout Finding) -> Bool {
        switch configuration.setting(forRule: finding.rule) {
        case .off?: return false
        case .warning?: finding.severity = .warning
        case .error?: finding.severity = .error
        case nil: break
        }
        return true
    }
}
