/// A JIS X 0208 cell that the JIS and the Microsoft (CP932) mapping tables send to
/// different Unicode characters.
///
/// Text typed on Windows carries the Microsoft form (`～`, U+FF5E), text from other systems
/// the JIS form (`〜`, U+301C), and both mean the same cell, so ``JapaneseCharacterSet/jisX0208``
/// accepts both. ``TextNormalization/jisMappingVariants(_:)`` rewrites text to one form.
public struct JISMappingVariant: Hashable, Sendable {
    /// The character the JIS X 0208 mapping (and ICU's EUC-JP converter) uses.
    public let jis: Unicode.Scalar
    /// The character the Microsoft CP932 mapping uses.
    public let microsoft: Unicode.Scalar

    /// All seven pairs.
    public static let all: [JISMappingVariant] = [
        JISMappingVariant(jis: "\u{301C}", microsoft: "\u{FF5E}"),  // 〜 WAVE DASH / ～ FULLWIDTH TILDE
        JISMappingVariant(jis: "\u{2016}", microsoft: "\u{2225}"),  // ‖ DOUBLE VERTICAL LINE / ∥ PARALLEL TO
        JISMappingVariant(jis: "\u{2212}", microsoft: "\u{FF0D}"),  // − MINUS SIGN / － FULLWIDTH HYPHEN-MINUS
        JISMappingVariant(jis: "\u{00A2}", microsoft: "\u{FFE0}"),  // ¢ / ￠
        JISMappingVariant(jis: "\u{00A3}", microsoft: "\u{FFE1}"),  // £ / ￡
        JISMappingVariant(jis: "\u{00AC}", microsoft: "\u{FFE2}"),  // ¬ / ￢
        JISMappingVariant(jis: "\u{2015}", microsoft: "\u{2014}"),  // ― HORIZONTAL BAR / — EM DASH
    ]

    /// Which of the two forms a normalization writes.
    public enum Form: String, Sendable {
        case jis
        case microsoft
    }
}
