/// How an ISO 8601 date-time with parts left out is read. Omise's defaults: no time means
/// 23:59, a time of 00:00 means 23:59 (it is ambiguous which day's midnight is meant), and
/// no zone means JST.
public struct DateTimeDefaults: Hashable, Sendable {
    /// Minutes after midnight used when the value has a date only.
    public var defaultTime: Int
    /// Minutes after midnight that stand for a written 00:00, or `nil` to take 00:00 as is.
    public var midnightMeans: Int?
    /// The UTC offset, in minutes, of a value without a zone.
    public var defaultUTCOffset: Int

    /// Defaults of `defaultTime` and `defaultUTCOffset` minutes, and `midnightMeans` for a written 00:00.
    public init(defaultTime: Int, midnightMeans: Int?, defaultUTCOffset: Int) {
        self.defaultTime = defaultTime
        self.midnightMeans = midnightMeans
        self.defaultUTCOffset = defaultUTCOffset
    }

    /// Midnight UTC, exactly as written.
    public static let strict = DateTimeDefaults(defaultTime: 0, midnightMeans: nil, defaultUTCOffset: 0)
}
