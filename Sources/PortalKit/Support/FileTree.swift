import Foundation

/// Lists files below a folder, sorted, as paths relative to it; symbolic links are not followed.
enum FileTree {
    static func files(under root: URL) -> [String] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: root.path) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            let full = root.appendingPathComponent(relative).path
            guard let attributes = try? manager.attributesOfItem(atPath: full),
                let type = attributes[.type] as? FileAttributeType
            else { continue }
            if type == .typeRegular { result.append(relative) }
        }
        return result.sorted()
    }
}
