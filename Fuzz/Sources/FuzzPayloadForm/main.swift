// Form bodies (`a[b][c]=v&…`, percent-encoded or not) through the reader, the linter
// (every provider) and both checkers.
import FuzzSupport
import KonbiniLint
import KonbiniPayload
import KonbiniRules

runFuzzer { data, size in
    let bytes = inputBytes(data, size)
    _ = PayloadProperties.lintEveryWay(bytes, format: .form)
    if !bytes.contains(0x0A), let document = try? FormReader().read(bytes) {
        PayloadProperties.checkEveryRequestType(document.root)
    }
    return 0
}
