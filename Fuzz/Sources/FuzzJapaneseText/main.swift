// Every character set and every normalization on arbitrary bytes. The table-driven
// jisx0208 and shift_jis checks agree with ICU's converter and judge text as given; each
// normalization is idempotent, reports every change it made, and its output has the form
// it promises (half-width marks never become combining marks).
@_spi(ICUReference) import JapaneseText
import FuzzSupport

let jisX0208Reference = ICUReferenceCheck(allowingJISX0201: false)
let shiftJISReference = ICUReferenceCheck(allowingJISX0201: true)
let variantScalars = Set(JISMappingVariant.all.flatMap { [$0.jis, $0.microsoft] })

// Every normalization without a parameter, from the one list of their names, and the others
// with parameters a rules file may give.
let normalizations: [TextNormalization] = TextNormalization.Kind.allCases.compactMap(TextNormalization.init) + [
    .truncate(toCharacters: 0), .truncate(toCharacters: 3), .truncate(toCharacters: 20),
    .truncateBytes(to: 0, in: .shiftJIS), .truncateBytes(to: 7, in: .shiftJIS), .truncateBytes(to: 40, in: .cp932),
    .truncateBytes(to: 10, in: .utf8),
    .jisMappingVariants(.jis), .jisMappingVariants(.microsoft),
] + JapaneseCharacterSet.allCases.flatMap { set in
    // A replacement inside the set, as a rules file must give.
    [.dropOutside(set), .replaceOutside(set, with: ["0", "ー", "ｰ", "あ"].first(where: set.contains)!)]
}

runFuzzer { data, size in
    let bytes = UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
    let text = String(decoding: bytes, as: UTF8.self)
    let isUTF8 = String(validating: bytes, as: UTF8.self) != nil
    for set in JapaneseCharacterSet.allCases {
        let raw = set.violations(inUTF8: bytes)
        require(isUTF8 || !raw.isEmpty, "\(set): ill-formed UTF-8 passed")
        for violation in raw {
            require(violation.utf8Offset >= 0 && violation.utf8Offset + violation.utf8Length <= size,
                    "\(set): \(violation) lies outside the input")
        }
        let check = set.check(text)
        require(set.contains(text) == check.isValid, "\(set): contains and check disagree")
        // Text is judged as sent: a text that passes holds no scalar the set lacks, however
        // it would compose; a composition named as passing does pass, and differs.
        require(!check.isValid || text.unicodeScalars.allSatisfy(set.contains), "\(set) passed \(text.debugDescription) composed")
        if let composed = check.composedText {
            // Scalars, not String equality: a compatibility ideograph and its composition are
            // canonically equivalent, so == calls them equal.
            require(!check.isValid && set.contains(composed) && !composed.unicodeScalars.elementsEqual(text.unicodeScalars),
                    "\(set): \(composed.debugDescription) named as the passing composition of \(text.debugDescription)")
        }
        if isUTF8 {
            require(raw == set.violations(in: text), "\(set): bytes and string checks disagree")
        }
    }
    if isUTF8 {
        // The seven JIS/Microsoft variant cells are in the sets under both of their code
        // points (one cell, two mappings in use); ICU's converter maps one of each. The
        // tables must agree with ICU on everything else.
        let others = Array(String(String.UnicodeScalarView(text.unicodeScalars.filter { !variantScalars.contains($0) })).utf8)
        others.withUnsafeBufferPointer { others in
            let jisX0208 = JapaneseCharacterSet.jisX0208.violations(inUTF8: others).isEmpty
            require(jisX0208 == jisX0208Reference.contains(utf8: others), "jisx0208 disagrees with ICU on \(text.debugDescription)")
            let shiftJIS = JapaneseCharacterSet.shiftJIS.violations(inUTF8: others).isEmpty
            require(shiftJIS == shiftJISReference.contains(utf8: others), "shift_jis disagrees with ICU on \(text.debugDescription)")
        }
    }
    for normalization in normalizations {
        let once = normalization.apply(to: text)
        let twice = normalization.apply(to: once.text)
        require(!twice.isChanged, "\(normalization) is not idempotent on \(text.debugDescription)")
        require(normalization.isSatisfied(by: once.text), "\(normalization) left \(once.text.debugDescription)")
        if normalization == .halfwidthToFullwidthKatakana {
            let marks: Set<Unicode.Scalar> = ["\u{3099}", "\u{309A}"]
            require(text.unicodeScalars.contains(where: marks.contains) || !once.text.unicodeScalars.contains(where: marks.contains),
                    "half-width marks became combining marks in \(once.text.debugDescription)")
        }
        let replayed = TextChange.apply(once.changes, to: text)
        require(replayed?.unicodeScalars.elementsEqual(once.text.unicodeScalars) == true,
                "\(normalization): the changes \(once.changes) to \(text.debugDescription) rebuild \(replayed.debugDescription)")
    }
    return 0
}
