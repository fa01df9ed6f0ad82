// JSON and NDJSON payloads through the reader, the linter (every provider) and both
// checkers. A one-line input gives the same findings read as JSON and as NDJSON.
import FuzzSupport
import KonbiniLint
import KonbiniPayload
import KonbiniRules

runFuzzer { data, size in
    let bytes = inputBytes(data, size)
    let asJSON = PayloadProperties.lintEveryWay(bytes, format: .json)
    let asNDJSON = PayloadProperties.lintEveryWay(bytes, format: .ndjson)
    let isBlank = bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    if !bytes.contains(0x0A) && !isBlank {
        require(asJSON == asNDJSON, "one line read as JSON gave \(asJSON), as NDJSON \(asNDJSON)")
    }
    if let document = try? JSONReader().read(bytes) {
        PayloadProperties.checkEveryRequestType(document.root)
    }
    return 0
}
