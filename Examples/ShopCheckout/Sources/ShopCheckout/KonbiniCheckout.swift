import KonbiniRules

/// What the checkout form gets back: the order to send on, or messages for the customer.
enum KonbiniCheckoutResult: Equatable {
    /// The order passes every rule; `adjustments` says what was fixed in the customer's input.
    case accepted(ShopKonbiniOrder, adjustments: [FieldChange])
    /// Messages in the customer's language, one per broken rule, keyed by JSON Pointer.
    case rejected([JSONPointer: String])
}

/// Checks a konbini order from the checkout form: fixes what can be fixed (hiragana to
/// katakana, full-width digits), then reports what the customer must change.
func checkKonbiniOrder(
    amount: Int, nameKana: String, phone: String, language: MessageLanguage, now: Timestamp
) -> KonbiniCheckoutResult {
    let order = ShopKonbiniOrder(amount: amount, nameKana: nameKana, phone: phone)
    let (fixed, changes) = order.normalized()
    let violations = fixed.validate(now: now).filter { $0.severity == .error }
    guard violations.isEmpty else {
        return .rejected(Dictionary(violations.map { ($0.path, $0.message.text(in: language)) }) { first, _ in first })
    }
    return .accepted(fixed, adjustments: changes)
}
