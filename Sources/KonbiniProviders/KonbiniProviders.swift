// The providers' request types are generated at build time from `Rules/*.rules.yaml` by
// KonbiniRulesPlugin, with `ProviderRequests`, the list of them; this module re-exports what
// their users need alongside them.

@_exported import JapaneseText
@_exported import KonbiniPayload
@_exported import KonbiniRules
