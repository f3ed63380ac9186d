import Mustache

// Text and numbers in a template context render as themselves, through swift-mustache's own customisation point.
//
// swift-mustache writes a `{{value}}` by casting it to its template, renderable and lambda types, then to
// `Optional` (to unwrap it) and finally to `TextOutputStreamable` through `String(describing:)`. Each cast to a
// protocol goes through the Swift runtime's conformance cache, about 150 ns on this machine and slower still when
// both cores cast at once (`benchmarks/casts.swift`). As renderables, a String or an Int is written after the
// second cast, with the same text as before: `isNull` is false, as it is for any other value, so sections and
// inverted sections treat them exactly as they did (`TemplateValueTests`). Callgrind counts 10.5 % fewer
// instructions for rendering the benchmark's list template.

extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}

extension Int: @retroactive MustacheCustomRenderable {
    public var renderText: String { String(self) }
    public var isNull: Bool { false }
}
