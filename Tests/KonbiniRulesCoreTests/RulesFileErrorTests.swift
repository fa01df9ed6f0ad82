import KonbiniRulesCore
import Testing

/// Every kind of mistake in a rules file is reported at its line and column, and a file
/// with a mistake yields no model.
@Suite struct RulesFileErrorTests {
    static let header = """
        version: 1
        provider: shop
        request: ShopPayment
        title: A shop's konbini payment
        documents:
          terms: https://example.com/terms
        source: terms

        """

    static func diagnostics(_ body: String) -> [String] {
        switch RulesChecker.load(header + body, file: "shop.rules.yaml") {
        case .success: return []
        case .failure(let failure): return failure.diagnostics.map(\.description)
        }
    }

    @Test(arguments: [
        ("fields:\n  amount:\n    type: integer\n    requird: true\n",
         "shop.rules.yaml:11:5: error: unknown key 'requird' in field 'amount'; known keys are: checks, deadline, default, description, fix, forbidden, label, required, role, sensitive, source, type"),
        ("fields:\n  amount:\n    type: integer\n    fix: trim\n",
         "shop.rules.yaml:11:10: error: a field's fix gives a text its type's form, which only email and url fields have; put the fix on one of its checks"),
        ("fields:\n  email:\n    type: email\n    fix: truncate\n",
         "shop.rules.yaml:11:10: error: truncate fixes a length or byte_length check with a max only"),
        ("fields:\n  email:\n    type: email\n    label: {en: E-mail}\n",
         "shop.rules.yaml:11:12: error: label needs 'ja'"),
        ("fields:\n  a: &a {type: string}\n  b: {<<: *a, typ: integer}\n",
         "shop.rules.yaml:10:15: error: unknown key 'typ' in field 'b'; known keys are: checks, deadline, default, description, fix, forbidden, label, required, role, sensitive, source, type"),
        ("fields:\n  card:\n    type: object\n    sensitive: true\n    fields: {number: {type: string}}\n",
         "shop.rules.yaml:11:16: error: sensitive marks a value, not an object: mark the fields of 'card' that are"),
        ("fields:\n  amount:\n    type: integr\n",
         "shop.rules.yaml:10:11: error: unknown type 'integr'; the types are: integer, string, boolean, enum, unix_timestamp, date_time, url, email, consumption_tax, array, object"),
        ("fields:\n  amount:\n    type: integer\n    checks:\n      - range: {min: 500, max: 100}\n",
         "shop.rules.yaml:12:9: error: range: min 500 is greater than max 100"),
        ("fields:\n  name:\n    type: string\n    checks:\n      - charset: jis_x_0208\n",
         "shop.rules.yaml:12:18: error: unknown character set 'jis_x_0208'; the sets are: jisx0208, shift_jis, cp932, fullwidth_katakana, hiragana, halfwidth_katakana, ascii_digits, ascii"),
        ("fields:\n  a:\n    type: integer\n    required: {id: shop.same}\n  b:\n    type: integer\n    required: {id: shop.same}\n",
         "shop.rules.yaml:14:15: error: rule id 'shop.same' is already used at 11:15"),
        ("fields:\n  note:\n    type: string\n    checks:\n      - byte_length: {max: 40}\n",
         "shop.rules.yaml:12:22: error: byte_length needs 'encoding', one of: shift_jis, cp932, utf8"),
        ("fields:\n  note:\n    type: string\n    checks:\n      - byte_length: {max: 40, encoding: sjis}\n",
         "shop.rules.yaml:12:42: error: unknown encoding 'sjis'; the encodings are: shift_jis, cp932, utf8"),
        ("fields:\n  note:\n    type: string\n    checks:\n      - byte_length: {min: 9, max: 4, encoding: utf8}\n",
         "shop.rules.yaml:12:9: error: byte_length: min 9 is greater than max 4"),
        ("fields:\n  note:\n    type: integer\n    checks:\n      - byte_length: {max: 4, encoding: utf8}\n",
         "shop.rules.yaml:12:9: error: a byte_length check does not apply to 'note', of type integer"),
        ("fields:\n  store:\n    type: enum\n    values: [lawson]\n  name:\n    type: string\n    checks:\n      - length: {max: 5}\n        when: {store: kiosk}\n",
         "shop.rules.yaml:15:9: error: 'store' has no value 'kiosk'"),
        ("fields:\n  store:\n    type: enum\n    values: {lawson: '10001'}\n  name:\n    type: string\n    checks:\n      - length: {max: 5}\n        when: {store: '10001'}\n",
         "shop.rules.yaml:15:9: error: 'store' has no value named '10001'"),
        ("fields:\n  amount: {type: integer}\n  name:\n    type: string\n    checks:\n      - length: {max: 5}\n        when: {amount: '1'}\n",
         "shop.rules.yaml:13:9: error: when names 'amount', which is neither a variants nor an enum field"),
        ("fields:\n  name:\n    type: string\n    checks:\n      - length: {max: 5}\n        when: {store: lawson}\n",
         "shop.rules.yaml:12:9: error: when names 'store', which is not a field of this object"),
        ("fields:\n  store:\n    type: enum\n    values: [lawson]\n    checks:\n      - one_of: [lawson]\n        when: {store: lawson}\n",
         "shop.rules.yaml:13:9: error: a check's when names another field than its own"),
        ("fields:\n  store:\n    type: enum\n    values: {seven_eleven: '00007', lawson: '00007'}\n",
         "shop.rules.yaml:11:45: error: '00007' is the value of two names"),
        ("fields:\n  store:\n    type: enum\n    values: {seven_eleven: 00007}\n",
         "shop.rules.yaml:11:28: error: the value of 'seven_eleven' must be a string"),
        ("fields:\n  total:\n    type: integer\n    role: price\n",
         "shop.rules.yaml:11:11: error: unknown role 'price'; the roles are: amount, expiry, name, description, phone, store"),
        ("fields:\n  phone:\n    type: string\n    checks:\n      - phone: e164\n",
         "shop.rules.yaml:12:16: error: unknown phone number form 'e164'; the forms are: domestic, domestic_hyphens, international"),
        ("fields:\n  phone:\n    type: integer\n    checks:\n      - phone: domestic\n",
         "shop.rules.yaml:12:9: error: a phone check does not apply to 'phone', of type integer"),
        ("fields:\n  amount:\n    type: integer\n    checks:\n      - range: {min: '1'}\n",
         "shop.rules.yaml:12:22: error: min must be a whole number"),
        ("fields:\n  amount:\n    type: string\n    checks:\n      - range: {min: 1}\n",
         "shop.rules.yaml:12:9: error: a range check does not apply to 'amount', of type string"),
        ("fields:\n  due:\n    type: date_time\n    checks:\n      - length: {max: 10}\n",
         "shop.rules.yaml:12:9: error: a length check does not apply to 'due', of type date_time"),
        ("fields:\n  due:\n    type: array\n    items: {type: date_time}\n",
         "shop.rules.yaml:10:5: error: array items cannot be date_time; use unix_timestamp items"),
        ("fields:\n  due:\n    type: unix_timestamp\n    checks:\n      - later_than: 99999999999999d\n",
         "shop.rules.yaml:12:21: error: later_than must be at most 100 years"),
        ("fields:\n  code:\n    type: string\n    checks:\n      - pattern: \"[0-9\"\n",
         "shop.rules.yaml:12:18: error: pattern: missing ']' at character 5 of the pattern"),
        ("fields:\n  amount:\n    type: integer\n    checks:\n      - range: {max: 9}\n        message: {en: \"{field} < {limit}\", ja: \"{max}\"}\n",
         "shop.rules.yaml:12:9: error: rule 'shop.amount.range': unknown placeholder {limit}; this rule has {field}, {max}, {min}"),
        ("fields:\n  amount:\n    type: integer\n    checks:\n      - range: {max: 9}\n        source: faq\n",
         "shop.rules.yaml:13:17: error: source 'faq' is not one of the file's documents (terms)"),
        ("fields:\n  a:\n    type: integer\n  b: {type: integer}\nrules:\n  - exclusive: [a, c]\n    id: shop.ab\n",
         "shop.rules.yaml:13:5: error: exclusive names 'c', which is not a field of this object"),
        ("fields:\n  a:\n    type: integer\n  a:\n    type: string\n",
         "shop.rules.yaml:9:3: error: YAML: duplicate key 'a' in a mapping"),
        ("fields:\n  a: [type: integer\n",
         "shop.rules.yaml:10:1: error: YAML: did not find expected ',' or ']'"),
        ("fields:\n  name:\n    type: string\n    checks:\n      - charset: ascii\n        fix: truncate\n",
         "shop.rules.yaml:13:14: error: truncate fixes a length or byte_length check with a max only"),
        ("fields:\n  name:\n    type: string\n    checks:\n      - charset: ascii\n        fix: replace_outside\n",
         "shop.rules.yaml:13:14: error: fix 'replace_outside' needs a value: {replace_outside: …}"),
        ("fields:\n  name:\n    type: string\n    checks:\n      - charset: ascii\n        fix: {nfc: true}\n",
         "shop.rules.yaml:13:15: error: fix 'nfc' takes no value; write it as a name"),
        ("fields:\n  name:\n    type: string\n    checks:\n      - charset: ascii\n        fix: composed\n",
         "shop.rules.yaml:13:14: error: unknown fix 'composed'; the fixes are: nfc, nfkc, hiragana_to_katakana, halfwidth_to_fullwidth_katakana, fullwidth_alphanumerics_to_ascii, phone_digits, phone_e164, ideographic_spaces, long_vowel_marks, fullwidth_ascii_to_ascii, trim, replace_outside, drop_outside, truncate, jis_variants"),
    ])
    func reportsTheMistakeWhereItIs(_ body: String, _ expected: String) {
        #expect(Self.diagnostics(body).contains(expected), "\(Self.diagnostics(body))")
    }

