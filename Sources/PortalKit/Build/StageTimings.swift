import Foundation

/// Wall time of each build stage, for `portal build --timings` (measure with `make bench`, not in tests).
public final class StageTimings: @unchecked Sendable {
    private(set) var stages: [(stage: String, seconds: Double)] = []

    public init() {}

    /// Runs `work` and records how long it took under `stage`.
    func measure<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now()
        defer { stages.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)) }
        return try work()
    }
}
