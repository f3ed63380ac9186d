/// The default theme's README: what a designer may change without reading Swift.
extension DefaultTheme {
    static let readme = """
        # The default theme

        A neutral, accessible theme for portal. Change anything here; `portal build` picks it up. The values every
        template receives are described in portal's docs/templates.md; Mustache syntax is at
        https://mustache.github.io/mustache.5.html (with template inheritance, `{{<base}}…{{/base}}`).

        ## Templates (`templates/`)

        | file | renders |
        | --- | --- |
        | `base.mustache` | the page frame every other template fills: head, skip link, header, breadcrumbs, `main`, footer |
        | `home.mustache` | each language's home page: its text and the latest news |
        | `page.mustache` | a content page: title, date, lead image, contents, text, tags, related news |
        | `list.mustache` | a section (news), paginated |
        | `taxonomy.mustache` | all terms of a taxonomy (tags) with their counts |
        | `term.mustache` | the pages of one term, paginated |
        | `archive.mustache` | a year of a section (`/news/2024/`) |
        | `404.mustache` | the not-found page, in every language at once |

        A section or a kind may have its own template: `news/page.mustache` is used for pages of the news section
        before `page.mustache`; front matter `layout: name` picks one by name.

        ## Partials (`templates/partials/`)

        | file | what |
        | --- | --- |
        | `header.mustache` | site title, language switch (every language, by its own name), main menu |
        | `footer.mustache` | footer menu, feed and sitemap links, copyright |
        | `item.mustache`, `item-nested.mustache` | a page as a card in a list (`h2`, or `h3` under a section heading) |
        | `pager.mustache` | page links of a paginated list |

        ## Shortcodes

        The theme adds none; portal's built-ins are `ref`, `relref`, `figure`, `details`, `video` and `document`
        (portal's docs/markdown.md). A file `shortcodes/<name>.mustache` here adds or overrides one for sites using
        this theme; the site's own `shortcodes/` folder wins over the theme's.

        ## Styles (`static/`)

        `css/style.css` (screen) and `css/print.css`. Colours are custom properties at the top of style.css; keep
        text at a contrast of at least 4.5:1 against its background. Layout uses logical properties
        (`margin-inline`, `border-inline-start`), so right-to-left languages mirror without extra rules.

        ## UI strings (`i18n/<lang>.yaml`)

        One file per language, one `key: text` per line. A key missing in a language is shown in the default
        language and the build names it. The keys:

        | key | where |
        | --- | --- |
        | `skipToContent` | the skip link, first thing a keyboard reaches |
        | `languageSwitch`, `mainMenu`, `breadcrumbs`, `links`, `pagination` | names of the navigation landmarks |
        | `home` | the first breadcrumb |
        | `noTranslation` | tooltip on a language link that leads to the nearest page, not a translation |
        | `contents` | heading of a page's table of contents |
        | `tags`, `tag` | the tags section of a page; the label on a tag's page |
        | `relatedNews`, `latestNews`, `allNews` | news lists |
        | `page`, `previous`, `next` | pagination |
        | `nothingYet` | an empty list |
        | `feedAtom`, `sitemap` | footer links |
        | `notFoundTitle`, `notFoundText`, `backHome` | the 404 page |
        | `redirectNotice` | the page an old address (an alias) shows while it redirects |

        portal also writes a few strings itself and takes them from here when present: `footnotes`, `footnoteBack`,
        `details`, `downloadVideo`, `captions`, `byteUnits`, `decimalSeparator`.

        """
}
