import KonbiniRules

/// A request type that writes itself as the provider's JSON, with the values of its
/// sensitive fields, and any text that looks like a card number, masked as
/// `ValueMasking` shows them.
///
/// Generated request types conform. A form handler answers every accepted request with
/// one, so the writing is generated for each type rather than left to `Encodable`, whose
/// containers and dynamic casts cost more than the checking does.
public protocol PayloadEncodable {
    /// Writes the value as one JSON value: members in the order of the rules file, absent
    /// fields left out, as `Encodable` writes them.
    func write(to writer: inout PayloadWriter)
}

extension PayloadEncodable {
    /// The value's JSON, as UTF-8, masked where personal data would show.
    public var maskedJSON: [UInt8] {
        var writer = PayloadWriter()
        write(to: &writer)
        return writer.bytes
    }
}

/// A request type that reads itself from a payload and writes itself as the provider's JSON,
/// as every generated request type does.
public typealias PayloadCodable = PayloadDecodable & PayloadEncodable
