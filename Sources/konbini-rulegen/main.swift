// Compiles rules files to Swift. The build-tool plugin runs it once for each `*.rules.yaml`
// of a target, and once for the target's list of request types:
//
//     konbini-rulegen [--config konbini-rules-config.yaml] <input.rules.yaml> <output.swift>
//     konbini-rulegen [--config konbini-rules-config.yaml] --registry <output.swift> <input.rules.yaml>...
//
// writes the JSON Schema of a rules file's request, for validators in other languages:
//
//     konbini-rulegen --emit json-schema <input.rules.yaml> <output.schema.json>
//
// and, for the documentation, writes the comparison of the providers of some rules files:
//
//     konbini-rulegen --comparison <output.md> <input.rules.yaml>...
//
// Problems are printed as `file:line:column: error: message`, which SwiftPM and editors
// show at the line, and no output is written.

import Foundation
import KonbiniRulesCore
import KonbiniRulesGenerator

func fail(_ message: String, status: Int32 = 1) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(status)
}

func read(_ path: String, what: String = "the rules file") -> String {
    do {
        return try String(contentsOfFile: path, encoding: .utf8)
    } catch {
        fail("\(path):1:1: error: cannot read \(what): \(error.localizedDescription)")
    }
}

func write(_ swift: String, to path: String) {
    do {
        try swift.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
        fail("error: cannot write \(path): \(error.localizedDescription)")
    }
}

let usage = """
    usage: konbini-rulegen [--config konbini-rules-config.yaml] <input.rules.yaml> <output.swift>
           konbini-rulegen [--config konbini-rules-config.yaml] --registry <output.swift> <input.rules.yaml>...
           konbini-rulegen --emit json-schema <input.rules.yaml> <output.schema.json>
           konbini-rulegen --comparison <output.md> <input.rules.yaml>...
    """
var arguments = Array(CommandLine.arguments.dropFirst())
var configuration = GeneratorConfiguration()
if arguments.first == "--config" {
    guard arguments.count >= 2 else { fail(usage, status: 2) }
    switch GeneratorConfiguration.parse(read(arguments[1], what: "the configuration"), file: arguments[1]) {
    case .success(let parsed): configuration = parsed
    case .failure(let diagnostics): fail(diagnostics.description)
    }
    arguments.removeFirst(2)
}
if arguments.first == "--emit" {
    guard arguments.count == 4 else { fail(usage, status: 2) }
    guard arguments[1] == "json-schema" else { fail("error: --emit takes json-schema, not '\(arguments[1])'\n\(usage)", status: 2) }
    switch RulesGenerator.jsonSchema(read(arguments[2]), fileName: arguments[2]) {
    case .success(let schema): write(schema, to: arguments[3])
    case .failure(let diagnostics): fail(diagnostics.description)
    }
} else if arguments.first == "--comparison" {
    guard arguments.count >= 3 else { fail(usage, status: 2) }
    switch RulesGenerator.comparison(arguments.dropFirst(2).map { (read($0), $0) }) {
    case .success(let markdown): write(markdown, to: arguments[1])
    case .failure(let diagnostics): fail(diagnostics.description)
    }
} else if arguments.first == "--registry" {
    guard arguments.count >= 3 else { fail(usage, status: 2) }
    let inputs = arguments.dropFirst(2)
    switch RulesGenerator.registry(inputs.map { (read($0), $0) }, configuration: configuration) {
    case .success(let swift):
        write(swift, to: arguments[1])
    case .failure(let diagnostics):
        // Each file's own command reports its problems; saying them twice would only lengthen the log.
        let files = Set(diagnostics.diagnostics.map(\.location.file)).sorted()
        fail("error: cannot list the request types: \(files.joined(separator: ", ")) \(files.count == 1 ? "has" : "have") errors, reported where \(files.count == 1 ? "it is" : "they are") compiled")
    }
} else {
    guard arguments.count == 2 else { fail(usage, status: 2) }
    switch RulesGenerator.generate(read(arguments[0]), fileName: arguments[0], configuration: configuration) {
    case .success(let swift): write(swift, to: arguments[1])
    case .failure(let diagnostics): fail(diagnostics.description)
    }
}
