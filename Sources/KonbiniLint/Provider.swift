@_spi(Generated) import KonbiniPayload
import KonbiniProviders

/// The providers the linter knows, and how it recognises their payloads.
public enum Provider: String, CaseIterable, Sendable {
    case stripe
    case omise
    case komoju
    case nomupay
    case ppro
    case worldpay
    case adyen
    case worldline
    case gmo

    /// The request type for a payload of this provider. Omise has two requests: a source
    /// (`type: econtext`) and a charge; GMO two calls: the registration (with the shop's
    /// credentials) and the payment.
    func requestType(for payload: PayloadNode) -> any PayloadDecodable.Type {
        switch self {
        case .stripe: StripeKonbiniPaymentIntent.self
        case .omise: payload["type"] != nil ? OmiseKonbiniSource.self : OmiseKonbiniCharge.self
        case .komoju: KomojuPayment.self
        case .nomupay: NomuPayKonbiniPayment.self
        case .ppro: PPROKonbiniTransaction.self
        case .worldpay: WorldpayKonbiniPayment.self
        case .adyen: AdyenKonbiniPayment.self
        case .worldline: WorldlineKonbiniPayment.self
        case .gmo: payload["shopID"] != nil ? GMOEntryTranCvs.self : GMOExecTranCvs.self
        }
    }

    /// Every request type of the provider.
    public var requestTypes: [any PayloadDecodable.Type] {
        ProviderRequests.all.filter { $0.provider == rawValue }
    }

    /// The members whose presence marks a payload as a provider's, provider by provider in
    /// the order of `allCases`, the order a payload with several providers' markers is told
    /// of them.
    private static let markers: [(name: String, provider: Provider)] = [
        ("payment_method_types", .stripe), ("payment_method_options", .stripe), ("payment_method_data", .stripe),
        ("phone_number", .omise), ("expiry_date", .omise), ("source", .omise),
        ("payment_details", .komoju), ("external_order_num", .komoju),
        // Adyen's requests have a paymentMethod too: NomuPay's are told by their own members.
        ("processingAccountId", .nomupay), ("merchantReference", .nomupay),
        ("specin.phone", .ppro), ("txtype", .ppro),
        ("transactionReference", .worldpay), ("instruction", .worldpay),
        ("merchantAccount", .adyen), ("telephoneNumber", .adyen),
        ("cashPaymentMethodSpecificInput", .worldline),
        ("shopID", .gmo), ("shopPass", .gmo), ("accessID", .gmo), ("accessPass", .gmo),
    ]
    // Prepared once: every record of a file is recognised by them.
    private static let markerNames = MemberNames(markers.map(\.name))
    private static let markerProviders = markers.map(\.provider)

    /// What a payload's shape says about its provider.
    enum Recognition: Equatable {
        case recognised(Provider)
        /// No provider's markers.
        case unknown
        /// The markers of several providers, each named once, in the order of `allCases`.
        case ambiguous([Provider])
    }

    /// Which provider's markers the payload carries. Every record of a file is recognised,
    /// so the providers are gathered in a bit mask, and a list is made only when the
    /// payload is ambiguous.
    static func recognise(_ payload: PayloadNode) -> Recognition {
        // A payload that is no object has no members: no provider's markers, no type.
        let present = payload.members(namedIn: markerNames)
        if present.isEmpty {
            // An Omise source carries none of the markers, only its type.
            switch payload["type"]?.scalarValue {
            case .string("econtext")?, .text("econtext")?: return .recognised(.omise)
            default: return .unknown
            }
        }
        var found = ProviderMask()
        for offset in present { found.insert(markerProviders[offset]) }
        return found.only.map(Recognition.recognised) ?? .ambiguous(found.providers)
    }

    /// A set of providers, a bit for each case.
    private struct ProviderMask {
        // Made once: `allCases` builds its array each time it is asked.
        private static let cases = Provider.allCases
        private var bits: UInt16 = 0

        mutating func insert(_ provider: Provider) {
            bits |= 1 << Self.cases.firstIndex(of: provider)!
        }

        /// The provider, when the set holds exactly one.
        var only: Provider? {
            bits.nonzeroBitCount == 1 ? Self.cases[bits.trailingZeroBitCount] : nil
        }

        /// The providers in the set, in the order of `allCases`.
        var providers: [Provider] {
            Self.cases.indices.filter { bits & 1 << $0 != 0 }.map { Self.cases[$0] }
        }
    }
}
