import CJapaneseText

/// The Unicode normalization forms of ICU's normalizer2 that this module uses.
enum ICUNormalizationForm {
    case nfc
    case nfkc
    case nfd

    fileprivate var cValue: cjt_normalization_form {
        switch self {
        case .nfc: CJT_NFC
        case .nfkc: CJT_NFKC
        case .nfd: CJT_NFD
        }
    }
}

extension String {
    /// This string in the normalization form `form`, computed by ICU.
    func normalized(_ form: ICUNormalizationForm) -> String {
        let units = Array(utf16)
        var capacity = units.count * 3 + 8
        while true {
            var output = [UInt16](repeating: 0, count: capacity)
            let length = units.withUnsafeBufferPointer { input in
                output.withUnsafeMutableBufferPointer { out in
                    cjt_normalize(form.cValue, input.baseAddress, Int32(input.count),
                                  out.baseAddress, Int32(out.count))
                }
            }
            // A Swift string is always well-formed UTF-16, which normalizer2 accepts.
            precondition(length >= 0, "ICU's normalizer rejected well-formed text")
            if Int(length) <= capacity {
                return String(decoding: output[..<Int(length)], as: UTF16.self)
            }
            capacity = Int(length)
        }
    }
}
