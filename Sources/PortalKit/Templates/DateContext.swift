import Mustache

/// A date as templates see it (`{{#page.date}}<time datetime="{{iso}}">{{long}}</time>{{/page.date}}`): `iso`,
/// `long`, `short` and `year`, each written only when a template asks for it.
struct DateContext: MustacheParent, MustacheTransformable, Sendable {
    let date: ContentDate
    let style: DateStyle

    func child(named name: String) -> Any? {
        switch name {
        case "iso": return date.isoDay
        case "long": return style.long(date)
        case "short": return style.short(date)
        case "year": return date.year
        default: return nil
        }
    }

    /// Every value at once, for fingerprints and transforms.
    var values: [String: Any] {
        ["iso": date.isoDay, "long": style.long(date), "short": style.short(date), "year": date.year]
    }

    /// The transforms of the dictionary it stands for (`count`, `empty`, `enumerated`, `sorted`).
    func transform(_ name: String) -> Any? {
        values.transform(name)
    }
}
