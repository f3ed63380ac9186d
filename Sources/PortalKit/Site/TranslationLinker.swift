/// Links pages that are translations of each other: same translation key, different languages.
enum TranslationLinker {
    static func link(_ pages: [Page]) {
        var groups: [String: [Page]] = [:]
        for page in pages where page.kind != .notFound {
            groups[page.translationKey, default: []].append(page)
        }
        for group in groups.values where group.count > 1 {
            for page in group {
                for other in group where other.language != page.language && page.translations[other.language] == nil {
                    page.translations[other.language] = other
                }
            }
        }
    }
}
