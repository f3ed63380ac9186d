/// Which folders under `content/` are sections, as Hugo decides: every top-level folder, and every folder with
/// an `_index` file (in any language). A page belongs to the deepest section above it; a folder that is not a
/// section only adds its name to the URL.
struct SectionTree {
    /// Section keys: folder paths relative to `content/` (`news`, `events/2020-08`).
    let keys: Set<String>
    private let childrenByKey: [String: [String]]

    init(topLevel: [String], indexed: [String]) {
        var keys = Set(topLevel)
        for key in indexed where !key.isEmpty {
            keys.insert(key)
            keys.insert(String(key.split(separator: "/")[0]))
        }
        self.keys = keys
        var children: [String: [String]] = [:]
        for key in keys {
            if let parent = Self.parent(of: key, in: keys) { children[parent, default: []].append(key) }
        }
        childrenByKey = children.mapValues { $0.sorted() }
    }

    /// The section a page in `folders` belongs to: the deepest section among the folders, `""` for none.
    func section(of folders: [String]) -> String {
        var path = folders
        while !path.isEmpty {
            let key = path.joined(separator: "/")
            if keys.contains(key) { return key }
            path.removeLast()
        }
        return ""
    }

    /// The sections directly inside `key`.
    func children(of key: String) -> [String] {
        childrenByKey[key] ?? []
    }

    /// The section `key` is inside, or `nil` for a top-level one.
    func parent(of key: String) -> String? {
        Self.parent(of: key, in: keys)
    }

    private static func parent(of key: String, in keys: Set<String>) -> String? {
        var path = key.split(separator: "/").map(String.init)
        path.removeLast()
        while !path.isEmpty {
            let candidate = path.joined(separator: "/")
            if keys.contains(candidate) { return candidate }
            path.removeLast()
        }
        return nil
    }
}

/// A section and a language, for grouping pages.
struct SectionMemberKey: Hashable {
    var section: String
    var language: String
}

extension String {
    /// How many folders deep a section key is (`news` 1, `events/2020-08` 2).
    var depth: Int { split(separator: "/").count }

    /// This section key and each one around it, innermost first: `events/2020-08`, `events`; none for `""`.
    var sectionKeysOutward: [String] {
        var keys: [String] = []
        var parts = split(separator: "/")
        while !parts.isEmpty {
            keys.append(parts.joined(separator: "/"))
            parts.removeLast()
        }
        return keys
    }
}
