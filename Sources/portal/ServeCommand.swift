import ArgumentParser
import Foundation
import PortalKit
import PortalServe

/// `portal serve`: builds the site, serves it, and rebuilds it after every save.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the site on this machine and rebuild it after every save; open pages reload by themselves.")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "The address to listen on; loopback only unless you say otherwise.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port; when busy, the next free one is used (and said).")
    var port = 1313

    @Flag(name: .long, help: "Open the site in the default browser.")
    var open = false

    @Flag(name: .long, help: "After an edit, open pages go to the page being edited.")
    var navigate = false

    @Flag(name: .long, help: "Print how long each stage of every rebuild took.")
    var timings = false

    func run() async throws {
        var options = ServeOptions(sourceRoot: site.sourceURL)
        options.host = host
        options.port = port
        options.includeDrafts = site.drafts
        options.includeFuture = site.future
        options.baseURL = site.baseURL
        options.navigate = navigate
        options.timings = timings
        let server = DevServer(options: options)
        let open = self.open
        do {
            try await server.run { url in
                if open { Self.openBrowser(url) }
            }
        } catch {
            FileHandle.standardError.write(Data("serve: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }

    static func openBrowser(_ url: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        try? process.run()
    }
}
