/// Where generated files go: the build's ``OutputWriter`` (a work folder exchanged at the end), or a
/// ``FolderPatch`` that `portal serve` applies to the served folder after an edit.
protocol OutputSink: AnyObject, Sendable {
    /// Writes one file; `path` is relative to the output folder and must stay inside it.
    func write(_ file: OutputFile) throws
    /// Writes bytes to a relative path.
    func write(bytes: [UInt8], to path: String) throws
}
