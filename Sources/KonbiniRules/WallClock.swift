#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the expiry rules get "now" from. Inject a ``FixedClock`` in tests and in the
/// linter's `--now`; servers use ``SystemClock``.
public protocol WallClock: Sendable {
    func now() -> Timestamp
}

/// The system's real-time clock.
public struct SystemClock: WallClock {
    /// The system's clock.
    public init() {}

    public func now() -> Timestamp {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Timestamp(secondsSince1970: Int64(spec.tv_sec))
    }
}

/// A clock stopped at one moment.
public struct FixedClock: WallClock {
    /// The moment the clock always tells.
    public let moment: Timestamp

    /// A clock stopped at `moment`, for tests and for replaying a day's payloads.
    public init(_ moment: Timestamp) {
        self.moment = moment
    }

    public func now() -> Timestamp { moment }
}
