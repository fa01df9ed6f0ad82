import JapaneseText

// The runtime's values encode as a form handler would send them in a response, and decode
// back: a JSON Pointer as its string, a severity as its name, a consumption tax as the
// provider writes it.

extension Severity: Codable {}

extension TextNormalization.Kind: Codable {}

extension JSONPointer: Codable {
    /// Decodes a pointer from its RFC 6901 string, which is empty or starts with `/`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let encoded = try container.decode(String.self)
        guard encoded.isEmpty || encoded.hasPrefix("/") else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "a JSON Pointer is empty or starts with '/', not '\(encoded.prefix(20))'")
        }
        self.init(encoded: encoded)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(encoded)
    }
}

extension ConsumptionTax: Codable {
    /// Decodes a whole number of yen, or `"auto"`, as Komoju writes `tax`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let yen = try? container.decode(Int.self) {
            self = .yen(yen)
        } else if try container.decode(String.self) == "auto" {
            self = .auto
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "a consumption tax is a whole number of yen or \"auto\"")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .yen(let yen): try container.encode(yen)
        case .auto: try container.encode("auto")
        }
    }
}

extension Timestamp: Codable {
    /// Decodes an ISO 8601 date-time with its zone, such as `2026-12-01T14:59:00Z` (a date
    /// or time without a zone is read as UTC, ``DateTimeDefaults/strict``).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let moment = Timestamp(iso8601: try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "a moment is an ISO 8601 date-time such as 2026-12-01T14:59:00Z")
        }
        self = moment
    }

    /// Encodes the moment as an ISO 8601 date-time in UTC: `2026-12-01T14:59:00Z`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension KeyedDecodingContainer {
    /// The moment the date-time at `key` names, its missing parts filled by `defaults`, as
    /// the provider reads it; `nil` when the key is absent or null. Generated request types
    /// decode their `date_time` fields with it, each with its rules file's defaults.
    @_spi(Generated) public func decodeTimestampIfPresent(forKey key: Key, defaults: DateTimeDefaults) throws -> Timestamp? {
        guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let moment = Timestamp(iso8601: text, defaults: defaults) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not an ISO 8601 date-time")
        }
        return moment
    }
}

extension FieldChange: Codable {
    private enum CodingKeys: String, CodingKey {
        case path, ruleID = "rule", normalization, changes, isSensitive = "sensitive"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            path: try container.decode(JSONPointer.self, forKey: .path),
            ruleID: try container.decode(String.self, forKey: .ruleID),
            normalization: try container.decode(TextNormalization.Kind.self, forKey: .normalization),
            changes: try container.decode([TextChange].self, forKey: .changes),
            isSensitive: try container.decodeIfPresent(Bool.self, forKey: .isSensitive) ?? false)
    }

    /// Encodes the change with its texts as ``ValueMasking`` shows them, as ``description``
    /// does (a response or a log must not carry a card number), so masked texts decode masked.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(ruleID, forKey: .ruleID)
        try container.encode(normalization, forKey: .normalization)
        let shown = changes.map { change in
            TextChange(offset: change.offset, original: ValueMasking.displayed(change.original, isSensitive: isSensitive),
                       replacement: ValueMasking.displayed(change.replacement, isSensitive: isSensitive))
        }
        try container.encode(shown, forKey: .changes)
        if isSensitive { try container.encode(true, forKey: .isSensitive) }
    }
}
