import ArgumentParser
import PortalKit

/// The `portal` command: a bilingual static site generator.
@main
struct Portal: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portal",
        abstract: "Builds a bilingual static site from Markdown with YAML front matter.",
        version: PortalVersion.current,
        subcommands: [BuildCommand.self, ServeCommand.self, CheckCommand.self, NewCommand.self, InitCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
