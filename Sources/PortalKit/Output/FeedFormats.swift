import Foundation

/// The three feed formats, written from one description of a feed.
///
/// Atom and RSS carry each entry's HTML in a CDATA section: the same text for every XML reader as the HTML escaped,
/// without a second, larger copy of every entry's content (about a third of the memory of the feeds stage at 2,000
/// pairs, docs/benchmarks.md) or the time to write it.
struct FeedFormats {
    let site: Site

    struct Feed {
        let list: Page
        let title: String
        let description: String
        let language: String
        let entries: [FeedEntry]

        /// The newest update among the entries: the feed's own "updated".
        var updated: ContentDate {
            entries.map(\.updated).max() ?? list.date ?? ContentDate(year: 1970, month: 1, day: 1)
        }
    }

    func atom(_ feed: Feed, selfURL: String) -> String {
        let config = site.config
        let e = XMLText.escape
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(feed.language)">
              <title>\(e(feed.title))</title>
              <subtitle>\(e(feed.description))</subtitle>
              <link rel="self" type="application/atom+xml" href="\(e(config.absolute(selfURL)))"/>
              <link rel="alternate" type="text/html" href="\(e(config.absolute(feed.list.url)))"/>
              <id>\(e(config.absolute(feed.list.url)))</id>
              <updated>\(feed.updated.rfc3339)</updated>
              <author>\(authorXML())</author>
              <generator>portal</generator>

            """
        for entry in feed.entries {
            xml += "  <entry>\n"
            xml += "    <title>\(e(entry.title))</title>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(e(entry.permalink))\"/>\n"
            for translation in entry.translations {
                xml += "    <link rel=\"alternate\" type=\"text/html\" hreflang=\"\(translation.language)\" href=\"\(e(translation.url))\"/>\n"
            }
            xml += "    <id>\(e(entry.permalink))</id>\n"
            xml += "    <published>\(entry.published.rfc3339)</published>\n"
            xml += "    <updated>\(entry.updated.rfc3339)</updated>\n"
            for category in entry.categories { xml += "    <category term=\"\(e(category))\"/>\n" }
            if !entry.summary.isEmpty { xml += "    <summary>\(e(entry.summary))</summary>\n" }
            xml += "    <content type=\"html\"><![CDATA[\(entry.cdataContent)]]></content>\n"
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }

    func rss(_ feed: Feed, selfURL: String) -> String {
        let config = site.config
        let e = XMLText.escape
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
              <channel>
                <title>\(e(feed.title))</title>
                <link>\(e(config.absolute(feed.list.url)))</link>
                <description>\(e(feed.description))</description>
                <language>\(feed.language)</language>
                <generator>portal</generator>
                <lastBuildDate>\(feed.updated.rfc822)</lastBuildDate>
                <atom:link href="\(e(config.absolute(selfURL)))" rel="self" type="application/rss+xml"/>

            """
        if let email = config.author.email {
            xml += "    <managingEditor>\(e(email)) (\(e(config.author.name)))</managingEditor>\n"
        }
        for entry in feed.entries {
            xml += "    <item>\n"
            xml += "      <title>\(e(entry.title))</title>\n"
            xml += "      <link>\(e(entry.permalink))</link>\n"
            xml += "      <guid isPermaLink=\"true\">\(e(entry.permalink))</guid>\n"
            xml += "      <pubDate>\(entry.published.rfc822)</pubDate>\n"
            for category in entry.categories { xml += "      <category>\(e(category))</category>\n" }
            xml += "      <description><![CDATA[\(entry.cdataContent)]]></description>\n"
            xml += "    </item>\n"
        }
        return xml + "  </channel>\n</rss>\n"
    }

    func json(_ feed: Feed, selfURL: String) -> String {
        let config = site.config
        var author: [(String, JSONText.Value)] = [("name", .string(config.author.name))]
        if let url = config.author.url { author.append(("url", .string(url))) }
        let items: [JSONText.Value] = feed.entries.map { entry in
            var item: [(String, JSONText.Value)] = [
                ("id", .string(entry.permalink)), ("url", .string(entry.permalink)), ("title", .string(entry.title)),
                ("content_html", .string(entry.contentHTML)),
            ]
            if !entry.summary.isEmpty { item.append(("summary", .string(entry.summary))) }
            item += [
                ("date_published", .string(entry.published.rfc3339)), ("date_modified", .string(entry.updated.rfc3339)),
                ("language", .string(feed.language)),
            ]
            if !entry.categories.isEmpty { item.append(("tags", .array(entry.categories.map { .string($0) }))) }
            return .object(item)
        }
        return JSONText.write(.object([
            ("version", .string("https://jsonfeed.org/version/1.1")), ("title", .string(feed.title)),
            ("home_page_url", .string(config.absolute(feed.list.url))), ("feed_url", .string(config.absolute(selfURL))),
            ("description", .string(feed.description)), ("language", .string(feed.language)),
            ("authors", .array([.object(author)])), ("items", .array(items)),
        ]))
    }

    private func authorXML() -> String {
        let author = site.config.author
        var xml = "<name>\(XMLText.escape(author.name))</name>"
        if let url = author.url { xml += "<uri>\(XMLText.escape(url))</uri>" }
        if let email = author.email { xml += "<email>\(XMLText.escape(email))</email>" }
        return xml
    }
}
