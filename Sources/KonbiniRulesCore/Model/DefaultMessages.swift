import KonbiniRules

/// The messages a rule gets when its file does not write one, and the placeholders each
/// kind of rule may use.
public enum DefaultMessages {
    /// Placeholders every rule may use.
    public static let common: Set<String> = ["field"]

    public static func required() -> RuleMessage {
        RuleMessage(english: "{field} is required.", japanese: "{field}は必須です。")
    }

    public static func forbidden() -> RuleMessage {
        RuleMessage(english: "{field} must not be sent.", japanese: "{field}は指定できません。")
    }

    public static func type(_ type: FieldType) -> RuleMessage {
        if case .enumeration = type {
            return RuleMessage(english: "{field} must be one of: {values}.", japanese: "{field}は次のいずれかにしてください：{values}")
        }
        return RuleMessage(english: "{field} must be {type}.", japanese: "{field}の形式が正しくありません（{type}）。")
    }

    public static func unknownField() -> RuleMessage {
        RuleMessage(english: "{field} is not a parameter of this request.",
                japanese: "{field}はこのリクエストのパラメーターではありません。")
    }

    public static func check(_ kind: Check.Kind) -> RuleMessage {
        switch kind {
        case .range(let min, let max):
            bounded(min != nil, max != nil,
                    both: ("{field} must be between {min} and {max}.", "{field}は{min}以上{max}以下にしてください。"),
                    atLeast: ("{field} must be at least {min}.", "{field}は{min}以上にしてください。"),
                    atMost: ("{field} must be at most {max}.", "{field}は{max}以下にしてください。"))
        case .length(let min, let max):
            bounded(min != nil, max != nil,
                    both: ("{field} must be {min} to {max} characters long.", "{field}は{min}文字以上{max}文字以下にしてください。"),
                    atLeast: ("{field} must be at least {min} characters long.", "{field}は{min}文字以上にしてください。"),
                    atMost: ("{field} must be at most {max} characters long.", "{field}は{max}文字以下にしてください。"))
        case .byteLength(let min, let max, _):
            bounded(min != nil, max != nil,
                    both: ("{field} must take {min} to {max} bytes in {encoding}.", "{field}は{encoding}で{min}バイト以上{max}バイト以下にしてください。"),
                    atLeast: ("{field} must take at least {min} bytes in {encoding}.", "{field}は{encoding}で{min}バイト以上にしてください。"),
                    atMost: ("{field} must take at most {max} bytes in {encoding}.", "{field}は{encoding}で{max}バイト以下にしてください。"))
        case .digits(let min, let max):
            bounded(min != nil, max != nil,
                    both: ("{field} must be {min} to {max} ASCII digits.", "{field}は半角数字{min}〜{max}桁にしてください。"),
                    atLeast: ("{field} must be at least {min} ASCII digits.", "{field}は半角数字{min}桁以上にしてください。"),
                    atMost: ("{field} must be at most {max} ASCII digits.", "{field}は半角数字{max}桁以下にしてください。"))
        case .notAllZeros:
            RuleMessage(english: "{field} must not consist of zeros only.", japanese: "{field}をすべて0にすることはできません。")
        case .oneOf:
            RuleMessage(english: "{field} must be one of: {values}.", japanese: "{field}は次のいずれかにしてください：{values}")
        case .pattern:
            RuleMessage(english: "{field} must match the pattern {pattern}.", japanese: "{field}の形式が正しくありません（{pattern}）。")
        case .charset:
            RuleMessage(english: "{field} contains characters outside {set}.", japanese: "{field}に{set}以外の文字が含まれています。")
        case .phone(.domestic):
            RuleMessage(english: "{field} must be a Japanese phone number of 10 or 11 ASCII digits starting with 0, without hyphens, such as 09012345678.",
                    japanese: "{field}は09012345678のように、0から始まる半角数字10桁または11桁（ハイフンなし）で入力してください。")
        case .phone(.domesticHyphens):
            RuleMessage(english: "{field} must be a Japanese phone number of 10 or 11 ASCII digits starting with 0, such as 090-1234-5678.",
                    japanese: "{field}は090-1234-5678のように、0から始まる半角数字10桁または11桁で入力してください。")
        case .phone(.international):
            RuleMessage(english: "{field} must be an international phone number such as +81 90 1234 5678: a + and the country code, without (0) or 00.",
                    japanese: "{field}は+81 90 1234 5678のように、+と国番号から始まる国際形式で入力してください（(0)や00は不要です）。")
        case .luhn:
            RuleMessage(english: "{field} is not a valid card number (its check digit is wrong).",
                    japanese: "{field}のカード番号が正しくありません（チェックディジットの誤り）。")
        case .laterThan:
            RuleMessage(english: "{field} must be more than {duration} from now.", japanese: "{field}は現在から{duration}より後にしてください。")
        case .soonerThan:
            RuleMessage(english: "{field} must be less than {duration} from now.", japanese: "{field}は現在から{duration}以内にしてください。")
        case .contains:
            RuleMessage(english: "{field} must include {value}.", japanese: "{field}に{value}を含めてください。")
        }
    }

    public static func objectRule(_ kind: ObjectRule.Kind) -> RuleMessage {
        switch kind {
        case .exclusive:
            RuleMessage(english: "Only one of {fields} may be set.", japanese: "{fields}は同時に指定できません。")
        case .total(_, let min, let max):
            bounded(min != nil, max != nil,
                    both: ("The total of {fields} must be between {min} and {max}.", "{fields}の合計は{min}以上{max}以下にしてください。"),
                    atLeast: ("The total of {fields} must be at least {min}.", "{fields}の合計は{min}以上にしてください。"),
                    atMost: ("The total of {fields} must be at most {max}.", "{fields}の合計は{max}以下にしてください。"))
        }
    }

    /// The placeholders a check's message may use besides ``common``.
    public static func placeholders(for kind: Check.Kind) -> Set<String> {
        switch kind {
        case .range, .length, .digits: ["min", "max"]
        case .byteLength: ["min", "max", "encoding"]
        case .notAllZeros, .luhn, .phone: []
        case .oneOf: ["values"]
        case .pattern: ["pattern"]
        case .charset: ["set"]
        case .laterThan, .soonerThan: ["duration"]
        case .contains: ["value"]
        }
    }

    public static func placeholders(for kind: ObjectRule.Kind) -> Set<String> {
        switch kind {
        case .exclusive: ["fields"]
        case .total: ["fields", "min", "max"]
        }
    }

    private static func bounded(
        _ hasMin: Bool, _ hasMax: Bool,
        both: (String, String), atLeast: (String, String), atMost: (String, String)
    ) -> RuleMessage {
        let (english, japanese) = hasMin && hasMax ? both : hasMin ? atLeast : atMost
        return RuleMessage(english: english, japanese: japanese)
    }
}
