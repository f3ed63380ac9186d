/// The search index of one language: the pages a reader can find and, for every term, which pages have it
/// and how strongly (title words count ten times a body word).
struct SearchIndex {
    /// One findable page, as the result list shows it.
    struct Document {
        var url: String
        var title: String
        var section: String
        var date: String
        var text: String
    }

    /// The longest text kept per page for snippets, in characters.
    static let textLimit = 3000
    /// How much a word in the title outweighs one in the body.
    static let titleWeight = 10
    /// A body word counts at most this often, so a long page that repeats a word does not bury the others.
    static let bodyCap = 20

    var documents: [Document] = []
    /// Term → (document number, weight) in document order.
    var postings: [String: [(document: Int, weight: Int)]] = [:]

    /// Adds a page: its title and the plain text of its body.
    mutating func add(_ document: Document, body: String) {
        let number = documents.count
        var weights: [String: Int] = [:]
        for word in SearchTerms.words(document.title) {
            for term in SearchTerms.indexTerms(word) { weights[term, default: 0] += Self.titleWeight }
        }
        var bodyCounts: [String: Int] = [:]
        for word in SearchTerms.words(body) {
            for term in SearchTerms.indexTerms(word) { bodyCounts[term, default: 0] += 1 }
        }
        for (term, count) in bodyCounts { weights[term, default: 0] += min(count, Self.bodyCap) }
        for (term, weight) in weights { postings[term, default: []].append((number, weight)) }
        var stored = document
        if body.count > Self.textLimit {
            stored.text = String(body.prefix(Self.textLimit))
        } else {
            stored.text = body
        }
        documents.append(stored)
    }
}
