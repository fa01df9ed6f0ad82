@_spi(ICUReference) import JapaneseText

/// Product-description-like lines of Japanese (and, when asked, ASCII), a few of them with
/// a character outside JIS X 0208, built deterministically.
struct BenchmarkText: @unchecked Sendable {
    let bytes: [UInt8]
    /// Each line's byte range, found once so that both checks see the same lines.
    let lines: [Range<Int>]

    static let japanesePhrases = [
        "お買い上げ商品・サービス", "東京都千代田区丸の内一丁目", "ヤマダ　タロウ様", "コンビニ決済",
        "全角１２３ＡＢＣ", "予約番号：４５６７８", "【期間限定】季節の和菓子詰め合わせ", "送料無料",
        "ご注文ありがとうございます。", "北海道産ジャガイモ", "―", "お支払い期限は３日後です",
    ]
    static let asciiPhrases = ["Order #123456", " SKU-9981 ", "x2", "Tokyo Gift Set", " (tax incl.) "]

    init(megabytes: Int, includesASCII: Bool) {
        var bytes: [UInt8] = []
        var lines: [Range<Int>] = []
        bytes.reserveCapacity(megabytes << 20 + 512)
        var state: UInt32 = 2_463_534_242
        func next(_ bound: Int) -> Int {
            state ^= state << 13; state ^= state >> 17; state ^= state << 5
            return Int(state % UInt32(bound))
        }
        while bytes.count < megabytes << 20 {
            let start = bytes.count
            for _ in 0..<(4 + next(6)) {
                let phrase = includesASCII && next(3) == 0
                    ? Self.asciiPhrases[next(Self.asciiPhrases.count)]
                    : Self.japanesePhrases[next(Self.japanesePhrases.count)]
                bytes += Array(phrase.utf8)
            }
            if next(500) == 0 { bytes += Array("🍣".utf8) }
            lines.append(start..<bytes.count)
            bytes.append(0x0A)
        }
        self.bytes = bytes
        self.lines = lines
    }

    func countLinesInside(_ set: JapaneseCharacterSet) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            lines.count { line in
                set.violations(inUTF8: UnsafeBufferPointer(rebasing: buffer[line])).isEmpty
            }
        }
    }

    func countLinesInsideByICU(allowingJISX0201: Bool) -> Int {
        let check = ICUReferenceCheck(allowingJISX0201: allowingJISX0201)
        return bytes.withUnsafeBufferPointer { buffer in
            lines.count { line in check.contains(utf8: UnsafeBufferPointer(rebasing: buffer[line])) }
        }
    }
}
