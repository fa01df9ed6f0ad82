extension Timestamp {
    /// The moment an ISO 8601 date-time such as `2018-04-15T09:00:00Z` names, with the
    /// defaults a provider applies to the parts left out (``DateTimeDefaults``).
    ///
    /// Accepted: `YYYY-MM-DD`, then optionally `THH:MM`, `:SS` and a fraction (dropped), then
    /// optionally `Z`, `±HH:MM` or `±HHMM`. Anything else is `nil`: nothing is guessed.
    ///
    /// - Parameters:
    ///   - text: The date-time as written.
    ///   - defaults: What a missing time or zone, and a written midnight, stand for.
    public init?(iso8601 text: String, defaults: DateTimeDefaults = .strict) {
        guard let moment = DateTimeReading.timestamp(text, defaults: defaults) else { return nil }
        self = moment
    }
}

/// Reads an ISO 8601 date-time for ``Timestamp/init(iso8601:defaults:)``.
enum DateTimeReading {
    static func timestamp(_ text: String, defaults: DateTimeDefaults) -> Timestamp? {
        var scanner = Scanner(Array(text.utf8))
        guard let year = scanner.digits(4), scanner.take("-"), let month = scanner.digits(2), scanner.take("-"),
              let day = scanner.digits(2)
        else { return nil }
        let date = CivilDate(year: year, month: month, day: day)
        guard date.isValid else { return nil }

        var minutes = Int64(defaults.defaultTime)
        var seconds: Int64 = 0
        if scanner.take("T") {
            guard let hour = scanner.digits(2), hour < 24, scanner.take(":"), let minute = scanner.digits(2), minute < 60
            else { return nil }
            minutes = hour * 60 + minute
            if scanner.take(":") {
                guard let second = scanner.digits(2), second < 60 else { return nil }
                seconds = second
                if scanner.take(".") {
                    guard scanner.skipDigits() else { return nil }
                }
            }
            if minutes == 0 && seconds == 0, let midnight = defaults.midnightMeans {
                minutes = Int64(midnight)
            }
        }

        var offsetMinutes = Int64(defaults.defaultUTCOffset)
        if scanner.take("Z") {
            offsetMinutes = 0
        } else if let sign = scanner.takeSign() {
            guard let hours = scanner.digits(2), hours <= 14 else { return nil }
            _ = scanner.take(":")
            guard let zoneMinutes = scanner.digits(2), zoneMinutes < 60 else { return nil }
            offsetMinutes = sign * (hours * 60 + zoneMinutes)
        }
        guard scanner.isAtEnd else { return nil }
        let local = date.daysSince1970 * 86_400 + minutes * 60 + seconds
        return Timestamp(secondsSince1970: local - offsetMinutes * 60)
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var isAtEnd: Bool { index == bytes.count }

        mutating func take(_ character: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(character.value) else { return false }
            index += 1
            return true
        }

        mutating func takeSign() -> Int64? {
            if take("+") { return 1 }
            if take("-") { return -1 }
            return nil
        }

        mutating func digits(_ count: Int) -> Int64? {
            guard index + count <= bytes.count else { return nil }
            var value: Int64 = 0
            for byte in bytes[index..<index + count] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int64(byte - 0x30)
            }
            index += count
            return value
        }

        mutating func skipDigits() -> Bool {
            let start = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            return index > start
        }
    }
}
