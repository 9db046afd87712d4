import Foundation

/// A thread-safe memo of a pure function's results. Pages render on several
/// threads, so every access takes the lock; a value is computed outside it
/// (two threads may compute the same key once each — same result either way,
/// so output never depends on scheduling). When `limit` entries are held, the
/// memo empties and starts over: memory stays bounded on any content.
package final class BoundedMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private let limit: Int

    package init(limit: Int) {
        self.limit = limit
    }

    /// The remembered value for `key`, or `compute()`'s, remembered.
    package func value(for key: Key, compute: () -> Value) -> Value {
        lock.lock()
        if let known = values[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let value = compute()
        lock.lock()
        if values.count >= limit { values.removeAll(keepingCapacity: true) }
        values[key] = value
        lock.unlock()
        return value
    }

    var count: Int {
        lock.lock(); defer { lock.unlock() }
        return values.count
    }
}
