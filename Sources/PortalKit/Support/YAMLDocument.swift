import Yams

/// Parses YAML text into a Yams node tree, turning parser errors into located diagnostics.
enum YAMLDocument {
    /// Yams's default constructor, made once: `Constructor.default` builds its tables of tags anew at every call.
    /// It is only read while composing, so the threads that load content share it.
    nonisolated(unsafe) private static let constructor = Constructor.default

    /// Parses `text` taken from `path`, whose first line is line `firstLine` of that file.
    ///
    /// Returns `nil` for an empty document.
    static func parse(_ text: String, path: String, firstLine: Int = 1) throws(Diagnostic) -> Node? {
        do {
            // Plain scalars are not typed by Yams's resolver: its regular expressions ran for every key and value
            // (and again to hash keys for the duplicate check), 6 % of a corpus build. Readers type a value where
            // they ask for one (`Node.bool`, `Node.int` read the text, as before), so the only difference is
            // that keys `1` and `"1"` in one mapping now count as the same key. The encoding is named: Yams's
            // default reads the whole process environment at every call.
            return try Yams.compose(yaml: text, .basic, constructor, .utf8)
        } catch let error as YamlError {
            throw diagnostic(for: error, path: path, firstLine: firstLine)
        } catch {
            throw Diagnostic(path: path, line: firstLine, message: "YAML could not be read: \(error)")
        }
    }

    private static func diagnostic(for error: YamlError, path: String, firstLine: Int) -> Diagnostic {
        let hint = "Check indentation, the colon after each key, and quote values that contain ': ' or start with a special character."
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return Diagnostic(
                path: path, line: mark.line + firstLine - 1, column: mark.column,
                message: "invalid YAML: \(detail)", hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                path: path, line: context.mark.line + firstLine - 1, column: context.mark.column,
                message: "key \(duplicates.joined(separator: ", ")) appears twice",
                hint: "Keep one of them.")
        case .reader(let problem, _, _, _):
            return Diagnostic(path: path, line: firstLine, message: "invalid YAML: \(problem)", hint: hint)
        default:
            return Diagnostic(path: path, line: firstLine, message: "invalid YAML: \(error)", hint: hint)
        }
    }
}
