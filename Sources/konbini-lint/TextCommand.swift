import ArgumentParser
import Foundation
import JapaneseText
import KonbiniLint

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Checks strings against a character set, or normalizes them; with no strings, each line of standard input.")

    @Option(help: "The set to check: \(JapaneseCharacterSet.allCases.map(\.name).joined(separator: ", ")).")
    var charset: String?

    @Option(help: "The longest a string may be, in characters (with --charset), or the length to truncate to (with --normalize truncate).")
    var maxLength: Int?

    @Option(help: "A normalization to print each string through: nfc, nfkc, hiragana_to_katakana, halfwidth_to_fullwidth_katakana, fullwidth_alphanumerics_to_ascii, phone_digits, truncate, drop_outside (with --charset).")
    var normalize: String?

    @Option(help: "text or json (one JSON object a line).")
    var format: String = "text"

    @Argument(help: "The strings; standard input's lines when none is given.")
    var strings: [String] = []

    func validate() throws {
        if let charset, JapaneseCharacterSet(named: charset) == nil {
            throw ValidationError("unknown character set '\(charset)'; use \(JapaneseCharacterSet.allCases.map(\.name).joined(separator: ", "))")
        }
        if charset == nil && normalize == nil { throw ValidationError("give --charset, --normalize or both") }
        if let normalize, (try? normalization(named: normalize)) == nil {
            throw ValidationError("unknown normalization '\(normalize)', or it needs --max-length (truncate) or --charset (drop_outside)")
        }
        guard ["text", "json"].contains(format) else { throw ValidationError("unknown format '\(format)'; use text or json") }
        if let maxLength, maxLength < 0 { throw ValidationError("--max-length cannot be negative") }
    }

    func normalization(named name: String) throws -> TextNormalization {
        if let simple = TextNormalization(name: name) { return simple }
        switch TextNormalization.Kind(rawValue: name) {
        case .truncate? where maxLength != nil: return .truncate(toCharacters: maxLength!)
        case .dropOutside? where charset.flatMap(JapaneseCharacterSet.init(named:)) != nil:
            return .dropOutside(JapaneseCharacterSet(named: charset!)!)
        default: throw ValidationError("unknown normalization")
        }
    }

    func run() throws {
        let inputs = strings.isEmpty ? StandardInputLines.read() : strings
        if let normalize {
            let normalization = try normalization(named: normalize)
            for input in inputs { print(normalization.apply(to: input).text) }
            return
        }
        let set = JapaneseCharacterSet(named: charset!)!
        var allValid = true
        for input in inputs {
            let report = TextCheckReport(input, set: set, maximumLength: maxLength)
            allValid = allValid && report.isValid
            print(format == "json" ? report.json : report.text)
        }
        if !allValid { throw ExitCode.failure }
    }
}

enum StandardInputLines {
    static func read() -> [String] {
        var lines: [String] = []
        while let line = readLine(strippingNewline: true) { lines.append(line) }
        return lines
    }
}
