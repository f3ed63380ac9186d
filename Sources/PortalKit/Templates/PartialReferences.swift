import Foundation

/// Finds the partials (`{{> name}}`) and parents (`{{< name}}`) a template uses, with their positions.
enum PartialReferences {
    struct Reference: Equatable {
        var name: String
        var line: Int
        var column: Int
    }

    static func find(in text: String) -> [Reference] {
        var references: [Reference] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.range(of: "}}") else { break }
                let tag = afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if let sigil = tag.first, sigil == ">" || sigil == "<" {
                    let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty && !name.hasPrefix("*") {
                        let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                        references.append(Reference(name: name, line: index + 1, column: column))
                    }
                }
                rest = afterOpen[close.upperBound...]
            }
        }
        return references
    }
}
