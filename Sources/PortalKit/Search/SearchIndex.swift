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
    /// Every term, by number.
    private(set) var terms: [String] = []
    /// Per term number: (document number, weight) in document order.
    private(set) var postings: [[(document: Int, weight: Int)]] = []
    private var termNumbers: [String: Int] = [:]
    /// Each distinct word's term numbers, worked out once, keyed by the word's UTF-8 bytes: a site's
    /// vocabulary is far smaller than its text, and byte keys hash without Unicode normalisation.
    private var termsOfWord: [[UInt8]: [Int]] = [:]
    /// Terms of words kept from earlier indexes of the process, if any.
    var wordCache: SearchWordCache?

    /// Term → postings, for tests and the writer.
    var postingsByTerm: [String: [(document: Int, weight: Int)]] {
        Dictionary(uniqueKeysWithValues: zip(terms, postings))
    }

    private mutating func termNumbers(of word: [UInt8]) -> [Int] {
        if let known = termsOfWord[word] { return known }
        let found = wordCache?.terms(of: word) ?? SearchTerms.indexTerms(String(decoding: word, as: UTF8.self))
        let numbers = found.map { term in
            if let number = termNumbers[term] { return number }
            terms.append(term)
            postings.append([])
            termNumbers[term] = terms.count - 1
            return terms.count - 1
        }
        termsOfWord[word] = numbers
        return numbers
    }

    /// Adds a page: its title and the plain text of its body.
    mutating func add(_ document: Document, body: String) {
        let number = documents.count
        var weights: [Int: Int] = [:]
        SearchTerms.forEachWord(in: document.title) { word in
            for term in termNumbers(of: word) { weights[term, default: 0] += Self.titleWeight }
        }
        var bodyCounts: [Int: Int] = [:]
        SearchTerms.forEachWord(in: body) { word in
            for term in termNumbers(of: word) { bodyCounts[term, default: 0] += 1 }
        }
        for (term, count) in bodyCounts { weights[term, default: 0] += min(count, Self.bodyCap) }
        for (term, weight) in weights { postings[term].append((number, weight)) }
        var stored = document
        stored.text = body.utf8.count > Self.textLimit ? String(body.prefix(Self.textLimit)) : body
        documents.append(stored)
    }
}
