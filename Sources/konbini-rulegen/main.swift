// Compiles one rules file to Swift. The build-tool plugin runs it for each `*.rules.yaml`:
//
//     konbini-rulegen <input.rules.yaml> <output.swift>
//
// Problems are printed as `file:line:column: error: message`, which SwiftPM and editors
// show at the line, and no output is written.

import Foundation
import KonbiniRulesGenerator

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 2, let inputPath = arguments.first, let outputPath = arguments.last else {
    FileHandle.standardError.write(Data("usage: konbini-rulegen <input.rules.yaml> <output.swift>\n".utf8))
    exit(2)
}

let text: String
do {
    text = try String(contentsOfFile: inputPath, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("\(inputPath):1:1: error: cannot read the rules file: \(error.localizedDescription)\n".utf8))
    exit(1)
}

switch RulesGenerator.generate(text, fileName: inputPath) {
case .success(let swift):
    do {
        try swift.write(toFile: outputPath, atomically: true, encoding: .utf8)
    } catch {
        FileHandle.standardError.write(Data("error: cannot write \(outputPath): \(error.localizedDescription)\n".utf8))
        exit(1)
    }
case .failure(let diagnostics):
    FileHandle.standardError.write(Data((diagnostics.description + "\n").utf8))
    exit(1)
}
