import Foundation
import TOMLKit

/// TOML front matter (between `+++` lines, as Hugo writes it), read by TOMLKit and handed to the same reader
/// as YAML: each top-level key becomes a YAML line at the line where the TOML file has it, its value written as
/// a flow value, so every later message names the key's line in the file.
enum TOMLFrontMatter {
    /// YAML text with the same keys and values on the same lines, or `nil` after logging a TOML syntax error.
    static func yaml(from toml: String, path: String, firstLine: Int, log: DiagnosticLog) -> String? {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: toml)
        } catch let error as TOMLParseError {
            log.error(
                path, line: firstLine + error.source.begin.line - 1, column: error.source.begin.column,
                "invalid TOML: \(error.description)", hint: "TOML front matter is written key = \"value\", between two '+++' lines.")
            return nil
        } catch {
            log.error(path, line: firstLine, column: 1, "invalid TOML: \(error)")
            return nil
        }
        let sourceLines = toml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var lines = Array(repeating: "", count: sourceLines.count)
        var extra: [String] = []
        for (key, value) in table {
            let entry = JSONKey.quoted(key) + ": " + flow(value)
            if let line = line(of: key, in: sourceLines, isTable: value.type == .table), lines[line].isEmpty {
                lines[line] = entry
            } else {
                extra.append(entry)
            }
        }
        return (lines + extra).joined(separator: "\n")
    }

    /// The 0-based line where `key` is set (`key =`, `"key" =`, `key.sub =`) or opened (`[key]`, `[key.sub]`).
    private static func line(of key: String, in lines: [String], isTable: Bool) -> Int? {
        let names = [key, "\"\(key)\"", "'\(key)'"]
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            for name in names {
                if line.hasPrefix(name) {
                    let rest = line.dropFirst(name.count).drop { $0 == " " || $0 == "\t" }
                    if rest.hasPrefix("=") || rest.hasPrefix(".") { return index }
                }
                if isTable, line.hasPrefix("[" + name + "]") || line.hasPrefix("[" + name + ".") || line.hasPrefix("[[" + name) {
                    return index
                }
            }
        }
        return nil
    }

    /// A value as YAML flow text: strings quoted with JSON escapes, dates as plain ISO 8601.
    private static func flow(_ value: TOMLValueConvertible) -> String {
        switch value.type {
        case .string: return JSONKey.quoted(value.string ?? "")
        case .int: return String(value.int ?? 0)
        case .double: return String(value.double ?? 0)
        case .bool: return (value.bool ?? false) ? "true" : "false"
        case .date: return value.date.map(isoDate) ?? "null"
        case .time: return value.time.map(isoTime) ?? "null"
        case .dateTime:
            guard let dateTime = value.dateTime else { return "null" }
            var text = isoDate(dateTime.date) + "T" + isoTime(dateTime.time)
            if let offset = dateTime.offset {
                let minutes = abs(offset.offset)
                text += offset.offset == 0 ? "Z" : (offset.offset < 0 ? "-" : "+") + String(format: "%02d:%02d", minutes / 60, minutes % 60)
            }
            return text
        case .array: return "[" + (value.array.map { $0.map(flow) } ?? []).joined(separator: ", ") + "]"
        case .table:
            let pairs = (value.table.map { table in table.map { JSONKey.quoted($0.0) + ": " + flow($0.1) } } ?? [])
            return "{" + pairs.joined(separator: ", ") + "}"
        }
    }

    private static func isoDate(_ date: TOMLDate) -> String {
        String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
    }

    private static func isoTime(_ time: TOMLTime) -> String {
        String(format: "%02d:%02d:%02d", time.hour, time.minute, time.second)
    }
}

/// JSON's string syntax, which YAML's double-quoted scalars read the same way.
enum JSONKey {
    static func quoted(_ text: String) -> String {
        var output: [UInt8] = []
        JSONText.appendString(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
