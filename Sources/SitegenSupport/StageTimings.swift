import Foundation

/// `SITEGEN_TIMINGS=1` prints how long each stage of a build took to standard
/// error, so a slow build can be explained without a profiler. Off by default:
/// build output never depends on it.
package enum StageTimings {
    static let enabled = ProcessInfo.processInfo.environment["SITEGEN_TIMINGS"] == "1"

    /// Runs `work` and, when enabled, reports its wall time under `name`.
    package static func measure<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
        guard enabled else { return try work() }
        let clock = ContinuousClock()
        let start = clock.now
        let result = try work()
        let ms = Double((clock.now - start) / .microseconds(1)) / 1000
        FileHandle.standardError.write(Data("sitegen: \(name): \(String(format: "%.1f", ms)) ms\n".utf8))
        return result
    }
}
