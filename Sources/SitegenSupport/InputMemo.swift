import Synchronization

/// Remembers one result per key together with the input it was computed from,
/// and hands it back while the input is unchanged. Thread-safe; `compute` runs
/// outside the lock, so independent keys are computed in parallel. Inlinable, so that each
/// use is specialized for its types: generic, every hit copied its input and value through
/// value witnesses (thousands of hits per build of `sitegen serve`). (This toolchain does not
/// specialize a `package` generic in another module, inlinable or not: the modules with hot
/// lookups read `entries` through a small extension of their own, compiled for their types.)
package final class InputMemo<Key: Hashable & Sendable, Input: Equatable & Sendable, Value: Sendable>: Sendable {
    package let entries = Mutex<[Key: (input: Input, value: Value)]>([:])

    package init() {}

    @inlinable
    package func value(_ key: Key, for input: Input, compute: () -> Value) -> Value {
        if let hit = cached(key, for: input) { return hit }
        let value = compute()
        entries.withLock { $0[key] = (input, value) }
        return value
    }

    /// The remembered value when its input is `input`, else nil (nothing is computed).
    @inlinable
    package func cached(_ key: Key, for input: Input) -> Value? {
        guard let hit = entries.withLock({ $0[key] }), hit.input == input else { return nil }
        return hit.value
    }

    package func removeAll() {
        entries.withLock { $0.removeAll() }
    }
}
