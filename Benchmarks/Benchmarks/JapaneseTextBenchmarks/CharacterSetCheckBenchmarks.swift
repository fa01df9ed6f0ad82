import Benchmark
@_spi(ICUReference) import JapaneseText

/// The JIS X 0208 and Shift_JIS checks over 10 MB of text, each next to a check of the same
/// lines through ICU's EUC-JP converter. Divide 10 MB by the median wall-clock time for the
/// throughput.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal],
        timeUnits: .microseconds,
        maxDuration: .seconds(10),
        maxIterations: 40
    )

    let japanese = BenchmarkText(megabytes: 10, includesASCII: false)
    let mixed = BenchmarkText(megabytes: 10, includesASCII: true)

    Benchmark("jisx0208 table check, 10 MB Japanese") { benchmark in
        blackHole(japanese.countLinesInside(.jisX0208))
    }
    Benchmark("jisx0208 ICU converter check, 10 MB Japanese") { benchmark in
        blackHole(japanese.countLinesInsideByICU(allowingJISX0201: false))
    }
    Benchmark("shift_jis table check, 10 MB mixed Japanese and ASCII") { benchmark in
        blackHole(mixed.countLinesInside(.shiftJIS))
    }
    Benchmark("shift_jis ICU converter check, 10 MB mixed Japanese and ASCII") { benchmark in
        blackHole(mixed.countLinesInsideByICU(allowingJISX0201: true))
    }
}
