import Synchronization

/// A thread-safe memo of a pure function's results. Pages render on several
/// threads, so every access takes the lock; a value is computed outside it
/// (two threads may compute the same key once each — same result either way,
/// so output never depends on scheduling). When `limit` entries are held, the
/// memo empties and starts over: memory stays bounded on any content.
///
/// `public` and inlinable, unlike the rest of the package's API: this toolchain
/// specializes a generic of another module only when it is public, and the
/// easy pages look up every text node here (−1.1 % of a build's instructions).
public final class BoundedMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    @usableFromInline let values = Mutex<[Key: Value]>([:])
    @usableFromInline let limit: Int

    public init(limit: Int) {
        self.limit = limit
    }

    /// The remembered value for `key`, or `compute()`'s, remembered.
    @inlinable
    public func value(for key: Key, compute: () -> Value) -> Value {
        if let known = values.withLock({ $0[key] }) { return known }
        let value = compute()
        values.withLock { values in
            if values.count >= limit { values.removeAll(keepingCapacity: true) }
            values[key] = value
        }
        return value
    }

    var count: Int { values.withLock { $0.count } }
}
