import Foundation
import PortalKit

/// One libFuzzer input: bytes treated as a content file, its front matter, its Markdown and its dates.
///
/// The first input line (up to 80 bytes) also serves as the file's path under content/, so path
/// classification is fuzzed together with the loader. Any crash, hang or sanitizer report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzContent(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let log = DiagnosticLog()
    let firstLine = data.prefix(80).split(separator: 10, maxSplits: 1, omittingEmptySubsequences: false).first ?? Data()
    var relative = (String(data: firstLine, encoding: .utf8) ?? "news/x") + ".bg.md"
    if relative.hasPrefix("/") || relative.isEmpty { relative = "news/x.bg.md" }
    _ = ContentLoader.document(
        from: data, relative: "news/fuzz.bg.md", languages: ["bg", "en"], defaultLanguage: "bg", taxonomies: ["tags"],
        log: log)
    if !relative.contains("//") {
        _ = ContentPath.classify(relative: relative, languages: ["bg", "en"], defaultLanguage: "bg")
    }
    if let text = String(data: data, encoding: .utf8) {
        if let parts = try? FrontMatterSplitter.split(text, path: "fuzz.md") {
            _ = MarkdownRenderer(allowHTML: false).render(parts.body, language: "bg") { url in
                url.hasSuffix(".md") ? .rewritten("/x/") : .unchanged
            }
            // Shortcodes: any name but "unknown" renders as a block or an inline element, echoing its inner text.
            _ = MarkdownRenderer(allowHTML: true).render(
                parts.body, language: "en", resolve: { _ in .unchanged },
                shortcode: { name, args, _, inner in
                    name == "unknown" ? nil : args.isEmpty ? "<div>\(inner ?? "")</div>\n" : "<span>\(inner ?? "")</span>"
                })
        }
        _ = ContentDate(parsing: String(text.prefix(64)))
        _ = Slug.make(String(text.prefix(256)))
        _ = Summary.shorten(text, to: 40)
    }
    return 0
}

/// libFuzzer's driver (exported by the fuzzer runtime since LLVM 11).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point as `<target>_main`, which takes the place of libFuzzer's `main`;
/// hand control to libFuzzer's driver from here.
@_cdecl("FuzzContent_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { start, length in fuzzContent(start, length) }
}
