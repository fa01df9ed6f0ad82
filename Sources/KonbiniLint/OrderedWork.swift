import Foundation

/// Work run on other threads whose results are taken in the order the work was given: the
/// linter's chunks of a large file, and small files linted whole, each reported in input
/// order while later ones are still being linted.
///
/// At most `limit` pieces wait to be taken; giving one more first takes the oldest, waiting
/// for it if need be. Memory stays bounded by `limit` + 1 pieces and their results.
public struct OrderedWork<Output: Sendable> {
    /// How many pieces may wait to be taken.
    public let limit: Int
    private var pending: [Piece] = []

    public init(limit: Int) {
        self.limit = max(limit, 1)
    }

    /// Starts `work` on another thread, then hands `take` the oldest results, in order,
    /// while more than ``limit`` pieces wait.
    public mutating func add(_ work: @escaping @Sendable () -> Output, take: (Output) throws -> Void) rethrows {
        let piece = Piece()
        DispatchQueue.global().async { piece.finish(with: work()) }
        pending.append(piece)
        while pending.count > limit {
            try take(pending.removeFirst().waitForOutput())
        }
    }

    /// Hands `take` every waiting result, oldest first, waiting for each.
    public mutating func finish(take: (Output) throws -> Void) rethrows {
        while !pending.isEmpty {
            try take(pending.removeFirst().waitForOutput())
        }
    }

    /// One piece of work: its thread leaves the output here and signals; the thread that
    /// takes it waits for the signal first.
    private final class Piece: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var output: Output?

        func finish(with output: Output) {
            self.output = output
            done.signal()
        }

        func waitForOutput() -> Output {
            done.wait()
            return output!
        }
    }
}
