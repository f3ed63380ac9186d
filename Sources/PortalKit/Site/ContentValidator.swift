import Foundation

/// Checks what front matter alone cannot: each section's schema, alt text for images, and that images exist.
struct ContentValidator {
    let site: Site
    let sourceRoot: URL
    let log: DiagnosticLog

    func validate() {
        let schemas = Dictionary(site.config.schemas.map { ($0.section, $0) }, uniquingKeysWith: { a, _ in a })
        let generatorKeys = Set(FrontMatterParser.knownKeys + site.config.taxonomies.map(\.key))
        // Keys a site declares (in a schema or as a site param) are never typos, even one edit from a known key.
        let declared = Set(site.config.schemas.flatMap { $0.required + $0.optional } + site.config.params.map(\.key))
        let known = FrontMatterParser.knownKeys + site.config.taxonomies.map(\.key)
        for page in site.contentPages {
            guard let document = page.document else { continue }
            let matter = document.frontMatter
            let path = document.path.sourcePath
            for (key, _) in matter.params where !declared.contains(key) && !known.contains(key) {
                if let near = FrontMatterParser.nearMiss(key, among: known) {
                    log.warning(
                        path, line: matter.lines["param:" + key] ?? 1, column: 1, "unknown key '\(key)'; did you mean '\(near)'?",
                        hint: "Rename it, or declare it in site.yaml's schemas if the theme reads it.")
                }
            }
            // A section's schema covers the sections inside it too (`events` for `events/2020-08`).
            let schemaKey = page.section.sectionKeysOutward.first { schemas[$0] != nil }
            if let schemaKey, let schema = schemas[schemaKey] {
                for key in schema.required where !matter.writtenKeys.contains(key) {
                    log.error(
                        path, line: 1, column: 1, "\(schemaKey) pages need '\(key)'",
                        hint: "Add '\(key): …' to the front matter (site.yaml's schemas says so).")
                }
                let allowed = generatorKeys.union(schema.required).union(schema.optional)
                for (key, _) in matter.params where !allowed.contains(key) {
                    log.warning(
                        path, line: matter.lines["param:" + key] ?? 1, column: 1,
                        "unknown key '\(key)' for \(schemaKey) pages",
                        hint: "Allowed here besides the usual keys: \((schema.required + schema.optional).joined(separator: ", ")).")
                }
            }
            if let image = matter.image {
                let line = matter.lines["image"] ?? 1
                if (matter.imageAlt ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                    log.error(
                        path, line: line, column: 1, "image '\(image)' has no alt text",
                        hint: "Add 'image_alt: …' describing the image for readers who cannot see it.")
                }
                if !imageExists(image, page: page) {
                    log.error(
                        path, line: line, column: 1, "image '\(image)' does not exist",
                        hint: "Put the file next to the page (a page bundle) or under static/ and give its path.")
                }
            }
        }
    }

    private func imageExists(_ image: String, page: Page) -> Bool {
        if image.containsBytes("://") { return true }
        let manager = FileManager.default
        if image.hasPrefix("/") {
            let relative = String(image.dropFirst())
            return site.looseFiles.contains(relative)
                || manager.fileExists(atPath: sourceRoot.appendingPathComponent("static").appendingPathComponent(relative).path)
                || manager.fileExists(atPath: sourceRoot.appendingPathComponent("themes").appendingPathComponent(site.config.theme)
                    .appendingPathComponent("static").appendingPathComponent(relative).path)
        }
        return page.resources.contains(image)
    }
}
