import Yams

/// A page's own entry in a menu, from front matter: `menu: main`, `menu: [main, footer]` or
/// `menu: {main: {weight: 10, name: Short name}}` (Hugo's forms).
public struct FrontMatterMenu: Sendable, Equatable {
    /// The menu's name: `main` or `footer`.
    public var menu: String
    /// The label, when not the page's title.
    public var name: String?
    /// Entries from front matter are ordered by weight, then label, after those of site.yaml.
    public var weight: Int
    public var line: Int
    public var column: Int

    /// The menus portal themes have.
    public static let known = ["main", "footer"]

    static func read(_ reader: inout YAMLReader) -> [FrontMatterMenu] {
        guard let node = reader.node("menu") ?? reader.node("menus") else { return [] }
        let at = reader.location(of: node)
        switch node {
        case .scalar(let scalar):
            return [FrontMatterMenu(menu: scalar.string, name: nil, weight: 0, line: at.line, column: at.column)]
        case .sequence(let items):
            return items.compactMap { item in
                let position = reader.location(of: item)
                guard let menu = item.string else {
                    reader.fail(item, "each menu in the list must be a name such as main")
                    return nil
                }
                return FrontMatterMenu(menu: menu, name: nil, weight: 0, line: position.line, column: position.column)
            }
        case .mapping(let mapping):
            var menus: [FrontMatterMenu] = []
            for (key, value) in mapping {
                guard let menu = key.string else { continue }
                let position = reader.location(of: key)
                var entry = FrontMatterMenu(menu: menu, name: nil, weight: 0, line: position.line, column: position.column)
                if var inner = YAMLReader(value, path: reader.path, firstLine: reader.firstLine, log: reader.log) {
                    entry.name = inner.string("name")
                    entry.weight = inner.int("weight") ?? 0
                    _ = inner.string("identifier")
                    _ = inner.string("parent")
                } else if value.null == nil {
                    reader.fail(value, "the menu entry '\(menu)' must be a mapping such as {weight: 10, name: Label}")
                }
                menus.append(entry)
            }
            return menus
        default:
            reader.fail(node, "'menu' must be a menu name, a list of names, or a mapping such as {main: {weight: 10}}")
            return []
        }
    }
}
