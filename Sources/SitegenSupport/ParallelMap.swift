import Foundation
import Synchronization

/// Runs independent rendering work on all cores. Results come back in input
/// order, so output never depends on the number of cores or on scheduling.
package enum ParallelMap {
    /// Overrides the worker count for the current task (tests compare 1 worker with many).
    @TaskLocal static var workersOverride: Int?

    static var defaultWorkers: Int { workersOverride ?? environmentWorkers }

    /// Upper bound on worker threads; `SITEGEN_JOBS=1` forces sequential work (used for profiling).
    static let environmentWorkers: Int = {
        if let text = ProcessInfo.processInfo.environment["SITEGEN_JOBS"], let n = Int(text), n >= 1 { return n }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }()

    package static func map<T: Sendable, R: Sendable>(_ items: [T], workers: Int = defaultWorkers,
                                              _ transform: @Sendable (T) -> R) -> [R] {
        guard workers > 1, items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        // Each worker takes the next item when it is free: one large item (the schedule
        // page of 10,000 initiatives) never leaves the other cores idle behind it.
        let next = NextIndex()
        DispatchQueue.concurrentPerform(iterations: min(items.count, workers)) { _ in
            while let index = next.take(below: items.count) {
                results.set(index, transform(items[index]))
            }
        }
        return results.values
    }
}

/// Hands out 0, 1, 2, … to whichever worker asks next.
private final class NextIndex: Sendable {
    private let next = Atomic<Int>(0)

    func take(below limit: Int) -> Int? {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        return index < limit ? index : nil
    }
}

/// Write-once slots filled from several threads; each index is written by exactly one worker.
private final class ResultSlots<R: Sendable>: Sendable {
    private let storage: Mutex<[R?]>

    init(count: Int) { storage = Mutex(Array(repeating: nil, count: count)) }

    func set(_ index: Int, _ value: R) { storage.withLock { $0[index] = value } }

    var values: [R] { storage.withLock { $0.map { $0! } } }
}

extension ParallelMap {
    /// Runs two independent pieces of work at the same time.
    package static func both<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
        if defaultWorkers <= 1 { return (a(), b()) }
        let slots = ResultSlots<BothResult<A, B>>(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            slots.set(i, i == 0 ? .first(a()) : .second(b()))
        }
        guard case .first(let x) = slots.values[0], case .second(let y) = slots.values[1] else { fatalError("unreachable") }
        return (x, y)
    }
}

private enum BothResult<A: Sendable, B: Sendable>: Sendable {
    case first(A), second(B)
}
