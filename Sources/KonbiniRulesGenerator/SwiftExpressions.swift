import JapaneseText
import KonbiniRules
import KonbiniRulesCore

/// Swift expressions for model values.
enum SwiftExpressions {
    static func characterSet(_ set: JapaneseCharacterSet) -> String {
        switch set {
        case .jisX0208: ".jisX0208"
        case .shiftJIS: ".shiftJIS"
        case .cp932: ".cp932"
        case .fullwidthKatakana: ".fullwidthKatakana"
        case .hiragana: ".hiragana"
        case .halfwidthKatakana: ".halfwidthKatakana"
        case .asciiDigits: ".asciiDigits"
        case .printableASCII: ".printableASCII"
        }
    }

    /// An encoding as a `TextEncoding` literal: `.shiftJIS`.
    static func textEncoding(_ encoding: TextEncoding) -> String {
        switch encoding {
        case .shiftJIS: ".shiftJIS"
        case .cp932: ".cp932"
        case .utf8: ".utf8"
        }
    }

    /// The Swift condition that holds when `condition` does, in a validator or normalizer of
    /// `object`: `case .konbini? = paymentDetails`, `convenience == .sevenEleven`.
    static func condition(_ condition: FieldCondition, in object: ObjectDefinition) -> String {
        let property = SwiftNames.property(condition.field)
        switch object.field(named: condition.field).flatMap(condition.target(in:)) {
        case .variant(let name)?: return "case .\(SwiftNames.enumCase(name))? = \(property)"
        case .enumeration(_, let caseName)?: return "\(property) == .\(SwiftNames.enumCase(caseName))"
        // The checker rejects a file whose condition names no variant or value.
        case nil: preconditionFailure("when \(condition.field): \(condition.value) names no variant or value")
        }
    }

    /// A phone number form as a `PhoneNumberForm` literal: `.domesticHyphens`.
    static func phoneNumberForm(_ form: PhoneNumberForm) -> String {
        switch form {
        case .domestic: ".domestic"
        case .domesticHyphens: ".domesticHyphens"
        case .international: ".international"
        }
    }

    static func normalization(_ normalization: TextNormalization) -> String {
        switch normalization {
        case .nfc: ".nfc"
        case .nfkc: ".nfkc"
        case .hiraganaToKatakana: ".hiraganaToKatakana"
        case .halfwidthToFullwidthKatakana: ".halfwidthToFullwidthKatakana"
        case .fullwidthAlphanumericsToASCII: ".fullwidthAlphanumericsToASCII"
        case .phoneDigits: ".phoneDigits"
        case .phoneE164: ".phoneE164"
        case .ideographicSpaces: ".ideographicSpaces"
        case .longVowelMarks: ".longVowelMarks"
        case .fullwidthASCIIToASCII: ".fullwidthASCIIToASCII"
        case .trimmingWhitespace: ".trimmingWhitespace"
        case .replaceOutside(let set, let replacement): ".replaceOutside(\(characterSet(set)), with: \(SwiftNames.literal(replacement)))"
        case .dropOutside(let set): ".dropOutside(\(characterSet(set)))"
        case .truncate(toCharacters: let count): ".truncate(toCharacters: \(count))"
        case .truncateBytes(to: let count, in: let encoding): ".truncateBytes(to: \(count), in: \(textEncoding(encoding)))"
        case .jisMappingVariants(let form): ".jisMappingVariants(.\(form.rawValue))"
        }
    }

    /// A check's test as a `ValueCheck.Test` literal: `.range(min: 120, max: 300_000)`.
    static func test(_ test: ValueCheck.Test) -> String {
        switch test {
        case .range(let min, let max): ".range(min: \(optionalInteger(min)), max: \(optionalInteger(max)))"
        case .length(let min, let max): ".length(min: \(optionalInteger(min)), max: \(optionalInteger(max)))"
        case .byteLength(let min, let max, let encoding):
            ".byteLength(min: \(optionalInteger(min)), max: \(optionalInteger(max)), encoding: \(textEncoding(encoding)))"
        case .digits(let min, let max): ".digits(min: \(optionalInteger(min)), max: \(optionalInteger(max)))"
        case .notAllZeros: ".notAllZeros"
        case .oneOf(let values): ".oneOf([\(values.map(SwiftNames.literal).joined(separator: ", "))])"
        case .pattern(let pattern): ".pattern(TextPattern(validated: \(SwiftNames.literal(pattern.source))))"
        case .charset(let set): ".charset(\(characterSet(set)))"
        case .phone(let form): ".phone(\(phoneNumberForm(form)))"
        case .luhn: ".luhn"
        case .laterThan(let seconds): ".laterThan(seconds: \(SwiftNames.integer(seconds)))"
        case .soonerThan(let seconds): ".soonerThan(seconds: \(SwiftNames.integer(seconds)))"
        case .contains(let item): ".contains(\(SwiftNames.literal(item)))"
        }
    }

    /// An object rule's test as a `FieldGroupCheck.Test` literal: `.exclusive(["a", "b"])`.
    static func test(_ test: FieldGroupCheck.Test) -> String {
        switch test {
        case .exclusive(let names): ".exclusive([\(names.map(SwiftNames.literal).joined(separator: ", "))])"
        case .total(let names, let min, let max):
            ".total(of: [\(names.map(SwiftNames.literal).joined(separator: ", "))], min: \(optionalInteger(min)), max: \(optionalInteger(max)))"
        }
    }

    /// A form as a `FormCheck.Form` literal: `.emailAddress`.
    static func form(_ form: FormCheck.Form) -> String {
        switch form {
        case .emailAddress: ".emailAddress"
        case .webURL: ".webURL"
        }
    }

    static func optionalInteger(_ value: (some BinaryInteger)?) -> String {
        value.map { SwiftNames.integer(Int($0)) } ?? "nil"
    }

    static func dateTimeDefaults(_ defaults: DateTimeDefaults) -> String {
        "DateTimeDefaults(defaultTime: \(defaults.defaultTime), midnightMeans: \(optionalInteger(defaults.midnightMeans)), "
            + "defaultUTCOffset: \(defaults.defaultUTCOffset))"
    }
}
