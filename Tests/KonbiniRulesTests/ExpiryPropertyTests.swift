import Foundation
import KonbiniRules
import Testing
import TestSupport

/// The JST end-of-day deadline against Foundation's calendar in Asia/Tokyo, over random
/// moments from 1990 to 2100 and every day of six years (month ends, leap days, New Year).
@Suite struct ExpiryPropertyTests {
    static let tokyo: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Tokyo")!
        return calendar
    }()

    /// 23:59:59 in Tokyo of the day `days` after the Tokyo date of `moment`, by Foundation.
    static func foundationDeadline(_ moment: Timestamp, afterDays days: Int) -> Int64 {
        let start = Date(timeIntervalSince1970: TimeInterval(moment.secondsSince1970))
        let day = tokyo.date(byAdding: .day, value: days, to: tokyo.startOfDay(for: start))!
        let end = tokyo.date(bySettingHour: 23, minute: 59, second: 59, of: day)!
        return Int64(end.timeIntervalSince1970)
    }

    @Test func deadlineIsTheEndOfTheJapaneseDayFoundationComputes() {
        var random = SplitMix64(seed: 0x4A53_545F_4550_4F43)
        for _ in 0..<5_000 {
            let moment = Timestamp(secondsSince1970: Int64.random(in: 631_152_000...4_102_444_800, using: &random))
            let days = Int.random(in: 0...60, using: &random)
            let deadline = moment.endOfJapaneseDay(afterDays: days)
            #expect(deadline.secondsSince1970 == Self.foundationDeadline(moment, afterDays: days), "\(moment) + \(days) days")
            #expect(deadline >= moment)
            #expect(deadline.secondsSince1970 - moment.secondsSince1970 < Int64(days + 1) * 86_400)
            // The next second is a new day in Japan.
            #expect(deadline.adding(seconds: 1).japaneseDate.daysSince1970 == deadline.japaneseDate.daysSince1970 + 1)
        }
    }

    @Test func everyDayOfSixYearsRollsOverAtJapaneseMidnight() {
        let first = CivilDate(year: 2024, month: 1, day: 1).daysSince1970
        let last = CivilDate(year: 2029, month: 12, day: 31).daysSince1970
        for day in first...last {
            // 00:00:00 and 23:59:59 JST of that day.
            let midnight = Timestamp(secondsSince1970: day * 86_400 - Timestamp.japanUTCOffset)
            let lastSecond = midnight.adding(seconds: 86_399)
            #expect(midnight.japaneseDate == CivilDate(daysSince1970: day))
            #expect(lastSecond.japaneseDate == CivilDate(daysSince1970: day))
            #expect(midnight.endOfJapaneseDay(afterDays: 0) == lastSecond)
            #expect(lastSecond.endOfJapaneseDay(afterDays: 1).secondsSince1970 == Self.foundationDeadline(lastSecond, afterDays: 1))
            let components = Self.tokyo.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(midnight.secondsSince1970)))
            #expect(CivilDate(year: Int64(components.year!), month: Int64(components.month!), day: Int64(components.day!)) == midnight.japaneseDate)
        }
    }
}
