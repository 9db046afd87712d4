import Synchronization

/// Remembers one result per key together with the input it was computed from,
/// and hands it back while the input is unchanged. Thread-safe; `compute` runs
/// outside the lock, so independent keys are computed in parallel. (This toolchain does not
/// specialize a `package` generic in another module, inlinable or not: the modules with hot
/// lookups read `entries` through a small extension of their own, compiled for their types.)
package final class InputMemo<Key: Hashable & Sendable, Input: Equatable & Sendable, Value: Sendable>: Sendable {
    /// Each entry is one reference: reading a dictionary's value copies it, and a copy of a
    /// page's input and result (held inline) retained every field of both on each lookup.
    package final class Entry: Sendable {
        package let input: Input
        package let value: Value
        init(_ input: Input, _ value: Value) { self.input = input; self.value = value }
    }

    package let entries = Mutex<[Key: Entry]>([:])

    package init() {}

    package func value(_ key: Key, for input: Input, compute: () -> Value) -> Value {
        if let hit = cached(key, for: input) { return hit }
        let value = compute()
        let entry = Entry(input, value)
        entries.withLock { $0[key] = entry }
        return value
    }

    /// The remembered value when its input is `input`, else nil (nothing is computed).
    package func cached(_ key: Key, for input: Input) -> Value? {
        guard let hit = entries.withLock({ $0[key] }), hit.input == input else { return nil }
        return hit.value
    }

    package func removeAll() {
        entries.withLock { $0.removeAll() }
    }
}
