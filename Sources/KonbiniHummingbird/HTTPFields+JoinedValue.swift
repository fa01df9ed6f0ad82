#if Hummingbird
public import Hummingbird

extension HTTPFields {
    /// The values of the fields named `name` joined by commas, as `self[name]` gives them, or
    /// `nil` when the request has none.
    ///
    /// `self[name]` joins them through the standard library's unspecialized
    /// `joined(separator:)`, which made reading the header cost about as much as reading a
    /// request's JSON: a handler reads these headers on every request.
    @usableFromInline
    func joinedValue(of name: Element.Name) -> String? {
        var value: String?
        for field in self where field.name == name {
            value = value.map { $0 + ", " + field.value } ?? field.value
        }
        return value
    }
}
#endif
