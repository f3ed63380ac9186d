/// Why a shortcode could not be rendered, or what the editor should know about it.
struct ShortcodeProblem: Error, Sendable {
    var severity: Diagnostic.Severity = .error
    var message: String
    var hint: String?
}