    @Test func reportsEveryMistakeInOneRun() {
        let found = Self.diagnostics("fields:\n  a:\n    type: integr\n  b:\n    type: integer\n    checks:\n      - range: {min: 3, max: 1}\n")
        #expect(found.count == 1, "the parse stage stops the file before checking: \(found)")
        let parseErrors = Self.diagnostics("fields:\n  a:\n    type: integr\n  b:\n    type: strng\n")
        #expect(parseErrors.count == 2)
    }

    @Test func rejectsOtherVersions() {
        let result = RulesChecker.load(Self.header.replacing("version: 1", with: "version: 2") + "fields: {}\n", file: "f.yaml")
        guard case .failure(let failure) = result else {
            Issue.record("version 2 was accepted")
            return
        }
        #expect(failure.diagnostics.map(\.description) == ["f.yaml:1:10: error: version 2 is not supported; this package reads version 1"])
    }

    /// A file saved with CR or CRLF line ends is reported at the lines an editor shows; the
    /// fuzzer's input was a run of CRs before a broken line.
    @Test(arguments: ["\r", "\r\n", "\n"])
    func countsLinesWhateverTheirEnds(_ lineEnd: String) {
        let text = (Self.header + "fields:\n  a: [type: integer\n").replacing("\n", with: lineEnd)
        guard case .failure(let failure) = RulesChecker.load(text, file: "f.yaml") else {
            Issue.record("the broken file was accepted")
            return
        }
        #expect(failure.diagnostics.map(\.description) == ["f.yaml:10:1: error: YAML: did not find expected ',' or ']'"])
    }
}

