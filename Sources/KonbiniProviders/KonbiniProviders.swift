// The providers' request types are generated at build time from `Rules/*.rules.yaml` by
// KonbiniRulesPlugin; this module re-exports what their users need alongside them.

@_exported import JapaneseText
@_exported import KonbiniPayload
@_exported import KonbiniRules

/// The request types of the providers' rules in `Rules/`, one for each rules file: the one
/// list of them, from which the linter, the tests and the fuzzers find each provider's types
/// (``KonbiniRequest/provider``) and rules file (``KonbiniRequest/rulesFileName``).
public enum ProviderRequests {
    public static let all: [any PayloadDecodable.Type] = [
        StripeKonbiniPaymentIntent.self,
        OmiseKonbiniSource.self,
        OmiseKonbiniCharge.self,
        KomojuPayment.self,
        NomuPayKonbiniPayment.self,
    ]
}
