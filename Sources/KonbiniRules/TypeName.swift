/// What a type rule's message calls the type a value should have, its `{type}`: the payload
/// decoder fills it in when a value has another type, and the JSON Schema export writes the
/// same message for a browser.
@usableFromInline package enum TypeName {
    @usableFromInline package static let integer = BilingualText(english: "an integer", japanese: "整数")
    @usableFromInline package static let string = BilingualText(english: "a string", japanese: "文字列")
    @usableFromInline package static let boolean = BilingualText(english: "true or false", japanese: "trueまたはfalse")
    @usableFromInline package static let dateTime = BilingualText(english: "an ISO 8601 date-time", japanese: "ISO 8601の日時")
    @usableFromInline package static let consumptionTax = BilingualText(english: "an integer or auto", japanese: "整数またはauto")
    @usableFromInline package static let object = BilingualText(english: "an object", japanese: "オブジェクト")
    @usableFromInline package static let array = BilingualText(english: "an array", japanese: "配列")
}
