import Foundation
import KonbiniLint
import KonbiniPayload

/// Files up to a chunk, linted whole in batches (of 64 files, or of a chunk of bytes) on
/// other threads, several batches at once, and handed back in the order they were added,
/// their findings prepared on those threads as a large file's chunks are. Linting a small
/// file takes less than handing it to a thread, so files go by the batch.
struct SmallFileBatches {
    /// A file and its prepared findings, or why it could not be read.
    typealias Linted = (input: InputFiles, findings: Result<[PreparedFinding], any Error>)

    private var work: OrderedWork<[Linted]>
    private var batch: [(input: InputFiles, size: Int, format: PayloadFormat, linter: Linter)] = []
    private var batchSize = 0
    private let prepare: @Sendable ([Finding]) -> [PreparedFinding]

    /// Batches linted by at most `workers` threads at once, each file's findings handed to
    /// `prepare` on the thread that linted them.
    init(workers: Int, prepare: @escaping @Sendable ([Finding]) -> [PreparedFinding]) {
        work = OrderedWork(limit: workers)
        self.prepare = prepare
    }

    /// Adds the file `input` of `size` bytes, to be linted by `linter` as `format`, handing
    /// `take` the files linted so far whose turn it is.
    mutating func add(_ input: InputFiles, size: Int, format: PayloadFormat, linter: Linter, take: ([Linted]) -> Void) {
        batch.append((input, size, format, linter))
        batchSize += size
        if batchSize >= Linter.chunkSize || batch.count >= 64 { lintBatch(take: take) }
    }

    /// Lints the files not yet handed to a thread, and hands `take` every file still
    /// waiting, in order.
    mutating func finish(take: ([Linted]) -> Void) {
        lintBatch(take: take)
        work.finish(take: take)
    }

    private mutating func lintBatch(take: ([Linted]) -> Void) {
        guard !batch.isEmpty else { return }
        let files = batch
        let prepare = prepare
        work.add({
            files.map { file in
                (file.input, Result { try prepare(file.linter.lintWhole(file.input.open().get(), size: file.size, format: file.format, file: file.input.name)) })
            }
        }, take: take)
        batch.removeAll()
        batchSize = 0
    }
}
