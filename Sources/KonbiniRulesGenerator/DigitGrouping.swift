/// Whole numbers with their digits in groups of three, as Swift literals (`300_000`) and
/// English prose (`300,000`) write them.
enum DigitGrouping {
    static func grouped(_ value: Int, separator: Character) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(separator) }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }
}
