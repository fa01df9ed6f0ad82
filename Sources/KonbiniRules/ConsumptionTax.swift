/// Japanese consumption tax on a payment: a yen amount, or `auto` for the standard rate
/// in force at the payment date (Komoju's `tax`).
public enum ConsumptionTax: Hashable, Sendable {
    case yen(Int)
    case auto

    /// The standard rate, in percent, on a date in Japan: 3% from 1989-04-01, 5% from
    /// 1997-04-01, 8% from 2014-04-01, 10% from 2019-10-01; none before 1989.
    public static func standardRate(on date: CivilDate) -> Int {
        switch date {
        case CivilDate(year: 2019, month: 10, day: 1)...: 10
        case CivilDate(year: 2014, month: 4, day: 1)...: 8
        case CivilDate(year: 1997, month: 4, day: 1)...: 5
        case CivilDate(year: 1989, month: 4, day: 1)...: 3
        default: 0
        }
    }

    /// The tax in yen on `amount` paid at `moment`: the given yen, or the standard rate
    /// applied and rounded half up (a half yen and above rounds up).
    public func yen(onAmount amount: Int, at moment: Timestamp) -> Int {
        switch self {
        case .yen(let yen):
            return yen
        case .auto:
            let rate = Self.standardRate(on: moment.japaneseDate)
            let hundredths = amount.multipliedReportingOverflow(by: rate)
            guard !hundredths.overflow else { return amount >= 0 ? .max : .min }
            return hundredths.partialValue >= 0
                ? (hundredths.partialValue + 50) / 100
                : -((-hundredths.partialValue + 50) / 100)
        }
    }
}
