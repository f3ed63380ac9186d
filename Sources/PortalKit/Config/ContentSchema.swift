/// What the pages of one section must and may have in their front matter (site.yaml `schemas`).
///
/// ```yaml
/// schemas:
///   news: {required: [date]}
///   awards: {required: [year], optional: [winners]}
/// ```
public struct ContentSchema: Sendable, Equatable {
    /// The section key the schema applies to (`news`).
    public var section: String
    /// Keys every page of the section must have (generator keys such as `date` or params such as `year`).
    public var required: [String]
    /// Further params the section's pages may have; any key beyond these and the generator's own warns.
    public var optional: [String]
}
