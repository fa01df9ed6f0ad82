/// An encoding in which a provider counts a field's length in bytes.
///
/// Providers that send Japanese text on as Shift_JIS or Windows-31J state their limits in
/// bytes: a limit of 40 holds 40 ASCII characters or 20 full-width ones.
///
/// ```swift
/// TextEncoding.shiftJIS.byteCount(of: "ﾔﾏﾀﾞ")    // 4: half-width katakana are single bytes
/// TextEncoding.shiftJIS.byteCount(of: "ヤマダ")    // 6
/// TextEncoding.utf8.byteCount(of: "ヤマダ")        // 9
/// ```
public enum TextEncoding: String, CaseIterable, Hashable, Sendable {
    /// Shift_JIS as JIS X 0208:1997 Annex 1 defines it (``JapaneseCharacterSet/shiftJIS``).
    case shiftJIS = "shift_jis"
    /// Windows-31J, code page 932 (``JapaneseCharacterSet/cp932``).
    case cp932
    /// UTF-8.
    case utf8

    /// The name the rules language uses for the encoding, such as `shift_jis`.
    public var name: String { rawValue }

    /// The encoding as its specification names it: `Shift_JIS`, `Windows-31J`, `UTF-8`.
    public var displayName: String {
        switch self {
        case .shiftJIS: "Shift_JIS"
        case .cp932: "Windows-31J"
        case .utf8: "UTF-8"
        }
    }

    /// The encoding the rules language calls `name`, or `nil` when there is none.
    public init?(named name: String) {
        self.init(rawValue: name)
    }

    /// The number of bytes `text` takes in the encoding.
    ///
    /// In Shift_JIS and Windows-31J, ASCII (controls included) and half-width katakana take
    /// one byte; in Shift_JIS so do `¥` and `‾`, which share bytes with `\` and `~`, and in
    /// Windows-31J so do U+0080 and U+F8F0–U+F8F3, which Microsoft's table gives the single
    /// bytes 0x80, 0xA0 and 0xFD–0xFF. Every other character takes two. A character the encoding lacks counts as two as
    /// well, the width of the `〓` a provider's conversion or a `replace_outside` fix puts
    /// in its place: whether it may be sent at all is a character set check's question.
    public func byteCount(of text: some StringProtocol) -> Int {
        switch self {
        case .utf8:
            return text.utf8.count
        case .shiftJIS, .cp932:
            var count = 0
            for scalar in text.unicodeScalars {
                count += isSingleByte(scalar) ? 1 : 2
            }
            return count
        }
    }

    private func isSingleByte(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x7F, 0xFF61...0xFF9F: true
        case 0xA5, 0x203E: self == .shiftJIS
        case 0x80, 0xF8F0...0xF8F3: self == .cp932
        default: false
        }
    }
}
