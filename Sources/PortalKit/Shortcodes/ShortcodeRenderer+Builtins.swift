import Foundation

/// The values built-in shortcodes need beside their parameters: resolved URLs, file sizes, types.
extension ShortcodeRenderer {
    struct BuiltinValues {
        var context: [String: Any] = [:]
        var links: [String] = []
        var warnings: [ShortcodeProblem] = []
    }

    /// Computes the values of a built-in (also when a site overrides its template); other names get none.
    func builtinValues(_ tag: ShortcodeTag, page: Page) -> Result<BuiltinValues, ShortcodeProblem> {
        switch tag.name {
        case "ref", "relref": return reference(tag, page: page)
        case "figure": return figure(tag, page: page)
        case "video": return video(tag, page: page)
        case "document": return document(tag, page: page)
        default: return .success(BuiltinValues())
        }
    }

    private func reference(_ tag: ShortcodeTag, page: Page) -> Result<BuiltinValues, ShortcodeProblem> {
        guard let written = tag.args.first ?? tag.param("path") ?? tag.param("page") else {
            return .failure(ShortcodeProblem(
                message: "'\(tag.name)' needs the content path of a page",
                hint: "Write it as {{< \(tag.name) \"/news/x.md\" >}}."))
        }
        var path = written
        var fragment = ""
        if let hash = written.firstIndex(of: "#") {
            path = String(written[..<hash])
            fragment = String(written[hash...])
        }
        var candidates = [path]
        if !path.hasSuffix(".md") {
            let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
            candidates = folder.isEmpty ? ["/_index.md"] : [folder + ".md", folder + "/_index.md", folder + "/index.md"]
        }
        let resolver = ContentLinkResolver(site: site)
        var firstProblem: String?
        for candidate in candidates {
            switch resolver.target(of: candidate, from: page, language: tag.param("lang")) {
            case .success(let target):
                let url = tag.name == "ref" ? site.config.absolute(target.url) : site.config.href(target.url)
                return .success(BuiltinValues(context: ["url": url + fragment]))
            case .failure(let missing):
                firstProblem = firstProblem ?? missing.message
            }
        }
        return .failure(ShortcodeProblem(
            message: "'\(tag.name)' to '\(written)': \(firstProblem ?? "no such page")",
            hint: "Give the content path of an existing page, e.g. {{< \(tag.name) \"/news/x.md\" >}}."))
    }

    private func figure(_ tag: ShortcodeTag, page: Page) -> Result<BuiltinValues, ShortcodeProblem> {
        guard let src = tag.param("src") ?? tag.args.first else {
            return .failure(ShortcodeProblem(
                message: "the figure has no 'src'", hint: "Write {{< figure src=\"photo.jpg\" alt=\"What it shows\" >}}."))
        }
        guard tag.param("alt") != nil else {
            return .failure(ShortcodeProblem(
                message: "the figure '\(src)' has no alt text",
                hint: "Add alt=\"…\" describing the image for readers who cannot see it, or alt=\"\" if it is only decoration."))
        }
        var values = BuiltinValues()
        values.context["src"] = siteURL(src)
        values.links.append(siteURL(src))
        if let store = site.imageStore, ImageFormat.isProcessed(src), let file = files.file(for: src, page: page),
            let path = ImageReference.sitePath(of: src, on: page, basePath: site.config.basePath)
        {
            switch store.publish(file, path: path, usedAt: (page.origin, 1, 1)) {
            case .success(let image):
                let eager = page.images.isEmpty
                page.images.append(image)
                values.context["picture"] = ImageMarkup.picture(
                    image, alt: tag.param("alt") ?? "", eager: eager, sizes: site.config.images.sizes, href: site.config.href)
            case .failure(let problem):
                return .failure(ShortcodeProblem(message: problem.message, hint: problem.hint))
            }
        }
        if let link = tag.param("link") {
            switch ContentLinkResolver(site: site).resolve(link, from: page) {
            case .broken(let message): return .failure(ShortcodeProblem(message: "the figure's link: \(message)"))
            case .rewritten(let url): values.context["link"] = url
            case .unchanged: values.context["link"] = link
            }
            values.links.append(values.context["link"] as! String)
        }
        return .success(values)
    }

