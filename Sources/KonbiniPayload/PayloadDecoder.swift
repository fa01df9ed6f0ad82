import JapaneseText
import KonbiniRules

/// Reads typed values out of a ``PayloadNode`` for the generated request decoders and the
/// interpreter, reporting every value of the wrong type at its JSON Pointer instead of
/// throwing it away. A `null` member reads as an absent one.
public struct PayloadDecoder {
    /// The type violations found so far.
    public var violations: [Violation] = []
    /// Where a value was present but could not be read: the typed request has nothing there,
    /// so validation would call it missing.
    public private(set) var unreadablePaths: Set<JSONPointer> = []

    /// A decoder that has found nothing yet.
    public init() {}

    /// `validation` without the violations at a value that was present but unreadable: that
    /// value already has its type violation, and a second one (`required`, say) would say
    /// something untrue about the payload.
    public func excludingUnreadable(_ validation: [Violation]) -> [Violation] {
        guard !unreadablePaths.isEmpty else { return validation }
        return validation.filter { !unreadablePaths.contains($0.path) }
    }

    // Every reader takes the value's path as an autoclosure, so that an array item's path,
    // a string built at run time, is made only for a violation.
    //
    // Each reader comes three times: for a node (a value the interpreter found), for a
    // borrowed node (an array's item in a generated decoder) and for an object's member by
    // name, which is how generated decoders read every field. All look at the value as a
    // `BorrowedNode`: a member of a read document gets no node of its own, so reading it
    // touches no reference count.

    /// A whole number: a JSON integer, or a form value of decimal digits.
    @_spi(Generated) public mutating func integer(_ node: PayloadNode?, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule) -> Int? {
        integer(node?.borrowed, at: path(), rule: rule)
    }

    /// The integer member `name` of `object`.
    @_spi(Generated) public mutating func integer(_ name: String, of object: BorrowedNode, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule) -> Int? {
        integer(object.member(name), at: path(), rule: rule)
    }

    /// The same, for a borrowed node: an array's item in a generated decoder.
    @_spi(Generated) public mutating func integer(_ value: BorrowedNode?, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule) -> Int? {
        switch value?.kind {
        case nil, .null?:
            return nil
        case .number?, .text?:
            if let integer = value?.withText(Self.integer(fromLexeme:)) ?? nil { return integer }
        default:
            break
        }
        return mismatch(at: path(), rule, type: TypeName.integer)
    }

    /// A moment: a JSON string or form value holding an ISO 8601 date-time, its missing
    /// parts filled by `defaults` (``Timestamp/init(iso8601:defaults:)``).
    @_spi(Generated) public mutating func dateTime(
        _ node: PayloadNode?, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule, defaults: DateTimeDefaults
    ) -> Timestamp? {
        dateTime(node?.borrowed, at: path(), rule: rule, defaults: defaults)
    }

    /// The date-time member `name` of `object`.
    @_spi(Generated) public mutating func dateTime(
        _ name: String, of object: BorrowedNode, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule, defaults: DateTimeDefaults
    ) -> Timestamp? {
        dateTime(object.member(name), at: path(), rule: rule, defaults: defaults)
    }

    /// The same, for a borrowed node: an array's item in a generated decoder.
    @_spi(Generated) public mutating func dateTime(_ value: BorrowedNode?, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule, defaults: DateTimeDefaults) -> Timestamp? {
        switch value?.kind {
        case nil, .null?:
            return nil
        case .string?, .text?:
            if let moment = value?.text.flatMap({ Timestamp(iso8601: $0, defaults: defaults) }) { return moment }
        default:
            break
        }
        return mismatch(at: path(), rule, type: TypeName.dateTime)
    }

    /// A string: a JSON string, or any form value.
    @_spi(Generated) public mutating func string(_ node: PayloadNode?, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule) -> String? {
        string(node?.borrowed, at: path(), rule: rule)
    }

