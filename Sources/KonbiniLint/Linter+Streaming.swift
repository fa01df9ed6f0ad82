import Foundation

extension Linter {
    /// Lints what `handle` holds, reading NDJSON and form files a chunk at a time and handing
    /// each chunk's findings to `report`, so that memory stays bounded by the longest record
    /// and one chunk's findings, not by the file. A JSON file is one document and is read
    /// whole. `progress` is called with the bytes read so far after each chunk.
    ///
    /// With more than one of `workers`, that many chunks are linted at once, on as many
    /// threads, and their findings reported in the order of the file: memory stays bounded
    /// by `workers` + 1 chunks.
    public func lint(
        reading handle: FileHandle, format: PayloadFormat, file: String, chunkSize: Int = Linter.chunkSize, workers: Int = 1,
        progress: (Int) -> Void = { _ in }, report: ([Finding]) -> Void
    ) throws {
        try lint(reading: handle, format: format, file: file, chunkSize: chunkSize, workers: workers, progress: progress,
                 prepare: { $0 }, report: report)
    }

    /// Lints what `handle` holds as ``lint(reading:format:file:chunkSize:workers:progress:report:)``
    /// does, handing each chunk's findings to `prepare` on the thread that linted them, and
    /// what it makes of them to `report`, in the order of the file: a report's work that
    /// depends on one finding alone (writing its entry, say) is done while other threads lint,
    /// not on the one that reports.
    public func lint<Prepared: Sendable>(
        reading handle: FileHandle, format: PayloadFormat, file: String, chunkSize: Int = Linter.chunkSize, workers: Int = 1,
        progress: (Int) -> Void = { _ in }, prepare: @escaping @Sendable ([Finding]) -> Prepared, report: (Prepared) -> Void
    ) throws {
        var buffer = ReadBuffer(chunkSize: chunkSize)
        guard format != .json else {
            while try buffer.read(from: handle) > 0 {}
            progress(buffer.bytes.count)
            var findings: [Finding] = []
            lintRecord(buffer.bytes, format: .json, file: file, line: 1, into: &findings)
            report(prepare(findings))
            return
        }
        guard workers <= 1 else {
            try lintInParallel(&buffer, reading: handle, format: format, file: file, workers: workers, progress: progress,
                               prepare: prepare, report: report)
            return
        }
        var findings: [Finding] = []
        var line = 1
        var total = 0
        while case let count = try buffer.read(from: handle), count > 0 {
            total += count
            let consumed: Int
            (consumed, line) = lintLines(buffer.bytes, format: format, file: file, firstLine: line, into: &findings)
            buffer.removeFirst(consumed)
            report(prepare(findings))
            findings.removeAll(keepingCapacity: true)
            progress(total)
        }
        lintLine(buffer.bytes, format: format, file: file, line: line, into: &findings)
        report(prepare(findings))
    }

    /// The bytes a file is read in at a time, and the size up to which a file is linted whole.
    public static let chunkSize = 1 << 20

    /// Every finding of what `handle` holds, read as ``lint(reading:format:file:chunkSize:workers:progress:report:)``
    /// reads it on one thread, in one read when `size` is the file's size: for a small file
    /// linted whole, while other files are.
    public func lintWhole(_ handle: FileHandle, size: Int, format: PayloadFormat, file: String) throws -> [Finding] {
        var findings: [Finding] = []
        try lint(reading: handle, format: format, file: file, chunkSize: Self.chunkSize(forFileOf: size)) { findings += $0 }
        return findings
    }

    /// The chunk to read a file of `size` bytes in: the whole file and a byte (which shows
    /// the end has come) up to ``chunkSize``, so that a small file costs no large buffer.
    public static func chunkSize(forFileOf size: Int?) -> Int {
        size.map { min($0 + 1, chunkSize) } ?? chunkSize
    }

    /// Lints the lines of an NDJSON or form file on `workers` threads: each chunk of whole
    /// lines read is handed to a thread, and while they lint, this thread reads the next
    /// chunks and reports the oldest chunk's findings once it is done, so findings come in
    /// the file's order and at most `workers` + 1 chunks are held at once.
    private func lintInParallel<Prepared: Sendable>(
        _ buffer: inout ReadBuffer, reading handle: FileHandle, format: PayloadFormat, file: String, workers: Int,
        progress: (Int) -> Void, prepare: @escaping @Sendable ([Finding]) -> Prepared, report: (Prepared) -> Void
    ) throws {
        var work = OrderedWork<Prepared>(limit: workers)
        var line = 1
        var total = 0
        while case let count = try buffer.read(from: handle), count > 0 {
            total += count
            // A chunk ends after its last newline; an unfinished line waits for the next read.
            guard let lastNewline = buffer.bytes.lastIndex(of: 0x0A) else { continue }
            let chunk = buffer.takeFront(upTo: lastNewline + 1)
            let firstLine = line
            work.add({
                var findings: [Finding] = []
                _ = lintLines(chunk, format: format, file: file, firstLine: firstLine, into: &findings)
                return prepare(findings)
            }, take: report)
            line += Self.newlineCount(in: chunk)
            progress(total)
        }
        work.finish(take: report)
        var findings: [Finding] = []
        lintLine(buffer.bytes, format: format, file: file, line: line, into: &findings)
        report(prepare(findings))
    }

