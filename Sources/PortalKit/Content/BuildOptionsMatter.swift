/// Hugo's build options in front matter (`build:` or `_build:`), and `headless: true` for a bundle.
public struct PageBuildOptions: Sendable, Equatable {
    /// Whether the page gets a file of its own.
    public enum Render: String, Sendable { case always, never }
    /// Which lists the page appears in: all, none, or only its own section's.
    public enum List: String, Sendable { case always, never, local }

    public var render: Render = .always
    public var list: List = .always
    /// Whether a bundle's files are copied to the output even when the page itself is not rendered.
    public var publishResources = true

    public init() {}

    /// Reads `build`/`_build` and `headless` from a front-matter reader; wrong values are errors at the value.
    static func read(_ reader: inout YAMLReader) -> PageBuildOptions {
        var options = PageBuildOptions()
        if reader.bool("headless") == true {
            options.render = .never
            options.list = .never
        }
        for key in ["build", "_build"] {
            guard let node = reader.node(key) else { continue }
            guard var inner = YAMLReader(node, path: reader.path, firstLine: reader.firstLine, log: reader.log) else {
                reader.fail(node, "'\(key)' must be a mapping such as {render: never, list: never}")
                continue
            }
            if let value = inner.node("render") {
                switch value.bool.map({ $0 ? "always" : "never" }) ?? value.string?.lowercased() {
                case "always", "link": options.render = .always
                case "never": options.render = .never
                default:
                    inner.fail(value, "'render' is '\(value.string ?? "")', not one of always, never (or true, false)")
                }
            }
            if let value = inner.node("list") {
                switch value.bool.map({ $0 ? "always" : "never" }) ?? value.string?.lowercased() {
                case let text? where List(rawValue: text) != nil: options.list = List(rawValue: text)!
                default: inner.fail(value, "'list' is '\(value.string ?? "")', not one of always, never, local")
                }
            }
            if let publish = inner.bool("publishResources") { options.publishResources = publish }
            for (unknown, node) in inner.unreadKeys {
                inner.fail(node, "unknown build option '\(unknown)'", hint: "Build options are render, list and publishResources.")
            }
        }
        return options
    }
}
