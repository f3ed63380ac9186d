import Foundation

/// Which rendered files show each page as a list item, recorded while a build renders (`portal serve`), so an
/// edit that changes a page's summary re-renders exactly the lists, terms, archives, home page and related
/// pages that quote it.
///
/// A file is named by the page it renders and its number in that page's pagination (1 for unpaginated pages).
/// The record comes from the contexts themselves: every ``PageListItem`` that describes a page and is
/// reachable from a file's context counts, so no template value can show a page without being recorded.
final class ListingIndex: @unchecked Sendable {
    /// A rendered file: the page it renders and the number of its pagination page.
    struct File: Hashable, Sendable {
        let page: ObjectIdentifier
        let number: Int
    }

    private let lock = NSLock()
    private var filesShowing: [ObjectIdentifier: Set<File>] = [:]

    /// Notes that the file `number` of `page` was rendered from `context`.
    func record(_ context: [String: Any], page: Page, number: Int) {
        var listed: [ObjectIdentifier] = []
        Self.collect(context, into: &listed)
        let file = File(page: ObjectIdentifier(page), number: number)
        lock.withLock {
            for shown in listed where shown != file.page { filesShowing[shown, default: []].insert(file) }
        }
    }

    /// The files (other than its own) that show `page` as a list item.
    func files(showing page: Page) -> Set<File> {
        lock.withLock { filesShowing[ObjectIdentifier(page)] ?? [] }
    }

    /// Walks a context as ``ContextFingerprint`` does, by exact types, and stops at shared values: a page's list
    /// item holds no other page's.
    private static func collect(_ value: Any, into listed: inout [ObjectIdentifier]) {
        let type = Swift.type(of: value)
        if type == PageListItem.self {
            listed.append(ObjectIdentifier((value as! PageListItem).page))
        } else if type == PagerContext.self {
            for item in (value as! PagerContext).items { listed.append(ObjectIdentifier(item.page)) }
        } else if type == [String: Any].self {
            for item in (value as! [String: Any]).values { collect(item, into: &listed) }
        } else if type == [Any].self {
            for item in value as! [Any] { collect(item, into: &listed) }
        } else if type == [PageListItem].self {
            for item in value as! [PageListItem] { listed.append(ObjectIdentifier(item.page)) }
        } else if type == [[String: Any]].self {
            for item in value as! [[String: Any]] { collect(item, into: &listed) }
        }
    }
}
