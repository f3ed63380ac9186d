/// What one shortcode rendered to, and the site files it points at (to be checked like any body link).
struct ShortcodeOutput: Sendable {
    var html: String
    /// URLs the output links to or loads, as written in it.
    var links: [String] = []
    /// Warnings that do not stop the shortcode from rendering.
    var warnings: [ShortcodeProblem] = []
}