    /// The string member `name` of `object`.
    @_spi(Generated) public mutating func string(_ name: String, of object: BorrowedNode, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule) -> String? {
        string(object.member(name), at: path(), rule: rule)
    }

    /// The same, for a borrowed node: an array's item in a generated decoder.
    @_spi(Generated) public mutating func string(_ value: BorrowedNode?, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule) -> String? {
        switch value?.kind {
        case nil, .null?: return nil
        case .string?, .text?: return value?.text
        default: return mismatch(at: path(), rule, type: TypeName.string)
        }
    }

    /// A boolean: JSON `true` or `false`, or a form value `true` or `false`.
    @_spi(Generated) public mutating func boolean(_ node: PayloadNode?, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule) -> Bool? {
        boolean(node?.borrowed, at: path(), rule: rule)
    }

    /// The boolean member `name` of `object`.
    @_spi(Generated) public mutating func boolean(_ name: String, of object: BorrowedNode, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule) -> Bool? {
        boolean(object.member(name), at: path(), rule: rule)
    }

    /// The same, for a borrowed node: an array's item in a generated decoder.
    @_spi(Generated) public mutating func boolean(_ value: BorrowedNode?, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule) -> Bool? {
        guard let value, value.kind != .null else { return nil }
        switch value.scalarValue {
        case .bool(let value)?: return value
        case .text("true")?: return true
        case .text("false")?: return false
        default: return mismatch(at: path(), rule, type: TypeName.boolean)
        }
    }

    /// The member `name` of `object`, which must be one of `Value`'s raw values.
    @inlinable
    @_spi(Generated) public mutating func enumeration<Value: RawRepresentable & CaseIterable>(
        _ name: String, of object: BorrowedNode, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule, ignoringCase: Bool = false
    ) -> Value? where Value.RawValue == String {
        enumeration(object.member(name), at: path(), rule: rule, ignoringCase: ignoringCase)
    }

    /// A string that must be one of `Value`'s raw values (compared without case when
    /// `ignoringCase`), read from a borrowed node: an array's item in a generated decoder.
    /// The type rule's message lists the values. (The interpreter reads enumerations with
    /// `oneOf`.)
    ///
    /// Inlinable, so that generated decoders get it specialised for their enumeration.
    @inlinable
    @_spi(Generated) public mutating func enumeration<Value: RawRepresentable & CaseIterable>(
        _ value: BorrowedNode?, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule, ignoringCase: Bool = false
    ) -> Value? where Value.RawValue == String {
        // The exact spelling is the common case: its bytes are compared with each raw value's,
        // with no string made for the value and no list of the raw values.
        if let value, value.kind == .string || value.kind == .text,
           let known = value.withText({ bytes in Value.allCases.first { $0.rawValue.hasUTF8(bytes) } }) ?? nil {
            return known
        }
        // A loop, not `map(\.rawValue)`: a generic key path is instantiated at run time.
        var rawValues: [String] = []
        for known in Value.allCases { rawValues.append(known.rawValue) }
        return oneOf(value, values: rawValues, at: path(), rule: rule, ignoringCase: ignoringCase).flatMap(Value.init(rawValue:))
    }

    /// A string that must be one of `values`, returned as the list spells it.
    @_spi(Generated) public mutating func oneOf(
        _ node: PayloadNode?, values: [String], at path: @autoclosure () -> JSONPointer, rule: KonbiniRule, ignoringCase: Bool = false
    ) -> String? {
        oneOf(node?.borrowed, values: values, at: path(), rule: rule, ignoringCase: ignoringCase)
    }

