import Foundation

/// Remembers one result per key together with the input it was computed from,
/// and hands it back while the input is unchanged. Thread-safe; `compute` runs
/// outside the lock, so independent keys are computed in parallel.
package final class InputMemo<Input: Equatable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (input: Input, value: Value)] = [:]

    package init() {}

    package func value(_ key: String, for input: Input, compute: () -> Value) -> Value {
        if let hit = lock.withLock({ entries[key] }), hit.input == input { return hit.value }
        let value = compute()
        lock.withLock { entries[key] = (input, value) }
        return value
    }

    package func removeAll() {
        lock.withLock { entries.removeAll() }
    }
}
