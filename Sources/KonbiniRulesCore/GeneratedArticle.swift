/// The start of a DocC article the tools generate from `Rules/` (the provider rules, the
/// comparison of providers): its title, abstract, and an overview that says how it is made.
public enum GeneratedArticle {
    /// The article's first lines, up to and with the overview's `overview` lines.
    public static func opening(title: String, abstract: String, overview: [String]) -> [String] {
        ["# \(title)", "", abstract, "", "@Metadata {", "    @PageKind(article)", "}", "", "## Overview", ""] + overview
    }
}
