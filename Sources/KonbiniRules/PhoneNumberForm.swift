/// The forms in which providers ask for a phone number, as the rules language's `phone`
/// check names them.
///
/// | Form | Accepts | Rejects |
/// | --- | --- | --- |
/// | ``domestic`` | `09012345678`, `0312345678` | `090-1234-5678`, `9012345678`, `+819012345678` |
/// | ``domesticHyphens`` | `090-1234-5678`, `09012345678` | `090--1234`, `-09012345678`, `090 1234 5678` |
/// | ``international`` | `+819012345678`, `+81 90 1234 5678`, `+31 20 779 1846` | `+81 (0)90…`, `0081 90…`, `+81 090…`, `090…` |
///
/// Each counts ASCII characters only: a number typed in full width is fixed by the
/// `phone_digits` or `phone_e164` normalizations, not accepted.
public enum PhoneNumberForm: String, CaseIterable, Hashable, Sendable {
    /// A Japanese number as the digits dialled at home: `0` and 9 or 10 more ASCII digits,
    /// nothing else (PPRO's `^[0-9]{10,11}$`, with the trunk prefix every Japanese number has).
    case domestic
    /// A domestic number that may separate its groups with single hyphens (`090-1234-5678`),
    /// as Komoju and most Japanese forms show it.
    case domesticHyphens = "domestic_hyphens"
    /// An international number: `+`, the country code and the subscriber number, 8 to 15
    /// digits in all (ITU-T E.164), optionally in groups separated by single spaces as Adyen
    /// shows it (`+31 20 779 1846`). The trunk prefix has no place in it: `+81 (0)90…`,
    /// `+81 090…` and the dialling prefix `0081…` are rejected, and a number with Japan's
    /// code has the 9 or 10 digits of a domestic number without its `0`.
    case international

    /// The rules language's name of the form.
    public var name: String { rawValue }

    /// Whether `text` is a phone number in this form. It allocates nothing: validation of a
    /// request stays free of allocations.
    public func accepts(_ text: String) -> Bool {
        // The digit count and the first three digits are all the forms look at.
        var count = 0
        var leading: (UInt8, UInt8, UInt8) = (0xFF, 0xFF, 0xFF)
        var previous: UInt8?
        var bytes = text.utf8.makeIterator()
        if self == .international {
            guard bytes.next() == UInt8(ascii: "+") else { return false }
            previous = UInt8(ascii: "+")
        }
        let separator: UInt8? = switch self {
        case .domestic: nil
        case .domesticHyphens: UInt8(ascii: "-")
        case .international: UInt8(ascii: " ")
        }
        while let byte = bytes.next() {
            if (0x30...0x39).contains(byte) {
                switch count {
                case 0: leading.0 = byte - 0x30
                case 1: leading.1 = byte - 0x30
                case 2: leading.2 = byte - 0x30
                default: break
                }
                count += 1
            } else if byte == separator, let previous, (0x30...0x39).contains(previous) {
                // A separator only between two digits: not first, not last, never doubled.
            } else {
                return false
            }
            previous = byte
        }
        guard let last = previous, (0x30...0x39).contains(last) else { return false }
        switch self {
        case .domestic, .domesticHyphens:
            return leading.0 == 0 && (10...11).contains(count)
        case .international:
            guard leading.0 != 0, (8...15).contains(count) else { return false }
            if leading.0 == 8 && leading.1 == 1 {
                return leading.2 != 0 && (11...12).contains(count)
            }
            return true
        }
    }
}
