// The providers' request types are generated at build time by KonbiniRulesPlugin, with
// `ProviderRequests`, the list of them, from the rules files of `Rules/` (which `Rules/` in
// this folder links to, so that they are the target's own files) and as
// `konbini-rules-config.yaml` says (public); this module re-exports what their users need
// alongside them.

@_exported import JapaneseText
@_exported import KonbiniPayload
@_exported import KonbiniRules
