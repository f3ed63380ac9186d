import Dispatch

/// Writes each language's search index beside its search page, split so a browser fetches only what a query
/// needs, and the client script once for the site.
///
/// Under the search page (`/tarsene/index/`): `meta.json` (page count, stop words, the shard names),
/// `t/<first two letters>.json` (terms → page numbers and weights) and `d/<n>.json` (one page's URL, title,
/// section, date and text for the snippet). Compact JSON, keys sorted: the output is deterministic.
struct SearchIndexWriter {
    /// The client script's path under the output root.
    static let scriptName = "portal-search.js"
    /// Changes when the files' layout changes, so an old script never misreads a new index.
    static let formatVersion = 1

    let site: Site
    let writer: any OutputSink
    /// Terms of words kept between indexes (``LiveSite``); `nil` works every word out.
    var wordCache: SearchWordCache? = nil

    func writeAll() throws {
        guard !site.searchPages.isEmpty else { return }
        try writer.write(bytes: Array(SearchScript.source.utf8), to: Self.scriptName)
        // The languages' indexes are independent: one on each core.
        let languages = site.config.languages.filter { site.searchPages[$0.code] != nil }
        let failures = LockedList<Error>()
        DispatchQueue.concurrentPerform(iterations: languages.count) { position in
            let code = languages[position].code
            do {
                try write(language: code)
            } catch {
                failures.append(error)
            }
        }
        if let failure = failures.items.first { throw failure }
    }

    /// One language's index, under its search page.
    func write(language code: String) throws {
        guard let page = site.searchPages[code] else { return }
        try write(index(for: code), under: Self.folder(of: page))
    }

    /// The folder of a search page's index, relative to the output root (`tarsene/index/`).
    static func folder(of searchPage: Page) -> String {
        String(searchPage.url.dropFirst()) + "index/"
    }

    /// The pages a reader of `language` can find: content pages, sections and the home page; never drafts,
    /// the 404 page, generated lists or pages that are not rendered (those are not in the site's pages).
    func index(for language: String) -> SearchIndex {
        let style = DateStyle.forLanguage(language)
        var index = SearchIndex()
        index.wordCache = wordCache
        for page in site.pages where page.language == language && !page.frontMatter.draft {
            guard page.kind == .page || page.kind == .section || page.kind == .home else { continue }
            let section = page.kind == .page ? page.sectionPage?.title ?? "" : ""
            let document = SearchIndex.Document(
                url: site.config.href(page.url), title: page.title, section: section,
                date: page.date.map(style.long) ?? "", text: "")
            index.add(document, body: SearchPlainText.of(page.contentHTML))
        }
        return index
    }

    private func write(_ index: SearchIndex, under folder: String) throws {
        let postings = index.postingsByTerm
        var shards: [String: [String]] = [:]
        for term in postings.keys { shards[SearchTerms.shardKey(term), default: []].append(term) }
        let keys = shards.keys.sorted()

        var meta: [UInt8] = []
        meta += Array("{\"v\":\(Self.formatVersion),\"n\":\(index.documents.count),\"stop\":".utf8)
        appendStrings(SearchTerms.stopWords.sorted(), to: &meta)
        meta += Array(",\"shards\":".utf8)
        appendStrings(keys, to: &meta)
        meta += Array("}\n".utf8)
        try writer.write(bytes: meta, to: folder + "meta.json")

        for key in keys {
            var shard: [UInt8] = [UInt8(ascii: "{")]
            for (position, term) in shards[key]!.sorted().enumerated() {
                if position > 0 { shard.append(UInt8(ascii: ",")) }
                JSONText.appendString(term, to: &shard)
                shard += Array(":[".utf8)
                for (position, posting) in postings[term]!.enumerated() {
                    if position > 0 { shard.append(UInt8(ascii: ",")) }
                    appendNumber(posting.document, to: &shard)
                    shard.append(UInt8(ascii: ","))
                    appendNumber(posting.weight, to: &shard)
                }
                shard.append(UInt8(ascii: "]"))
            }
            shard += Array("}\n".utf8)
            try writer.write(bytes: shard, to: folder + "t/" + SearchTerms.fileName(key) + ".json")
        }

        for (number, document) in index.documents.enumerated() {
            var bytes: [UInt8] = []
            let fields = [
                ("u", document.url), ("t", document.title), ("s", document.section), ("d", document.date),
                ("x", document.text),
            ]
            for (position, (key, value)) in fields.enumerated() {
                bytes.append(UInt8(ascii: position == 0 ? "{" : ","))
                JSONText.appendString(key, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                JSONText.appendString(value, to: &bytes)
            }
            bytes += Array("}\n".utf8)
            try writer.write(bytes: bytes, to: folder + "d/\(number).json")
        }
    }

    /// A non-negative number in decimal, without making a String of it (a shard of the 2,000-pair corpus has
    /// tens of thousands).
    private func appendNumber(_ number: Int, to bytes: inout [UInt8]) {
        if number >= 10 { appendNumber(number / 10, to: &bytes) }
        bytes.append(UInt8(ascii: "0") + UInt8(number % 10))
    }

    private func appendStrings(_ strings: [String], to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "["))
        for (position, string) in strings.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONText.appendString(string, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }
}
