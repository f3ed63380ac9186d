import Foundation

extension Array where Element: Sendable {
    /// Transforms every element on all cores, keeping the order of the input.
    ///
    /// Used for the per-file stages (parse, render Markdown, render templates) that share nothing.
    func parallelMap<T>(_ transform: (Element) -> T) -> [T] {
        let count = self.count
        if count < 16 { return map(transform) }
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            let chunks = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
            withoutActuallyEscaping(transform) { transform in
                nonisolated(unsafe) let transform = transform
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let start = chunk * count / chunks, end = (chunk + 1) * count / chunks
                    for index in start..<end { output[index] = transform(self[index]) }
                }
            }
        }
        return results.map { $0! }
    }
}