    /// The same, for a borrowed node: an array's item in a generated decoder.
    @_spi(Generated) public mutating func oneOf(
        _ value: BorrowedNode?, values: [String], at path: @autoclosure () -> JSONPointer, rule: KonbiniRule, ignoringCase: Bool = false
    ) -> String? {
        guard let text = string(value, at: path(), rule: rule) else { return nil }
        if let match = values.first(where: { ignoringCase ? $0.lowercased() == text.lowercased() : $0 == text }) {
            return match
        }
        let path = path()
        violations.append(rule.violation(at: path, field: Self.fieldName(path), values: [("values", BilingualText(values.joined(separator: ", ")))]))
        unreadablePaths.insert(path)
        return nil
    }

    /// The variant the discriminator member `name` of the object at `path` names: a missing
    /// discriminator breaks `required`, one that names no variant breaks `unknown`. Either
    /// way the object cannot be read.
    @_spi(Generated) public mutating func discriminator(
        of object: BorrowedNode, named name: String, at path: JSONPointer, variants: [String], required: KonbiniRule, unknown: KonbiniRule
    ) -> String? {
        let memberPath = path.appending(name)
        guard let node = object.member(name), node.kind != .null else {
            violations.append(required.violation(at: memberPath, field: name))
            unreadablePaths.insert(path)
            return nil
        }
        guard let variant = oneOf(node, values: variants, at: memberPath, rule: unknown) else {
            unreadablePaths.insert(path)
            return nil
        }
        return variant
    }

    /// A consumption tax: a whole number of yen, or `auto`.
    @_spi(Generated) public mutating func consumptionTax(_ node: PayloadNode?, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule) -> ConsumptionTax? {
        consumptionTax(node?.borrowed, at: path(), rule: rule)
    }

    /// The member `name` of `object`: an integer or `auto`.
    @_spi(Generated) public mutating func consumptionTax(
        _ name: String, of object: BorrowedNode, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule
    ) -> ConsumptionTax? {
        consumptionTax(object.member(name), at: path(), rule: rule)
    }

    /// The same, for a borrowed node: an array's item in a generated decoder.
    @_spi(Generated) public mutating func consumptionTax(_ value: BorrowedNode?, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule) -> ConsumptionTax? {
        guard let value, value.kind != .null else { return nil }
        switch value.scalarValue {
        case .string("auto")?, .text("auto")?: return .auto
        case .number(let lexeme)?, .text(let lexeme)?:
            if let tax = Self.integer(fromLexeme: lexeme) { return .yen(tax) }
        default: break
        }
        return mismatch(at: path(), rule, type: TypeName.consumptionTax)
    }

    /// The payload of a whole request, which must be an object: anything else, `null`
    /// included, breaks `rule`.
    @_spi(Generated) public mutating func request(_ payload: PayloadNode, rule: KonbiniRule) -> BorrowedNode? {
        payload.kind == .object ? payload.borrowed : mismatch(at: .root, rule, type: TypeName.object)
    }

    /// The members of an object, or `nil` (with a violation) for anything else.
    @_spi(Generated) public mutating func object(_ node: PayloadNode?, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule) -> PayloadNode? {
        isObject(node?.kind, at: path, rule: rule) ? node : nil
    }

    /// The object member `name` of `object`, looked at while `object` is.
    @_spi(Generated) public mutating func object(_ name: String, of object: BorrowedNode, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule) -> BorrowedNode? {
        let member = object.member(name)
        return isObject(member?.kind, at: path, rule: rule) ? member : nil
    }

    /// Whether a value of `kind` is an object; a value that is neither an object nor absent
    /// nor `null` breaks `rule`.
    private mutating func isObject(_ kind: PayloadKind?, at path: () -> JSONPointer, rule: KonbiniRule) -> Bool {
        switch kind {
        case nil, .null?: return false
        case .object?: return true
        default:
            let _: Bool? = mismatch(at: path(), rule, type: TypeName.object)
            return false
        }
    }

