import JapaneseText
import KonbiniRules

/// One field of a request object: its type, presence, and checks.
public struct FieldDefinition: Hashable, Sendable {
    /// The key in the payload, such as `product_description`.
    public var name: String
    /// What the field is, in the provider's words; it becomes the generated property's
    /// documentation.
    public var description: String?
    /// What a customer calls the field (`お名前（カナ）`), which every rule of the field
    /// carries (``RuleMetadata/label``; ``setLabel(_:)`` sets both); `nil` when the rules
    /// file gives none.
    public private(set) var label: BilingualText?
    /// What the field is to a comparison of providers (`role: amount`); `nil` when the rules
    /// file gives none.
    public var role: FieldRole?
    public var type: FieldType
    public var presence: Presence
    /// The value the provider uses when the field is absent, as the document states it.
    public var providerDefault: String?
    /// Set for fields such as card numbers and security codes: reports mask the value
    /// (`ValueMasking`: the last four characters of a value of 12 or more, else nothing).
    public var isSensitive: Bool
    /// Set for a count of days after which a payment expires at 23:59:59 JST of the last
    /// day (Stripe's `expires_after_days`): the generated type computes that deadline.
    public var endsAtJapaneseEndOfDay: Bool
    public var checks: [Check]
    /// The rule reported when the value has the wrong type.
    public var typeRule: RuleMetadata
    /// Normalizations that give a text the form its type asks (an e-mail address typed in
    /// full width, `ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ`); only `email` and `url` fields have them.
    public var typeFixes: [TextNormalization]
    public var location: SourceLocation

    /// Gives the field, and each of its rules, the label `label`.
    public mutating func setLabel(_ label: BilingualText) {
        self.label = label
        typeRule.label = label
        switch presence {
        case .optional: break
        case .required(var rule): rule.label = label; presence = .required(rule)
        case .forbidden(var rule): rule.label = label; presence = .forbidden(rule)
        }
        for index in checks.indices { checks[index].rule.label = label }
    }

    /// Whether the field must, may or must not be present.
    public enum Presence: Hashable, Sendable {
        case optional
        case required(RuleMetadata)
        case forbidden(RuleMetadata)
    }
}
