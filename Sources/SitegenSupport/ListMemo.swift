import Synchronization

/// A list's values from the previous call, by position: for a list that mostly repeats
/// itself (the same files in the same order, one of them edited), the value at a position
/// whose input is unchanged costs one comparison and no lookup by key. Thread-safe;
/// inlinable, so that each use is specialized for its types.
package final class ListMemo<Input: Equatable & Sendable, Value: Sendable>: Sendable {
    @usableFromInline let last = Mutex<(inputs: [Input], values: [Value])>(([], []))

    package init() {}

    /// Each input's value: the previous call's at its position when the input there is equal,
    /// else `known`'s (a memo by key), else `compute`'s, on all cores.
    @inlinable
    package func values(_ inputs: [Input], known: (Input) -> Value?, compute: @Sendable @escaping (Input) -> Value) -> [Value] {
        let (oldInputs, oldValues) = last.withLock { $0 }
        let values = ParallelMap.map(Array(inputs.indices), known: { i in
            i < oldInputs.count && oldInputs[i] == inputs[i] ? oldValues[i] : known(inputs[i])
        }) { i in compute(inputs[i]) }
        last.withLock { $0 = (inputs, values) }
        return values
    }
}
