extension StringProtocol {
    /// Whether both texts hold the same scalars. Swift's `==` compares canonical
    /// equivalence, under which `カ` + U+3099 equals `ガ`; a normalization must see them apart.
    func hasSameScalars(as other: some StringProtocol) -> Bool {
        unicodeScalars.elementsEqual(other.unicodeScalars)
    }
}
