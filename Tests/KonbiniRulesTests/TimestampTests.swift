import KonbiniRules
import Testing

@Suite struct TimestampTests {
    @Test(arguments: [
        // 2026-12-31 20:00 JST, one day: 2027-01-01 23:59:59 JST.
        (Int64(1_798_714_800), 1, "2027-01-01T14:59:59Z"),
        // 2028-02-28 12:00 JST, one day: the leap day.
        (1_835_319_600, 1, "2028-02-29T14:59:59Z"),
        // 2027-02-28 12:00 JST, one day: 1 March.
        (1_803_783_600, 1, "2027-03-01T14:59:59Z"),
        // 2026-11-22 23:59:59 JST, no days: the same second.
        (1_795_359_599, 0, "2026-11-22T14:59:59Z"),
        // 2026-11-23 00:00:00 JST, 60 days.
        (1_795_359_600, 60, "2027-01-22T14:59:59Z"),
    ])
    func endOfJapaneseDay(_ seconds: Int64, _ days: Int, _ expected: String) {
        #expect(Timestamp(secondsSince1970: seconds).endOfJapaneseDay(afterDays: days).description == expected)
    }

    @Test func civilDatesRoundTrip() {
        for days in stride(from: Int64(-800_000), through: 800_000, by: 997) {
            let date = CivilDate(daysSince1970: days)
            #expect(date.isValid)
            #expect(date.daysSince1970 == days)
        }
    }

    @Test(arguments: [
        ("2018-04-15T09:00:00Z", "2018-04-15T09:00:00Z"),
        ("2018-04-15", "2018-04-15T14:59:00Z"),
        ("2018-04-15T00:00", "2018-04-15T14:59:00Z"),
        ("2018-04-15T00:00:00+09:00", "2018-04-15T14:59:00Z"),
        ("2018-04-15T09:30", "2018-04-15T00:30:00Z"),
        ("2018-04-15T09:30:15.250-0100", "2018-04-15T10:30:15Z"),
    ])
    func omiseDateTimeDefaults(_ text: String, _ expected: String) {
        let omise = DateTimeDefaults(defaultTime: 23 * 60 + 59, midnightMeans: 23 * 60 + 59, defaultUTCOffset: 540)
        #expect(Timestamp(iso8601: text, defaults: omise)?.description == expected)
    }

    @Test(arguments: ["2018-02-29", "2018-13-01", "2018-04-15T24:00", "2018-04-15T09:00:00+9", "2018-04-15 09:00", "18-04-15", "2018-04-15T09:00Zx", ""])
    func rejectsMalformedDateTimes(_ text: String) {
        #expect(Timestamp(iso8601: text) == nil)
    }

    @Test(arguments: [
        (1000, "2017-01-04T07:52:34Z", 80),
        (1000, "2026-11-22T12:00:00Z", 100),
        (5, "2026-11-22T12:00:00Z", 1),
        (14, "2026-11-22T12:00:00Z", 1),
        (15, "2026-11-22T12:00:00Z", 2),
        (1000, "2019-09-30T14:59:59Z", 80),
        (1000, "2019-09-30T15:00:00Z", 100),
    ])
    func consumptionTaxRoundsHalfUpAtTheRateOfTheDay(_ amount: Int, _ moment: String, _ tax: Int) throws {
        let at = try #require(Timestamp(iso8601: moment))
        #expect(ConsumptionTax.auto.yen(onAmount: amount, at: at) == tax)
    }
}
