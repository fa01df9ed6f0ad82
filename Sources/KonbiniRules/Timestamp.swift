/// A moment as whole seconds since 1970-01-01T00:00:00Z, the unit of Unix timestamps and
/// of every expiry rule.
///
/// The seconds are an `Int64` on every platform (watchOS's `Int` has 32 bits, which end in
/// 2038); durations and day counts are `Int`, as the request types' fields are.
public struct Timestamp: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Whole seconds since 1970-01-01T00:00:00Z; negative before it.
    public var secondsSince1970: Int64

    /// The moment `secondsSince1970` whole seconds after 1970-01-01T00:00:00Z.
    public init(secondsSince1970: Int64) {
        self.secondsSince1970 = secondsSince1970
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }

    /// The moment `seconds` later (earlier when negative).
    public func adding(seconds: Int) -> Timestamp {
        Timestamp(secondsSince1970: secondsSince1970 + Int64(seconds))
    }

    /// Japan has kept UTC+9 without daylight saving time since 1952.
    public static let japanUTCOffset: Int64 = 9 * 3600

    /// The civil date in Japan at this moment.
    public var japaneseDate: CivilDate {
        CivilDate(daysSince1970: (secondsSince1970 + Self.japanUTCOffset).flooredDivision(by: 86_400))
    }

    /// 23:59:59 JST on the day `days` calendar days after this moment's date in Japan:
    /// when a Stripe konbini payment with `expires_after_days = days` expires.
    public func endOfJapaneseDay(afterDays days: Int) -> Timestamp {
        let date = japaneseDate
        let lastDay = date.daysSince1970 + Int64(days)
        return Timestamp(secondsSince1970: lastDay * 86_400 + 86_399 - Self.japanUTCOffset)
    }

    public var description: String {
        let days = secondsSince1970.flooredDivision(by: 86_400)
        let seconds = secondsSince1970 - days * 86_400
        let date = CivilDate(daysSince1970: days)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date)T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))Z"
    }
}

/// A proleptic Gregorian calendar date.
public struct CivilDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year, astronomical (year 0 is 1 BC).
    public var year: Int64
    /// The month, 1 to 12.
    public var month: Int64
    /// The day of the month, from 1.
    public var day: Int64

    /// The date `year`-`month`-`day`, which ``isValid`` tells whether exists.
    public init(year: Int64, month: Int64, day: Int64) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether the date exists (no 31 April, 29 February only in leap years).
    public var isValid: Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths: [Int64] = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[Int(month - 1)]
    }

    /// Days from 1970-01-01 (Howard Hinnant's days_from_civil).
    public var daysSince1970: Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = y.flooredDivision(by: 400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` days after 1970-01-01.
    public init(daysSince1970 days: Int64) {
        let z = days + 719_468
        let era = z.flooredDivision(by: 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        func pad(_ value: Int64, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

extension Int64 {
    /// Division rounding toward negative infinity, so dates before 1970 land on the right day.
    func flooredDivision(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
