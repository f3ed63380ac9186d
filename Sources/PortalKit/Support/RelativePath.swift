/// Relative paths with `.` and `..` resolved, never climbing above their root.
enum RelativePath {
    /// `a/./b/../c` → `a/c`; `../x` → `x`; empty segments dropped.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for component in path.split(separator: "/") {
            if component == "." { continue }
            if component == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(component)
        }
        return parts.joined(separator: "/")
    }
}
