/// How a file's bytes hold payloads.
public enum PayloadFormat: String, CaseIterable, Sendable {
    /// One JSON document.
    case json
    /// One JSON document a line (`.ndjson`, `.jsonl`); blank lines are skipped.
    case ndjson
    /// One form body a line (`.form`).
    case form

    /// The format a file's extension names, or `nil` when it names none.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "json": self = .json
        case "ndjson", "jsonl": self = .ndjson
        case "form": self = .form
        default: return nil
        }
    }
}
