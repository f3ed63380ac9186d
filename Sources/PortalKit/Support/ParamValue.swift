import Yams

/// A free value from YAML (site `params`, unknown front-matter keys), kept in its original order.
///
/// Templates see strings, numbers, booleans, lists and mappings exactly as the editor wrote them.
public indirect enum ParamValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([ParamValue])
    case map([(key: String, value: ParamValue)])

    public static func == (lhs: ParamValue, rhs: ParamValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.list(let a), .list(let b)): return a == b
        case (.map(let a), .map(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// Converts a YAML node; `nil` for YAML null.
    init?(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            if node.null != nil { return nil }
            if scalar.style != .plain {
                self = .string(scalar.string)
            } else if let bool = node.bool {
                self = .bool(bool)
            } else if let int = node.int {
                self = .int(int)
            } else if let double = node.float {
                self = .double(double)
            } else {
                self = .string(scalar.string)
            }
        case .sequence(let sequence):
            self = .list(sequence.compactMap(ParamValue.init))
        case .mapping(let mapping):
            self = .map(mapping.compactMap { key, value in
                guard let name = key.string, let converted = ParamValue(value) else { return nil }
                return (name, converted)
            })
        case .alias:
            return nil
        }
    }

    /// The value as plain Swift values for Mustache: String, Int, Double, Bool, arrays and dictionaries.
    public var templateValue: Any {
        switch self {
        case .string(let s): return s
        case .int(let i): return i
        case .double(let d): return d
        case .bool(let b): return b
        case .list(let items): return items.map(\.templateValue)
        case .map(let pairs):
            var dictionary: [String: Any] = [:]
            for (key, value) in pairs { dictionary[key] = value.templateValue }
            return dictionary
        }
    }
}
