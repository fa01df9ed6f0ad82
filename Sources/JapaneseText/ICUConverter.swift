import CJapaneseText

/// An ICU converter that never substitutes: a byte sequence or character without an exact
/// round-trip mapping makes the conversion fail instead of turning into `?` or U+FFFD.
///
/// Used to derive the character-set tables and as the reference the precomputed tables are
/// measured against; the checks themselves never call a converter.
package final class ICUConverter {
    private let handle: OpaquePointer

    /// Opens the converter ICU knows by `name` (a canonical name such as `ibm-33722_P120-1999`
    /// or an alias such as `EUC-JP`); `nil` when ICU has none.
    package init?(named name: String) {
        guard let handle = cjt_converter_open(name) else { return nil }
        self.handle = handle
    }

    deinit {
        cjt_converter_close(handle)
    }

    /// The UTF-16 code units `bytes` decode to, or `nil` when they do not decode exactly.
    package func decode(_ bytes: [UInt8]) -> [UInt16]? {
        var units = [UInt16](repeating: 0, count: bytes.count * 2 + 2)
        let written = bytes.withUnsafeBufferPointer { input in
            units.withUnsafeMutableBufferPointer { output in
                cjt_converter_decode(handle, input.baseAddress, Int32(input.count),
                                     output.baseAddress, Int32(output.count))
            }
        }
        guard written >= 0 else { return nil }
        units.removeSubrange(Int(written)...)
        return units
    }

    /// The bytes `units` encode to, or `nil` when a character has no round-trip mapping.
    package func encode(_ units: [UInt16]) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: units.count * 4 + 4)
        let written = units.withUnsafeBufferPointer { input in
            bytes.withUnsafeMutableBufferPointer { output in
                cjt_converter_encode(handle, input.baseAddress, Int32(input.count),
                                     output.baseAddress, Int32(output.count))
            }
        }
        guard written >= 0 else { return nil }
        bytes.removeSubrange(Int(written)...)
        return bytes
    }

    /// The one BMP character that `bytes` decode to and that encodes back to exactly `bytes`;
    /// `nil` for anything else.
    package func roundTripScalar(_ bytes: [UInt8]) -> Unicode.Scalar? {
        guard let units = decode(bytes), units.count == 1,
              let scalar = Unicode.Scalar(units[0]),
              encode(units) == bytes
        else { return nil }
        return scalar
    }
}
