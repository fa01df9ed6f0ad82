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

    /// The members whose presence marks a payload as this provider's.
    var markers: MemberNames {
        switch self {
        case .stripe: Self.stripeMarkers
        case .omise: Self.omiseMarkers
        case .komoju: Self.komojuMarkers
        case .nomupay: Self.nomuPayMarkers
        }
    }

    // Prepared once: every record of a file is recognised by them.
    private static let stripeMarkers: MemberNames = ["payment_method_types", "payment_method_options", "payment_method_data"]
    private static let omiseMarkers: MemberNames = ["phone_number", "expiry_date", "source"]
    private static let komojuMarkers: MemberNames = ["payment_details", "external_order_num"]
    private static let nomuPayMarkers: MemberNames = ["paymentMethod", "processingAccountId", "merchantReference"]

    /// The providers whose markers the payload carries; one means recognised.
    static func candidates(for payload: PayloadNode) -> [Provider] {
        // A payload that is no object has no members: no provider's markers, no type.
        let found = allCases.filter { payload.hasMember(namedAnyOf: $0.markers) }
        guard found.isEmpty else { return found }
        // An Omise source carries none of the markers, only its type.
        switch payload["type"]?.scalarValue {
        case .string("econtext")?, .text("econtext")?: return [.omise]
        default: return []
        }
    }
}
