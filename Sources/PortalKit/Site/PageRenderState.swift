/// What an edit of a page's text changes on it (its title, and what rendering its Markdown sets), kept so that `portal serve` can put a page back as it was when
/// an edit to it fails.
struct PageRenderState {
    let title: String
    let document: SourceDocument?
    let contentHTML: String
    let headings: [Heading]
    let summary: String
    let anchoredLinks: [(url: String, fragment: String, line: Int)]
    let localLinks: [LocalLink]
    let images: [PublishedImage]
    let leadImage: PublishedImage?
    let collectsIDs: Bool
    let renderedIDs: Set<String>

    init(of page: Page) {
        title = page.title
        document = page.document
        contentHTML = page.contentHTML
        headings = page.headings
        summary = page.summary
        anchoredLinks = page.anchoredLinks
        localLinks = page.localLinks
        images = page.images
        leadImage = page.leadImage
        collectsIDs = page.collectsIDs
        renderedIDs = page.renderedIDs
    }

    /// Puts every value back on `page`.
    func restore(to page: Page) {
        page.title = title
        if let document { page.replaceDocument(document) }
        page.contentHTML = contentHTML
        page.headings = headings
        page.summary = summary
        page.anchoredLinks = anchoredLinks
        page.localLinks = localLinks
        page.images = images
        page.leadImage = leadImage
        page.collectsIDs = collectsIDs
        page.renderedIDs = renderedIDs
    }
}