    /// The items of an array, each read by `item`, which is handed the item's path as a
    /// closure to call when it reports a violation.
    ///
    /// Inlinable, so that generated decoders get it specialised for their item type instead
    /// of looking up generic metadata for every array they read.
    @inlinable
    @_spi(Generated) public mutating func array<Item>(
        _ node: BorrowedNode?, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule,
        item: (inout PayloadDecoder, BorrowedNode, _ path: () -> JSONPointer) -> Item?
    ) -> [Item]? {
        guard let node, node.kind != .null else { return nil }
        let path = path()
        var items: [Item] = []
        let isArray = node.forEachItem { index, itemNode in
            if let value = item(&self, itemNode, { path.appending(index) }) { items.append(value) }
        }
        return isArray ? items : mismatch(at: path, rule, type: TypeName.array)
    }

    /// The items of an array, each read by `item` from a node of its own.
    @_spi(Generated) public mutating func array<Item>(
        _ node: PayloadNode?, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule,
        item: (inout PayloadDecoder, PayloadNode, _ path: () -> JSONPointer) -> Item?
    ) -> [Item]? {
        array(node?.borrowed, at: path(), rule: rule) { decoder, itemNode, itemPath in
            withoutActuallyEscaping(itemPath) { itemPath in item(&decoder, itemNode.node, itemPath) }
        }
    }

    /// The array member `name` of `object`, each item read by `item`.
    @inlinable
    @_spi(Generated) public mutating func array<Item>(
        _ name: String, of object: BorrowedNode, at path: @autoclosure () -> JSONPointer, rule: KonbiniRule,
        item: (inout PayloadDecoder, BorrowedNode, _ path: () -> JSONPointer) -> Item?
    ) -> [Item]? {
        array(object.member(name), at: path(), rule: rule, item: item)
    }

    /// Reports each member of `object` that `known` does not name, when `rule` is set.
    ///
    /// Generated decoders prepare `known` once, in a `static let`, rather than for each
    /// payload.
    @_spi(Generated) public mutating func reportUnknownMembers(of object: BorrowedNode?, known: MemberNames, at path: JSONPointer, rule: KonbiniRule?) {
        guard let rule, let object else { return }
        for name in object.memberNames(notIn: known) {
            violations.append(rule.violation(at: path.appending(name), field: name))
        }
    }

    @usableFromInline
    mutating func mismatch<Value>(at path: JSONPointer, _ rule: KonbiniRule, type: BilingualText) -> Value? {
        violations.append(rule.violation(at: path, field: Self.fieldName(path), values: [("type", type)]))
        unreadablePaths.insert(path)
        return nil
    }

    /// The name a message gives the value at `path`: its member name, or its array's.
    static func fieldName(_ path: JSONPointer) -> String {
        let tokens = path.tokens
        guard let last = tokens.last else { return "request" }
        if Int(last) != nil, tokens.count >= 2 { return "\(tokens[tokens.count - 2])[\(last)]" }
        return last
    }

    /// An optional `-` and decimal digits within `Int`; a fraction, an exponent or an
    /// out-of-range value is no integer (never rounded).
    static func integer(fromLexeme lexeme: String) -> Int? {
        var lexeme = lexeme
        return lexeme.withUTF8(integer(fromLexeme:))
    }

    /// ``integer(fromLexeme:)-(String)`` over the lexeme's UTF-8, which a read node hands
    /// over without building a string.
    static func integer(fromLexeme utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        let isNegative = utf8.first == UInt8(ascii: "-")
        let digits = isNegative ? UnsafeBufferPointer(rebasing: utf8.dropFirst()) : utf8
        guard !digits.isEmpty else { return nil }
        // Accumulated towards the sign, so that Int.min, whose magnitude Int cannot hold, reads.
        var value = 0
        for byte in digits {
            guard (0x30...0x39).contains(byte) else { return nil }
            let (shifted, overflowed) = value.multipliedReportingOverflow(by: 10)
            let digit = Int(byte &- 0x30)
            let (next, carried) = isNegative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflowed, !carried else { return nil }
            value = next
        }
        return value
    }
}