    private func video(_ tag: ShortcodeTag, page: Page) -> Result<BuiltinValues, ShortcodeProblem> {
        guard let src = tag.param("src") ?? tag.args.first else {
            return .failure(ShortcodeProblem(
                message: "the video has no 'src'",
                hint: "Write {{< video src=\"talk.mp4\" captions=\"talk.bg.vtt\" >}} with a file of this site."))
        }
        var values = BuiltinValues()
        values.context["src"] = siteURL(src)
        values.links.append(siteURL(src))
        if let store = site.imageStore, ImageFormat.isProcessed(src), let file = files.file(for: src, page: page),
            let path = ImageReference.sitePath(of: src, on: page, basePath: site.config.basePath)
        {
            switch store.publish(file, path: path, usedAt: (page.origin, 1, 1)) {
            case .success(let image):
                let eager = page.images.isEmpty
                page.images.append(image)
                values.context["picture"] = ImageMarkup.picture(
                    image, alt: tag.param("alt") ?? "", eager: eager, sizes: site.config.images.sizes, href: site.config.href)
            case .failure(let problem):
                return .failure(ShortcodeProblem(message: problem.message, hint: problem.hint))
            }
        }
        if let poster = tag.param("poster") {
            values.context["poster"] = siteURL(poster)
            values.links.append(siteURL(poster))
        }
        if let captions = tag.param("captions") {
            values.context["captions"] = siteURL(captions)
            values.context["captionsLanguage"] = tag.param("captionsLang") ?? page.language
            values.context["captionsLabel"] = strings(for: page.language)["captions"] ?? "Captions"
            values.links.append(siteURL(captions))
        } else {
            values.warnings.append(ShortcodeProblem(
                severity: .warning, message: "the video '\(src)' has no captions",
                hint: "Add captions=\"file.vtt\" (WebVTT) so readers who cannot hear it can follow."))
        }
        return .success(values)
    }

    private func document(_ tag: ShortcodeTag, page: Page) -> Result<BuiltinValues, ShortcodeProblem> {
        let src = tag.param("src") ?? tag.args.first
        guard let src, !src.contains("://") else {
            return .failure(ShortcodeProblem(
                message: "the document needs 'src', a file of this site",
                hint: "Write {{< document src=\"report.pdf\" title=\"Annual report\" >}}."))
        }
        guard let size = files.size(of: src, page: page) else {
            return .failure(ShortcodeProblem(
                message: "the document '\(src)' does not exist",
                hint: "Put the file next to the page (a page bundle) or under static/ and give its path."))
        }
        let strings = strings(for: page.language)
        let fileExtension = (src as NSString).pathExtension.lowercased()
        var values = BuiltinValues()
        values.context["href"] = siteURL(src)
        values.context["title"] = tag.param("title") ?? (tag.param("src") == nil ? tag.args.dropFirst().first : tag.args.first)
            ?? (src as NSString).lastPathComponent
        values.context["type"] = fileExtension.uppercased()
        values.context["mimeType"] = DocumentTypes.mimeType(fileExtension)
        values.context["size"] = FileSize.format(size, strings: strings)
        if let language = tag.param("lang"), language != page.language {
            values.context["hreflang"] = language
            values.context["languageName"] = site.config.language(language)?.name ?? language
        }
        values.links.append(siteURL(src))
        if let contact = accessibleFormatContact(page.language) {
            let isMail = contact.contains("@") && !contact.contains("://")
            values.context["request"] = [
                "href": isMail ? "mailto:" + contact : siteURL(contact),
                "text": isMail ? contact : (tag.param("requestText") ?? contact),
            ]
        }
        return .success(values)
    }

    /// Where readers ask for a document in an accessible format: `accessibleFormatContact` in the language's
    /// params, else in the site's (an e-mail address or a URL).
    private func accessibleFormatContact(_ language: String) -> String? {
        let params = (site.config.language(language)?.params ?? []) + site.config.params
        for (key, value) in params where key == "accessibleFormatContact" {
            if case .string(let contact) = value, !contact.trimmingCharacters(in: .whitespaces).isEmpty { return contact }
        }
        return nil
    }

    /// A URL as the page should write it: site paths get the base path, relative ones stay relative to the page.
    private func siteURL(_ url: String) -> String {
        url.hasPrefix("/") && !url.hasPrefix("//") ? site.config.href(url) : url
    }
}