    /// The bytes read from a file and not yet linted, in one buffer that each read appends
    /// to in place: the lines of a chunk are linted where they were read, and only an
    /// unfinished last line is moved, to the front, to wait for the rest of it.
    struct ReadBuffer {
        private var storage: [UInt8]
        private var count = 0
        private let chunkSize: Int

        init(chunkSize: Int) {
            self.chunkSize = max(chunkSize, 1)
            storage = [UInt8](repeating: 0, count: self.chunkSize)
        }

        /// The bytes read and not removed.
        var bytes: ArraySlice<UInt8> { storage[..<count] }

        /// Reads as much as the buffer has room for after the bytes it holds, in one system
        /// call where the system allows (`FileHandle.read(upToCount:)` makes one for every
        /// 4 KB on Linux; see `Benchmarks/README.md`). The buffer doubles when what it holds
        /// (a long unfinished line, or a JSON document) leaves less than half a chunk of room.
        /// - Returns: How many bytes were read; 0 at the end of the file.
        mutating func read(from handle: FileHandle) throws -> Int {
            if storage.count - count < (chunkSize + 1) / 2 {
                storage.append(contentsOf: repeatElement(0, count: storage.count))
            }
            let start = count
            var read: Int
            repeat {
                read = storage.withUnsafeMutableBufferPointer { buffer in
                    Foundation.read(handle.fileDescriptor, buffer.baseAddress! + start, buffer.count - start)
                }
            } while read < 0 && errno == EINTR
            if read < 0 { throw ReadFailure(code: errno) }
            count += read
            return read
        }

        /// Hands over the first bytes up to `end` where they were read, and goes on in new
        /// storage that starts with the rest: a chunk goes to another thread without being
        /// copied, and the room for the next read is not cleared first.
        mutating func takeFront(upTo end: Int) -> ArraySlice<UInt8> {
            let rest = count - end
            let size = storage.count
            var taken = [UInt8](unsafeUninitializedCapacity: size) { room, initialized in
                storage.withUnsafeBufferPointer { old in
                    if rest > 0 { room.baseAddress!.initialize(from: old.baseAddress! + end, count: rest) }
                }
                // Bytes are trivial values: the room after the rest is only ever read into.
                initialized = size
            }
            swap(&taken, &storage)
            count = rest
            return taken[..<end]
        }

        /// Forgets the first `consumed` bytes, moving the rest to the front.
        mutating func removeFirst(_ consumed: Int) {
            guard consumed > 0 else { return }
            storage.withUnsafeMutableBufferPointer { buffer in
                let base = buffer.baseAddress!
                base.update(from: base + consumed, count: count - consumed)
            }
            count -= consumed
        }
    }

    /// A file that could not be opened or read, with the system's reason.
    public struct ReadFailure: Error, CustomStringConvertible {
        /// The `errno` the system call failed with.
        public let code: Int32

        public init(code: Int32) {
            self.code = code
        }

        public var description: String { "cannot read: \(String(cString: strerror(code)))" }
    }

    /// Lints every complete (newline-ended) line of `bytes`, numbering them from `firstLine`.
    /// - Returns: The offset after the last newline, where an unfinished line starts, and the
    ///   number of that line.
    func lintLines(
        _ bytes: ArraySlice<UInt8>, format: PayloadFormat, file: String, firstLine: Int, into findings: inout [Finding]
    ) -> (end: Int, line: Int) {
        var start = bytes.startIndex
        var line = firstLine
        while let newline = Self.newline(in: bytes, from: start) {
            lintLine(bytes[start..<newline], format: format, file: file, line: line, into: &findings)
            line += 1
            start = newline + 1
        }
        return (start, line)
    }

    /// The index of the first newline at or after `start`, found with `memchr` (lines are
    /// hundreds of bytes; a byte-by-byte loop showed in profiles).
    private static func newline(in bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        let offset = start - bytes.startIndex
        let found: Int? = bytes.withUnsafeBufferPointer { buffer in
            guard offset < buffer.count, let base = buffer.baseAddress,
                  let match = memchr(base + offset, 0x0A, buffer.count - offset)
            else { return nil }
            return UnsafeRawPointer(match) - UnsafeRawPointer(base)
        }
        return found.map { bytes.startIndex + $0 }
    }

    /// How many newlines `bytes` holds, found with `memchr` as ``newline(in:from:)`` finds
    /// them: counting byte by byte on the reading thread held back the threads linting.
    private static func newlineCount(in bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        var start = bytes.startIndex
        while let newline = newline(in: bytes, from: start) {
            count += 1
            start = newline + 1
        }
        return count
    }

    /// Appends the findings of one line of an NDJSON or form file to `findings`; blank lines
    /// hold no record.
    func lintLine(_ bytes: ArraySlice<UInt8>, format: PayloadFormat, file: String, line: Int, into findings: inout [Finding]) {
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
        let start = findings.count
        lintRecord(bytes, format: format, file: file, line: line, into: &findings)
        // Only a record with findings needs its identity, and only for a baseline.
        if identifiesRecords && findings.count > start {
            let record = RecordIdentity(of: bytes)
            for index in start..<findings.count { findings[index].record = record }
        }
    }
}
