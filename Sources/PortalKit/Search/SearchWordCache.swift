import Foundation

/// The index terms of each word (`SearchTerms.indexTerms`), kept across the search indexes one process builds:
/// `portal serve` builds a language's index again after each edit in place, and working out the terms of the
/// whole vocabulary again was most of that (114 ms on a 50-page site).
final class SearchWordCache: @unchecked Sendable {
    private let lock = NSLock()
    private var terms: [[UInt8]: [String]] = [:]

    /// The terms of a word given as UTF-8 bytes.
    func terms(of word: [UInt8]) -> [String] {
        if let known = lock.withLock({ terms[word] }) { return known }
        let made = SearchTerms.indexTerms(String(decoding: word, as: UTF8.self))
        lock.withLock { terms[word] = made }
        return made
    }
}
