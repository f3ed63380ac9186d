/// One file to write, at a path relative to the output folder.
public struct OutputFile: Sendable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
