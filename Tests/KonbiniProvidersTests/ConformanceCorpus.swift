import Foundation
import KonbiniProviders

/// One provider's conformance corpus file.
struct ConformanceCorpus: Decodable {
    var now: Timestamp
    var base: JSONValue
    var cases: [Case]

    struct Case: Decodable {
        var name: String
        /// Values to put at JSON Pointers of the base payload, before `remove` applies;
        /// `{"$now+": seconds}` is the corpus's `now` plus seconds, as a Unix timestamp.
        var set: [String: JSONValue]?
        var remove: [String]?
        /// A payload used instead of the base.
        var payload: JSONValue?
        /// Each violation as `[rule id, JSON Pointer]`.
        var violations: [[String]]

        func payload(from base: JSONValue, now: Timestamp) throws -> PayloadNode {
            var value = payload ?? base
            for (pointer, newValue) in (set ?? [:]).sorted(by: { $0.key < $1.key }) {
                value.set(newValue.resolvingNow(now), at: JSONPointer(encoded: pointer).tokens)
            }
            for pointer in remove ?? [] { value.remove(at: JSONPointer(encoded: pointer).tokens) }
            return value.payloadNode
        }
    }

    enum CodingKeys: String, CodingKey { case now, base, cases }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let nowText = try container.decode(String.self, forKey: .now)
        guard let now = Timestamp(iso8601: nowText) else {
            throw DecodingError.dataCorruptedError(forKey: .now, in: container, debugDescription: "not a date-time")
        }
        self.now = now
        base = try container.decode(JSONValue.self, forKey: .base)
        cases = try container.decode([Case].self, forKey: .cases)
    }

    static func load(_ url: URL) throws -> ConformanceCorpus {
        try JSONDecoder().decode(ConformanceCorpus.self, from: Data(contentsOf: url))
    }
}

/// A JSON value for building test payloads (Foundation's decoder, not the package's reader).
enum JSONValue: Decodable, Equatable {
    case null, bool(Bool), integer(Int64), double(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int64.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .double(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    var payloadNode: PayloadNode {
        switch self {
        case .null: PayloadNode(.null)
        case .bool(let value): PayloadNode(.bool(value))
        case .integer(let value): PayloadNode(.number(String(value)))
        case .double(let value): PayloadNode(.number(String(value)))
        case .string(let value): PayloadNode(.string(value))
        case .array(let items): PayloadNode(.array(items.map(\.payloadNode)))
        case .object(let members):
            PayloadNode(.object(members.sorted { $0.key < $1.key }.map { PayloadMember(key: $0.key, node: $0.value.payloadNode) }))
        }
    }

    func resolvingNow(_ now: Timestamp) -> JSONValue {
        if case .object(let members) = self, members.count == 1, case .integer(let seconds)? = members["$now+"] {
            return .integer(now.secondsSince1970 + seconds)
        }
        return self
    }

    mutating func set(_ value: JSONValue, at tokens: [String]) {
        guard let first = tokens.first else {
            self = value
            return
        }
        guard case .object(var members) = self else { return }
        var child = members[first] ?? .object([:])
        child.set(value, at: Array(tokens.dropFirst()))
        members[first] = child
        self = .object(members)
    }

    mutating func remove(at tokens: [String]) {
        guard let first = tokens.first, case .object(var members) = self else { return }
        if tokens.count == 1 {
            members[first] = nil
        } else {
            members[first]?.remove(at: Array(tokens.dropFirst()))
        }
        self = .object(members)
    }
}
