import ArgumentParser
import Foundation
import KonbiniLint
import KonbiniPayload
import KonbiniRules
import KonbiniRulesCore
import KonbiniRulesInterpreter

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lints payload files: JSON, NDJSON (.ndjson, .jsonl) and form bodies (.form).")

    @Argument(help: "Files or directories (searched for .json, .ndjson, .jsonl, .form); - for standard input.")
    var paths: [String]

    @Option(help: "auto (recognise each payload by its shape), \(Provider.allCases.map(\.rawValue).joined(separator: ", ")).")
    var provider: String = "auto"

    @Option(help: "The moment expiry rules measure from, as ISO 8601 (default: now).")
    var now: String?

    @Option(help: "text, json, sarif or github (default: the configuration's, else text).")
    var format: String?

    @Option(help: "The language of messages: en or ja (default: the configuration's, else en).")
    var lang: String?

    @Option(help: "The configuration file (default: the first .konbini-lint.yaml in the working directory or above it).")
    var config: String?

    @Option(help: "How many files, or chunks of a large NDJSON or form file, to lint at once (default: the machine's processors).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Write each file back with the rules' fixes made, then report what remains.")
    var fix = false

    @Flag(help: "With --fix: print what it would change, as --changes does, and write nothing.")
    var dryRun = false

    @Flag(help: "Print what the rules' fixes would change, as RFC 6902 JSON Patch documents (one line a record: file, line, patch), and write nothing.")
    var changes = false

    @Option(help: "How to read standard input and files without a known extension: json, ndjson or form.")
    var input: String?

    @Flag(help: "Read every input as NDJSON.")
    var ndjson = false

    @Option(help: "How deeply JSON may nest.")
    var maxDepth = 512

    @Option(help: "Lint against this rules file (*.rules.yaml), read at run time, instead of the providers' rules.")
    var rules: String?

    @Flag(help: "Print the offending values (personal data: card numbers and sensitive fields are masked, showing at most their last four characters).")
    var showValues = false

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Option(help: "Report only the findings this baseline file (written by --write-baseline) does not hold.")
    var baseline: String?

    @Option(help: "Record every finding in this baseline file, and exit 0 unless an input cannot be read.")
    var writeBaseline: String?

    func validate() throws {
        if provider != "auto" && Provider(rawValue: provider) == nil {
            throw ValidationError("unknown provider '\(provider)'; use auto, \(Provider.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let format, OutputFormat(rawValue: format) == nil {
            throw ValidationError("unknown format '\(format)'; use \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let lang, MessageLanguage(rawValue: lang) == nil { throw ValidationError("unknown language '\(lang)'; use en or ja") }
        if let input, PayloadFormat(rawValue: input) == nil { throw ValidationError("unknown input '\(input)'; use json, ndjson or form") }
        if let now, Timestamp(iso8601: now) == nil {
            throw ValidationError("--now must be an ISO 8601 date-time such as 2026-11-22T12:00:00Z")
        }
        if maxDepth < 1 { throw ValidationError("--max-depth must be at least 1") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if dryRun && !fix { throw ValidationError("--dry-run goes with --fix") }
        if (fix || changes) && rules != nil {
            throw ValidationError("--fix and --changes use the providers' fixes, which a rules file read with --rules does not have")
        }
        if fix && !dryRun && paths.contains("-") { throw ValidationError("--fix writes files back; use --changes for standard input") }
    }

    func run() throws {
        let settings = try LintSettings.load(config)
        let moment = now.flatMap { Timestamp(iso8601: $0) } ?? SystemClock().now()
        var linter = Linter(provider: Provider(rawValue: provider), now: moment, maximumDepth: maxDepth, showsValues: showValues)
        linter.identifiesRecords = baseline != nil || writeBaseline != nil
        if let rules {
            linter.rules = try Self.interpreter(rules)
        }
        var accepted = try baseline.map(Self.baseline) ?? Baseline()
        var recorded = Baseline()
        let forced = ndjson ? PayloadFormat.ndjson : input.flatMap(PayloadFormat.init(rawValue:))
        let output = OutputFormat(rawValue: format ?? settings.format ?? "text")!
        let language = MessageLanguage(rawValue: lang ?? settings.language ?? "en")!
        var reporter = output.reporter(language: language, colour: output == .text && isatty(STDOUT_FILENO) != 0)
        var foundError = false
        var unreadable = false
        let showsProgress = isatty(STDERR_FILENO) != 0
        // Read once: each read of an option goes through its property wrapper, and these are
        // read for every finding.
        let (writesBaseline, failsOnWarnings) = (writeBaseline != nil, strict)
        // Without a baseline, every finding the configuration leaves is printed, and its
        // entry can be written ahead; with one, only those the baseline does not absorb are.
        let writer = baseline == nil && !writesBaseline ? reporter : nil
        /// The findings as the configuration leaves them, each with the part of its entry
        /// that depends on it alone where it is written ahead: made on the thread that linted them.
        let prepare: @Sendable ([Finding]) -> [PreparedFinding] = { findings in
            // A loop that hands each finding on once it is written: a finding holds several
            // strings, each retained again for every copy.
            var prepared: [PreparedFinding] = []
            for var finding in findings {
                guard settings.apply(to: &finding) else { continue }
                let text = writer?.independentText(for: finding)
                prepared.append(PreparedFinding(finding: consume finding, text: text))
            }
            return prepared
        }
        /// The entry a finding prints as, after the baselines; `nil` when it prints as nothing.
        func report(_ prepared: PreparedFinding) -> String? {
            let finding = prepared.finding
            // A baseline being written records every finding, reported or not.
            if writesBaseline {
                recorded.record(finding)
                return nil
            }
            if accepted.absorbs(finding) { return nil }
            foundError = foundError || finding.severity == .error || failsOnWarnings
            return prepared.text.map { reporter.entry(independentText: $0) } ?? reporter.entry(for: finding)
        }
        /// Prints the entries of prepared findings, in one print: `print` boxes and locks for
        /// each string it writes.
        func printEntries(_ prepared: [PreparedFinding]) {
            let entries = prepared.compactMap(report)
            if !entries.isEmpty { print(entries.joined(), terminator: "") }
        }
        // What --changes and --fix --dry-run print is the patches, not a report.
        let reportsFindings = !(changes || dryRun)
        if reportsFindings { print(reporter.opening, terminator: "") }
        /// Prints each file's findings, or says why it could not be read.
        func take(_ linted: [SmallFileBatches.Linted]) {
            for (input, findings) in linted {
                switch findings {
                case .success(let prepared):
                    printEntries(prepared)
                case .failure(let error):
                    unreadable = true
                    FileHandle.standardError.write(Data("konbini-lint: \(OutputEscaping.escaped(input.name)): \(error)\n".utf8))
                }
            }
        }
        // With several workers, small files are linted whole, several at once; a larger file,
        // or standard input, waits for them and is linted a chunk at a time.
        var smallFiles = SmallFileBatches(workers: jobs, prepare: prepare)
        for input in try InputFiles.expand(paths) where settings.includes(input) {
            // A provider named on the command line wins over the configuration's for the path.
            linter.provider = Provider(rawValue: provider) ?? settings.provider(for: input)
            let format = forced ?? input.format ?? .json
            let size = input.size
            if jobs > 1 && !fix && !changes, let size, size <= Linter.chunkSize {
                smallFiles.add(input, size: size, format: format, linter: linter, take: take)
                continue
            }
            smallFiles.finish(take: take)
            do {
                let handle = try input.open().get()
                if fix || changes {
                    printEntries(prepare(try fixing(handle, format: format, input: input, linter: linter)))
                    continue
                }
                var printedProgress = false
                // Findings are printed as each chunk is linted, so memory does not grow with the input.
                try linter.lint(reading: handle, format: format, file: input.name, chunkSize: Linter.chunkSize(forFileOf: size), workers: jobs, progress: { bytesRead in
                    // A progress line only for large inputs, and only where a person watches.
                    if showsProgress && bytesRead >= 64 << 20 {
                        FileHandle.standardError.write(Data("\rkonbini-lint: \(OutputEscaping.escaped(input.name)): \(bytesRead >> 20) MB read".utf8))
                        printedProgress = true
                    }
                }, prepare: prepare, report: printEntries)
                if printedProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            } catch {
                take([(input, .failure(error))])
            }
        }
        smallFiles.finish(take: take)
        if reportsFindings { print(reporter.closing, terminator: "") }
        if let writeBaseline {
            do {
                try recorded.json.write(toFile: writeBaseline, atomically: true, encoding: .utf8)
            } catch {
                throw ValidationError("cannot write the baseline \(writeBaseline): \(error.localizedDescription)")
            }
            FileHandle.standardError.write(Data("konbini-lint: recorded \(recorded.count) findings in \(OutputEscaping.escaped(writeBaseline))\n".utf8))
        }
        if unreadable { throw ExitCode(2) }
        if foundError { throw ExitCode.failure }
    }
}

extension LintCommand {
    /// Fixes one input: prints its changes (`--changes`, `--fix --dry-run`), or writes the
    /// file back fixed (`--fix`) and returns the findings of the fixed file.
    func fixing(_ handle: FileHandle, format: PayloadFormat, input: InputFiles, linter: Linter) throws -> [Finding] {
        let bytes = Array(try handle.readToEnd() ?? Data())
        let (fixed, records) = PayloadFixer(linter: linter).fix(bytes, format: format)
        guard fix && !dryRun else {
            let lines = records.map { PayloadFixer.patchLine(file: input.name, record: $0) }
            if !lines.isEmpty { print(lines.joined(separator: "\n")) }
            return []
        }
        if !records.isEmpty, let path = input.path {
            do {
                try Data(fixed).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw ValidationError("cannot write \(OutputEscaping.escaped(path)): \(error.localizedDescription)")
            }
            let count = records.map(\.replacements.count).reduce(0, +)
            FileHandle.standardError.write(Data("konbini-lint: \(OutputEscaping.escaped(input.name)): fixed \(count) value\(count == 1 ? "" : "s")\n".utf8))
        }
        return linter.lint(fixed, format: format, file: input.name)
    }

    /// The baseline in the file at `path`; a file that cannot be read is a configuration
    /// problem (exit status 2).
    static func baseline(_ path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read the baseline \(path)")
        }
        do {
            return try Baseline(json: Array(data))
        } catch {
            throw ValidationError("the baseline \(path) is not one konbini-lint wrote: \(error)")
        }
    }

    /// The interpreter for a rules file; a file that does not load is a configuration
    /// problem, reported with its diagnostics (exit status 2).
    static func interpreter(_ path: String) throws -> RulesInterpreter {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("cannot read the rules file \(path)")
        }
        switch RulesChecker.load(text, file: path) {
        case .success(let document):
            return RulesInterpreter(document: document)
        case .failure(let diagnostics):
            throw ValidationError("the rules file has errors:\n\(diagnostics)")
        }
    }
}

