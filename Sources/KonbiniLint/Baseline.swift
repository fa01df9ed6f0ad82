import KonbiniPayload
import KonbiniRules

/// The findings a team has accepted for now, so that the linter reports only new ones
/// (`--write-baseline`, `--baseline`).
///
/// A finding is recorded by a fingerprint of its rule, file, JSON Pointer and, in an NDJSON
/// or form file, its record's content (``RecordIdentity``): not by line or column, so that
/// edits elsewhere in a file, and records added or moved, leave the baseline valid. A
/// fingerprint counts as often as it was recorded: a second finding like a recorded one is
/// new.
public struct Baseline: Sendable {
    /// How many findings of each fingerprint the baseline holds.
    private var counts: [String: Int] = [:]
    /// The findings as recorded, in order, for writing.
    private var entries: [(fingerprint: String, rule: String, file: String, path: String)] = []

    /// A baseline of `findings`.
    public init(_ findings: [Finding] = []) {
        for finding in findings { record(finding) }
    }

    /// The number of findings the baseline holds.
    public var count: Int { entries.count }

    /// Adds `finding`.
    public mutating func record(_ finding: Finding) {
        let fingerprint = Self.fingerprint(of: finding)
        counts[fingerprint, default: 0] += 1
        entries.append((fingerprint, finding.rule, finding.file, finding.path.encoded))
    }

    /// Whether `finding` is one the baseline holds, using up one of its recorded findings, so
    /// that it is reported no more.
    public mutating func absorbs(_ finding: Finding) -> Bool {
        // Without a baseline, as most runs are, no finding is worth a fingerprint.
        guard !counts.isEmpty else { return false }
        let fingerprint = Self.fingerprint(of: finding)
        guard let count = counts[fingerprint], count > 0 else { return false }
        counts[fingerprint] = count - 1
        return true
    }

    /// The fingerprint of a finding: sixteen hexadecimal digits.
    public static func fingerprint(of finding: Finding) -> String {
        var identity = Array(finding.rule.utf8) + [0]
        identity += Array(finding.file.utf8) + [0]
        identity += Array(finding.path.encoded.utf8) + [0]
        identity += Array((finding.record?.description ?? "").utf8)
        return RecordIdentity(hash: RecordIdentity.fnv1a(identity)).description
    }

    // MARK: The file

    /// The baseline as a JSON document, a finding a line: its fingerprint, and its rule, file
    /// and path for the people who read it.
    public var json: String {
        let lines = entries.map { entry in
            "    {\"fingerprint\": \"\(entry.fingerprint)\", \"rule\": \(JSONText.quoted(entry.rule)), "
                + "\"file\": \(JSONText.quoted(entry.file)), \"path\": \(JSONText.quoted(entry.path))}"
        }
        return "{\n  \"version\": 1,\n  \"findings\": [\n" + lines.joined(separator: ",\n") + (lines.isEmpty ? "" : "\n") + "  ]\n}\n"
    }

    /// Why a baseline file cannot be read.
    public struct FileError: Error, CustomStringConvertible {
        public let description: String
    }

    /// The baseline a file written by ``json`` holds.
    public init(json bytes: [UInt8]) throws(FileError) {
        let document: PayloadDocument
        do throws(PayloadSyntaxError) {
            document = try bytes.withUnsafeBufferPointer { (buffer) throws(PayloadSyntaxError) in try JSONReader().read(buffer) }
        } catch {
            throw FileError(description: "line \(error.position.line), column \(error.position.column): \(error.message)")
        }
        let root = document.root
        guard case .number("1")? = root["version"]?.scalarValue else {
            throw FileError(description: "not a konbini-lint baseline of version 1")
        }
        guard let findings = root["findings"]?.items else {
            throw FileError(description: "findings must be an array")
        }
        for (offset, item) in findings.enumerated() {
            guard case .string(let fingerprint)? = item["fingerprint"]?.scalarValue, fingerprint.utf8.count == 16 else {
                throw FileError(description: "finding \(offset) has no fingerprint of sixteen hexadecimal digits")
            }
            let text = { (name: String) -> String in
                if case .string(let value)? = item[name]?.scalarValue { value } else { "" }
            }
            counts[fingerprint, default: 0] += 1
            entries.append((fingerprint, text("rule"), text("file"), text("path")))
        }
    }
}
