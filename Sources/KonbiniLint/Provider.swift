import KonbiniProviders

/// The providers the linter knows, and how it recognises their payloads.
public enum Provider: String, CaseIterable, Sendable {
    case stripe
    case omise
    case komoju
    case nomupay

    /// The request type for a payload of this provider. Omise has two requests: a source
    /// (`type: econtext`) and a charge.
    func requestType(for payload: PayloadNode) -> any KonbiniRequest.Type {
        switch self {
        case .stripe: StripeKonbiniPaymentIntent.self
        case .omise: payload["type"] != nil ? OmiseKonbiniSource.self : OmiseKonbiniCharge.self
        case .komoju: KomojuPayment.self
        case .nomupay: NomuPayKonbiniPayment.self
        }
    }

    /// Every request type of the provider.
    public var requestTypes: [any KonbiniRequest.Type] {
        switch self {
        case .stripe: [StripeKonbiniPaymentIntent.self]
        case .omise: [OmiseKonbiniSource.self, OmiseKonbiniCharge.self]
        case .komoju: [KomojuPayment.self]
        case .nomupay: [NomuPayKonbiniPayment.self]
        }
    }

    /// The members whose presence marks a payload as a provider's; a payload with several
    /// providers' markers is told of the providers in this order.
    private static let markers: [(name: String, provider: Provider)] = [
        ("payment_method_types", .stripe), ("payment_method_options", .stripe), ("payment_method_data", .stripe),
        ("phone_number", .omise), ("expiry_date", .omise), ("source", .omise),
        ("payment_details", .komoju), ("external_order_num", .komoju),
        ("paymentMethod", .nomupay), ("processingAccountId", .nomupay), ("merchantReference", .nomupay),
    ]
    // Prepared once: every record of a file is recognised by them.
    private static let markerNames = MemberNames(markers.map(\.name))
    private static let markerProviders = markers.map(\.provider)

    /// The providers whose markers the payload carries; one means recognised.
    static func candidates(for payload: PayloadNode) -> [Provider] {
        // A payload that is no object has no members: no provider's markers, no type.
        let present = payload.members(namedIn: markerNames)
        if !present.isEmpty {
            // In the order of `markers`, each provider once.
            var found: [Provider] = []
            for offset in present where !found.contains(markerProviders[offset]) {
                found.append(markerProviders[offset])
            }
            return found
        }
        // An Omise source carries none of the markers, only its type.
        switch payload["type"]?.scalarValue {
        case .string("econtext")?, .text("econtext")?: return [.omise]
        default: return []
        }
    }
}
