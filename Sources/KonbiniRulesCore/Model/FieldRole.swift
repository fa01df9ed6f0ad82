/// What a field is to someone comparing providers, as a rules file's `role` key says: the
/// field whose checks give a provider's amount bounds, its expiry, its name and description
/// constraints, its phone format or its stores.
///
/// A role changes no check; the comparison of providers (`ProviderComparison` in the
/// generator) reads the checks of the fields that have one.
public enum FieldRole: String, CaseIterable, Hashable, Sendable {
    /// The amount the customer pays, or its part before tax.
    case amount
    /// When the payment expires: a count of days, or a moment.
    case expiry
    /// The customer's name, in any script, or a part of it.
    case name
    /// What the customer buys, as the slip or statement shows it.
    case description
    /// The customer's phone number.
    case phone
    /// The convenience store chain the customer pays at.
    case store
}
