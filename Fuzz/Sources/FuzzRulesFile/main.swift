// Rules files through the front end (YAML, the checked model) and the generator: a file is
// either rejected with diagnostics that point inside it, or loads, renders as Swift and
// can be interpreted.
import FuzzSupport
import KonbiniPayload
import KonbiniRules
import KonbiniRulesCore
import KonbiniRulesGenerator
import KonbiniRulesInterpreter

runFuzzer { data, size in
    guard let text = String(validating: inputBytes(data, size), as: UTF8.self) else { return 0 }
    // Lines as YAML counts them, and as editors show them: CR, LF and CRLF each end one,
    // and so do NEL, LS and PS.
    let lineCount = text.count { ["\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}"].contains($0) } + 1
    switch RulesChecker.load(text, file: "fuzz.rules.yaml") {
    case .failure(let problems):
        require(!problems.diagnostics.isEmpty, "a rejected file without a diagnostic")
        for diagnostic in problems.diagnostics {
            let location = diagnostic.location
            require(location.file == "fuzz.rules.yaml" && (1...lineCount + 1).contains(location.line) && location.column >= 1,
                    "\(diagnostic) lies outside the file's \(lineCount) lines")
        }
    case .success(let document):
        let swift = RulesGenerator.swiftSource(for: document, fileName: "fuzz.rules.yaml")
        require(swift.contains(document.requestName), "the generated Swift does not declare \(document.requestName)")
        let interpreter = RulesInterpreter(document: document)
        _ = interpreter.check(PayloadNode(.object([])), now: PayloadProperties.now)
    }
    return 0
}
