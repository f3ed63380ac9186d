import Foundation

/// The date of the last commit that touched each file under `content/`, from one `git log` run.
///
/// Used for translation staleness where front matter has no `lastmod`. Empty outside a git checkout.
public enum GitDates {
    public static func lastChanged(sourceRoot: URL) -> [String: ContentDate] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", sourceRoot.path, "log", "--format=@%ct", "--name-only", "--relative", "--", "content"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return [:] }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return [:] }
        var dates: [String: ContentDate] = [:]
        var current: ContentDate?
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("@"), let seconds = TimeInterval(line.dropFirst()) {
                current = ContentDate(Date(timeIntervalSince1970: seconds))
            } else if let current, dates[String(line)] == nil {
                dates[String(line)] = current
            }
        }
        return dates
    }
}
