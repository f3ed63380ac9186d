/// A rendered Markdown body and the site's answers it was rendered with, in the build cache's binary form
/// (``CacheWriter``, ``CacheReader``). Only renders without problems are kept, so problems are not written.
extension RenderedMarkdown {
    func write(to writer: inout CacheWriter) {
        writer.string(html)
        writer.int(headings.count)
        for heading in headings {
            writer.int(heading.level)
            writer.string(heading.text)
            writer.string(heading.id)
        }
        writer.optional(textBeforeMore) { $0.string($1) }
        writer.optional(firstParagraph) { $0.string($1) }
        writer.int(anchoredLinks.count)
        for link in anchoredLinks {
            writer.string(link.url)
            writer.string(link.fragment)
            writer.int(link.line)
        }
        writer.int(localLinks.count)
        for link in localLinks {
            writer.string(link.url)
            writer.int(link.line)
            writer.int(link.column)
            writer.string(link.written)
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        html = try reader.string()
        headings = try reader.list { reader throws(CacheReader.Malformed) in
            Heading(level: try reader.int(), text: try reader.string(), id: try reader.string())
        }
        textBeforeMore = try reader.optional { reader throws(CacheReader.Malformed) in try reader.string() }
        firstParagraph = try reader.optional { reader throws(CacheReader.Malformed) in try reader.string() }
        problems = []
        anchoredLinks = try reader.list { reader throws(CacheReader.Malformed) in
            (url: try reader.string(), fragment: try reader.string(), line: try reader.int())
        }
        localLinks = try reader.list { reader throws(CacheReader.Malformed) in
            LocalLink(url: try reader.string(), line: try reader.int(), column: try reader.int(), written: try reader.string())
        }
    }
}

extension LinkResolution {
    func write(to writer: inout CacheWriter) {
        switch self {
        case .unchanged: writer.int(0)
        case .rewritten(let url):
            writer.int(1)
            writer.string(url)
        case .broken(let url):
            writer.int(2)
            writer.string(url)
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        switch try reader.int() {
        case 0: self = .unchanged
        case 1: self = .rewritten(try reader.string())
        case 2: self = .broken(try reader.string())
        default: throw CacheReader.Malformed()
        }
    }
}

extension DocumentLink.Label {
    func write(to writer: inout CacheWriter) {
        writer.string(mimeType)
        writer.string(meta)
        writer.optional(hreflang) { $0.string($1) }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(
            mimeType: try reader.string(), meta: try reader.string(),
            hreflang: try reader.optional { reader throws(CacheReader.Malformed) in try reader.string() })
    }
}
