import Yams

/// Reads typed values out of a YAML mapping, reporting wrong types at the value's line and column.
///
/// Every accessor records which keys were read, so ``unreadKeys`` can warn about typos such as `titel:`.
struct YAMLReader {
    let mapping: Node.Mapping
    let path: String
    /// Line in the file where the YAML text starts (front matter starts on line 2).
    let firstLine: Int
    let log: DiagnosticLog
    private(set) var readKeys: Set<String> = []
    /// The values by their keys' text, the last one winning as in Yams. Yams's own `mapping[key]` compares
    /// nodes, which resolves both tags through regular expressions at every key: 7 % of a corpus build.
    private let values: [String: Node]

    init?(_ node: Node?, path: String, firstLine: Int, log: DiagnosticLog) {
        guard case .mapping(let mapping)? = node else { return nil }
        self.mapping = mapping
        self.path = path
        self.firstLine = firstLine
        self.log = log
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            if case .scalar(let scalar) = key { values[scalar.string] = value }
        }
        self.values = values
    }

    /// The node under `key`, without counting the key as read.
    func value(_ key: String) -> Node? {
        values[key]
    }

    /// The node stored under `key`, if any.
    mutating func node(_ key: String) -> Node? {
        readKeys.insert(key)
        guard let node = values[key] else { return nil }
        if node.null != nil { return nil }
        return node
    }

    /// Line and column of a node within the file.
    func location(of node: Node) -> (line: Int, column: Int) {
        guard let mark = node.mark else { return (firstLine, 1) }
        return (mark.line + firstLine - 1, mark.column)
    }

    /// Line of the key itself, used for "missing value" style messages.
    func keyLocation(_ key: String) -> (line: Int, column: Int) {
        for (k, _) in mapping where k.string == key {
            return location(of: k)
        }
        return (firstLine, 1)
    }

    func fail(_ node: Node, _ message: String, hint: String? = nil) {
        let at = location(of: node)
        log.error(path, line: at.line, column: at.column, message, hint: hint)
    }

    mutating func string(_ key: String) -> String? {
        guard let node = node(key) else { return nil }
        guard case .scalar(let scalar) = node else {
            fail(node, "'\(key)' must be text, not a \(node.kindName)")
            return nil
        }
        return scalar.string
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let node = node(key) else { return nil }
        guard let value = node.bool else {
            fail(node, "'\(key)' must be true or false, not '\(node.string ?? node.kindName)'")
            return nil
        }
        return value
    }

    mutating func int(_ key: String) -> Int? {
        guard let node = node(key) else { return nil }
        guard let value = node.int else {
            fail(node, "'\(key)' must be a whole number, not '\(node.string ?? node.kindName)'")
            return nil
        }
        return value
    }

    mutating func date(_ key: String) -> ContentDate? {
        guard let node = node(key) else { return nil }
        guard case .scalar(let scalar) = node, let date = ContentDate(parsing: scalar.string) else {
            fail(
                node, "'\(key)' is not a valid date: '\(node.string ?? node.kindName)'",
                hint: "Write dates as YYYY-MM-DD, e.g. 2024-03-01, or with a time: 2024-03-01T10:00:00+02:00.")
            return nil
        }
        return date
    }

    /// A list of strings; a single string is accepted as a list of one only when `allowSingle` is set.
    mutating func strings(_ key: String, allowSingle: Bool = false) -> [String]? {
        guard let node = node(key) else { return nil }
        switch node {
        case .sequence(let sequence):
            var values: [String] = []
            for item in sequence {
                guard case .scalar(let scalar) = item else {
                    fail(item, "each item of '\(key)' must be text")
                    continue
                }
                values.append(scalar.string)
            }
            return values
        case .scalar(let scalar) where allowSingle:
            return [scalar.string]
        default:
            fail(
                node, "'\(key)' must be a list, not a \(node.kindName)",
                hint: "Write it as [a, b] or as lines starting with '- '.")
            return nil
        }
    }

    /// Keys present in the mapping that no accessor asked for.
    var unreadKeys: [(key: String, node: Node)] {
        mapping.compactMap { key, _ in
            guard let name = key.string, !readKeys.contains(name) else { return nil }
            return (name, key)
        }
    }
}

extension Node {
    /// A word for the node's kind, for error messages.
    var kindName: String {
        switch self {
        case .scalar: return "single value"
        case .mapping: return "mapping"
        case .sequence: return "list"
        case .alias: return "alias"
        }
    }
}
