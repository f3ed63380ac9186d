/// A hash of everything a template context holds, equal for equal contexts whatever the order of their keys.
///
/// Mustache rendering is a pure function of the template and the context, so two renders with the same
/// fingerprint write the same bytes: ``RenderedPageCache`` uses this to skip rendering between builds of one
/// process. The hash is Swift's seeded SipHash, so fingerprints are comparable within one process only.
enum ContextFingerprint {
    /// The fingerprint of `value`, or `nil` when it holds a type this does not know (then nothing is cached).
    static func of(_ value: Any, template: String) -> Int? {
        var hasher = Hasher()
        hasher.combineUTF8(template)
        guard feed(value, into: &hasher) else { return nil }
        return hasher.finalize()
    }

    /// The fingerprint of a value on its own (a shared ``SharedContextValue``'s or a ``PageListItem``'s).
    static func of(_ value: Any) -> Int? {
        var hasher = Hasher()
        guard feed(value, into: &hasher) else { return nil }
        return hasher.finalize()
    }

    private enum Kind: UInt8 {
        case string = 1, bool, int, double, map, list, summary, pager
    }

    /// Feeds one value; the types are compared exactly (`as?` to another collection type would convert the
    /// whole collection, element by element, which made fingerprints dearer than rendering).
    private static func feed(_ value: Any, into hasher: inout Hasher) -> Bool {
        let type = Swift.type(of: value)
        if type == String.self {
            hasher.combine(Kind.string.rawValue)
            hasher.combineUTF8(value as! String)
        } else if type == SharedContextValue.self {
            guard let fingerprint = (value as! SharedContextValue).fingerprint else { return false }
            hasher.combine(Kind.summary.rawValue)
            hasher.combine(fingerprint)
        } else if type == PageListItem.self {
            guard let fingerprint = (value as! PageListItem).fingerprint else { return false }
            hasher.combine(Kind.summary.rawValue)
            hasher.combine(fingerprint)
        } else if type == DateContext.self {
            return feed(map: (value as! DateContext).values, into: &hasher)
        } else if type == Bool.self {
            hasher.combine(Kind.bool.rawValue)
            hasher.combine(value as! Bool)
        } else if type == Int.self {
            hasher.combine(Kind.int.rawValue)
            hasher.combine(value as! Int)
        } else if type == Double.self {
            hasher.combine(Kind.double.rawValue)
            hasher.combine((value as! Double).bitPattern)  // 0.0 and -0.0 print differently
        } else if type == PagerContext.self {
            // Its values follow from these; `pages` from the list's URL and length.
            let pager = value as! PagerContext
            hasher.combine(Kind.pager.rawValue)
            hasher.combine(pager.pager.number)
            hasher.combine(pager.pager.total)
            hasher.combineUTF8(pager.pager.baseURL)
            return feed(list: pager.items, into: &hasher)
        } else if type == [String: Any].self {
            return feed(map: value as! [String: Any], into: &hasher)
        } else if type == [String: String].self {
            return feed(map: value as! [String: String], into: &hasher)
        } else if type == [Any].self {
            return feed(list: value as! [Any], into: &hasher)
        } else if type == [PageListItem].self {
            return feed(list: value as! [PageListItem], into: &hasher)
        } else if type == [[String: Any]].self {
            return feed(list: value as! [[String: Any]], into: &hasher)
        } else if type == [[String: String]].self {
            return feed(list: value as! [[String: String]], into: &hasher)
        } else if type == [String].self {
            return feed(list: value as! [String], into: &hasher)
        } else {
            return false
        }
        return true
    }

    /// A mapping, whatever the order of its keys: each pair is hashed alone and the pairs' hashes added up.
    private static func feed<Value>(map: [String: Value], into hasher: inout Hasher) -> Bool {
        hasher.combine(Kind.map.rawValue)
        hasher.combine(map.count)
        var sum = 0
        for (key, item) in map {
            var pair = Hasher()
            pair.combineUTF8(key)
            guard feed(item, into: &pair) else { return false }
            sum &+= pair.finalize()
        }
        hasher.combine(sum)
        return true
    }

    private static func feed<Element>(list: [Element], into hasher: inout Hasher) -> Bool {
        hasher.combine(Kind.list.rawValue)
        hasher.combine(list.count)
        for item in list {
            guard feed(item, into: &hasher) else { return false }
        }
        return true
    }
}
