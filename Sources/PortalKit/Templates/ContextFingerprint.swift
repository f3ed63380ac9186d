/// A hash of everything a template context holds, equal for equal contexts whatever the order of their keys.
///
/// Mustache rendering is a pure function of the template and the context, so two renders with the same
/// fingerprint write the same bytes: ``RenderedPageCache`` uses this to skip rendering between builds of one
/// process. The hash is Swift's seeded SipHash, so fingerprints are comparable within one process only.
enum ContextFingerprint {
    /// The fingerprint of `value`, or `nil` when it holds a type this does not know (then nothing is cached).
    static func of(_ value: Any, template: String) -> Int? {
        var hasher = Hasher()
        hasher.combine(template)
        guard feed(value, into: &hasher) else { return nil }
        return hasher.finalize()
    }

    private enum Kind: UInt8 {
        case string = 1, bool, int, double, map, stringMap, list
    }

    private static func feed(_ value: Any, into hasher: inout Hasher) -> Bool {
        switch value {
        case let text as String:
            hasher.combine(Kind.string.rawValue)
            hasher.combine(text)
        case let flag as Bool:
            hasher.combine(Kind.bool.rawValue)
            hasher.combine(flag)
        case let number as Int:
            hasher.combine(Kind.int.rawValue)
            hasher.combine(number)
        case let number as Double:
            hasher.combine(Kind.double.rawValue)
            hasher.combine(number)
        case let strings as [String: String]:
            hasher.combine(Kind.stringMap.rawValue)
            hasher.combine(strings.count)
            // Keys in any order: each pair is hashed alone and the pairs' hashes are added up.
            var sum = 0
            for (key, text) in strings {
                var pair = Hasher()
                pair.combine(key)
                pair.combine(text)
                sum &+= pair.finalize()
            }
            hasher.combine(sum)
        case let map as [String: Any]:
            hasher.combine(Kind.map.rawValue)
            hasher.combine(map.count)
            var sum = 0
            for (key, item) in map {
                var pair = Hasher()
                pair.combine(key)
                guard feed(item, into: &pair) else { return false }
                sum &+= pair.finalize()
            }
            hasher.combine(sum)
        case let list as [Any]:
            hasher.combine(Kind.list.rawValue)
            hasher.combine(list.count)
            for item in list {
                guard feed(item, into: &hasher) else { return false }
            }
        default:
            return false
        }
        return true
    }
}
