import Synchronization

/// Remembers one result per key together with the input it was computed from,
/// and hands it back while the input is unchanged. Thread-safe; `compute` runs
/// outside the lock, so independent keys are computed in parallel.
///
/// `public` and inlinable, like `BoundedMemo`: this toolchain specializes a generic of
/// another module only when it is public, and `sitegen serve` looks up every page and
/// content file here on each edit.
public final class InputMemo<Key: Hashable & Sendable, Input: Equatable & Sendable, Value: Sendable>: Sendable {
    /// Each entry is one reference: reading a dictionary's value copies it, and a copy of a
    /// page's input and result (held inline) retained every field of both on each lookup.
    public final class Entry: Sendable {
        public let input: Input
        public let value: Value
        @inlinable init(_ input: Input, _ value: Value) { self.input = input; self.value = value }
    }

    @usableFromInline let entries = Mutex<[Key: Entry]>([:])

    public init() {}

    @inlinable
    public func value(_ key: Key, for input: Input, compute: () -> Value) -> Value {
        if let hit = cached(key, for: input) { return hit }
        let value = compute()
        let entry = Entry(input, value)
        entries.withLock { $0[key] = entry }
        return value
    }

    /// The remembered value when its input is `input`, else nil (nothing is computed).
    @inlinable
    public func cached(_ key: Key, for input: Input) -> Value? {
        guard let hit = entries.withLock({ $0[key] }), hit.input == input else { return nil }
        return hit.value
    }

    public func removeAll() {
        entries.withLock { $0.removeAll() }
    }
}