extension RulesFileErrorTests {
    /// Each keyword list is one enum: every check keyword the parser reads gives a check of
    /// that keyword, and every type keyword a type that names it back.
    @Test(arguments: Check.Keyword.allCases)
    func everyCheckKeywordParsesToItsKind(_ keyword: Check.Keyword) throws {
        let (type, value) = switch keyword {
        case .range: ("integer", "{min: 1}")
        case .length, .digits: ("string", "{max: 3}")
        case .byteLength: ("string", "{max: 40, encoding: shift_jis}")
        case .notAllZeros, .luhn: ("string", "true")
        case .oneOf: ("string", "[a, b]")
        case .pattern: ("string", "\"[a-z]+\"")
        case .charset: ("string", "ascii")
        case .phone: ("string", "international")
        case .laterThan, .soonerThan: ("unix_timestamp", "30m")
        case .contains: ("array\n    items: {type: string}", "a")
        }
        let text = Self.header + "fields:\n  f:\n    type: \(type)\n    checks:\n      - \(keyword.rawValue): \(value)\n"
        let document = try RulesChecker.load(text, file: "shop.rules.yaml").get()
        #expect(document.root.fields.first?.checks.first?.kind.keyword == keyword)
    }

    @Test(arguments: FieldType.Keyword.allCases)
    func everyTypeKeywordParsesToItsType(_ keyword: FieldType.Keyword) throws {
        let extra = switch keyword {
        case .enumeration: "\n    values: [a]"
        case .array: "\n    items: {type: string}"
        case .object: "\n    fields:\n      g: {type: string}"
        default: ""
        }
        let text = Self.header + "fields:\n  f:\n    type: \(keyword.rawValue)\(extra)\n"
        let document = try RulesChecker.load(text, file: "shop.rules.yaml").get()
        #expect(document.root.fields.first?.type.keyword == keyword)
    }
}
