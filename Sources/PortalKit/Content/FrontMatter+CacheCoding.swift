/// The front matter and its parts in the build cache's binary form (``CacheWriter``, ``CacheReader``).
///
/// Every field is written, in declaration order; a field added to ``FrontMatter`` must be added here too, and
/// ``FrontMatterCache/format`` raised (a test round-trips a front matter that sets every field).
extension FrontMatter {
    func write(to writer: inout CacheWriter) {
        writer.string(title)
        for date in [date, lastmod, expiryDate] { writer.optional(date) { $1.write(to: &$0) } }
        writer.bool(draft)
        writer.optional(summary) { $0.string($1) }
        writer.int(terms.count)
        for key in terms.keys.sorted() {
            writer.string(key)
            writer.strings(terms[key]!)
        }
        for text in [slug, translationKey] { writer.optional(text) { $0.string($1) } }
        writer.strings(aliases)
        writer.optional(weight) { $0.int($1) }
        for text in [image, imageAlt, project, layout] { writer.optional(text) { $0.string($1) } }
        writer.bool(featured)
        writer.int(menus.count)
        for menu in menus { menu.write(to: &writer) }
        build.write(to: &writer)
        writer.int(params.count)
        for (key, value) in params {
            writer.string(key)
            value.write(to: &writer)
        }
        writer.bool(unreadable)
        writer.strings(writtenKeys.sorted())
        writer.int(lines.count)
        for key in lines.keys.sorted() {
            writer.string(key)
            writer.int(lines[key]!)
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init()
        title = try reader.string()
        date = try reader.optional { reader throws(CacheReader.Malformed) in try ContentDate(from: &reader) }
        lastmod = try reader.optional { reader throws(CacheReader.Malformed) in try ContentDate(from: &reader) }
        expiryDate = try reader.optional { reader throws(CacheReader.Malformed) in try ContentDate(from: &reader) }
        draft = try reader.bool()
        summary = try reader.optional { reader throws(CacheReader.Malformed) in try reader.string() }
        for _ in 0..<(try reader.count()) {
            let key = try reader.string()
            terms[key] = try reader.strings()
        }
        slug = try reader.optional { reader throws(CacheReader.Malformed) in try reader.string() }
        translationKey = try reader.optional { reader throws(CacheReader.Malformed) in try reader.string() }
        aliases = try reader.strings()
        weight = try reader.optional { reader throws(CacheReader.Malformed) in try reader.int() }
        image = try reader.optional { reader throws(CacheReader.Malformed) in try reader.string() }
        imageAlt = try reader.optional { reader throws(CacheReader.Malformed) in try reader.string() }
        project = try reader.optional { reader throws(CacheReader.Malformed) in try reader.string() }
        layout = try reader.optional { reader throws(CacheReader.Malformed) in try reader.string() }
        featured = try reader.bool()
        menus = try reader.list { reader throws(CacheReader.Malformed) in try FrontMatterMenu(from: &reader) }
        build = try PageBuildOptions(from: &reader)
        params = try reader.list { reader throws(CacheReader.Malformed) in
            (key: try reader.string(), value: try ParamValue(from: &reader))
        }
        unreadable = try reader.bool()
        writtenKeys = Set(try reader.strings())
        for _ in 0..<(try reader.count()) {
            let key = try reader.string()
            lines[key] = try reader.int()
        }
    }
}

extension ContentDate {
    func write(to writer: inout CacheWriter) {
        for part in [year, month, day, hour, minute, second] { writer.int(part) }
        writer.optional(utcOffset) { $0.int($1) }
        writer.bool(hasTime)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(
            year: try reader.int(), month: try reader.int(), day: try reader.int(), hour: try reader.int(),
            minute: try reader.int(), second: try reader.int(),
            utcOffset: try reader.optional { reader throws(CacheReader.Malformed) in try reader.int() },
            hasTime: try reader.bool())
    }
}

extension FrontMatterMenu {
    func write(to writer: inout CacheWriter) {
        writer.string(menu)
        writer.optional(name) { $0.string($1) }
        for number in [weight, line, column] { writer.int(number) }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(
            menu: try reader.string(), name: try reader.optional { reader throws(CacheReader.Malformed) in try reader.string() },
            weight: try reader.int(), line: try reader.int(), column: try reader.int())
    }
}

extension PageBuildOptions {
    func write(to writer: inout CacheWriter) {
        writer.string(render.rawValue)
        writer.string(list.rawValue)
        writer.bool(publishResources)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init()
        guard let render = Render(rawValue: try reader.string()), let list = List(rawValue: try reader.string()) else {
            throw CacheReader.Malformed()
        }
        self.render = render
        self.list = list
        publishResources = try reader.bool()
    }
}

extension ParamValue {
    func write(to writer: inout CacheWriter) {
        switch self {
        case .string(let text):
            writer.int(0)
            writer.string(text)
        case .int(let number):
            writer.int(1)
            writer.int(number)
        case .double(let number):
            writer.int(2)
            writer.double(number)
        case .bool(let flag):
            writer.int(3)
            writer.bool(flag)
        case .list(let items):
            writer.int(4)
            writer.int(items.count)
            for item in items { item.write(to: &writer) }
        case .map(let pairs):
            writer.int(5)
            writer.int(pairs.count)
            for (key, value) in pairs {
                writer.string(key)
                value.write(to: &writer)
            }
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        switch try reader.int() {
        case 0: self = .string(try reader.string())
        case 1: self = .int(try reader.int())
        case 2: self = .double(try reader.double())
        case 3: self = .bool(try reader.bool())
        case 4: self = .list(try reader.list { reader throws(CacheReader.Malformed) in try ParamValue(from: &reader) })
        case 5:
            self = .map(try reader.list { reader throws(CacheReader.Malformed) in
                (key: try reader.string(), value: try ParamValue(from: &reader))
            })
        default: throw CacheReader.Malformed()
        }
    }
}
