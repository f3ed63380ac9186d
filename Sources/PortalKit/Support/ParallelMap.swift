import Foundation

extension Array where Element: Sendable {
    /// Transforms every element on all cores, keeping the order of the input.
    ///
    /// Used for the per-file stages (parse, render Markdown, render templates) that share nothing.
    func parallelMap<T>(_ transform: (Element) -> T) -> [T] {
        let count = self.count
        if count < 16 { return map(transform) }
        // Each result is made in its place in the new array: gathered as optionals first and unwrapped into a second
        // array, every result was copied once more (for a parsed document, a retain and a release of each of its
        // strings, lists and maps).
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let output = buffer.baseAddress!
            withoutActuallyEscaping(transform) { transform in
                nonisolated(unsafe) let transform = transform
                // One iteration per element: Dispatch hands the next one to whichever core is free, so a run of
                // costly elements (the list pages of a site come last) does not leave a core idle, as fixed
                // chunks did (the render stage used 1.3 of 2 cores).
                DispatchQueue.concurrentPerform(iterations: count) { index in
                    (output + index).initialize(to: transform(self[index]))
                }
            }
            initialized = count
        }
    }

    /// Runs `body` for every element on all cores, for work done through the elements themselves (page objects).
    func parallelForEach(_ body: (Element) -> Void) {
        _ = parallelMap(body)
    }
}
