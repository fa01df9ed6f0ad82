// The providers' request types are generated at build time from `Rules/*.rules.yaml` by
// KonbiniRulesPlugin; this module re-exports what their users need alongside them.

@_exported import JapaneseText
@_exported import KonbiniRules
