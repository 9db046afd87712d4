import Synchronization
import SitegenSupport

/// A list's values from the previous call, by position: for a list that mostly repeats
/// itself (the same files in the same order, one of them edited), the value at a position
/// whose input is unchanged costs one comparison and no lookup by key. Thread-safe.
/// (In this module: generic code from another one was not specialized, and every item
/// was copied through value witnesses.)
final class ListMemo<Input: Equatable & Sendable, Value: Sendable>: Sendable {
    private let last = Mutex<(inputs: [Input], values: [Value])>(([], []))

    /// Each input's value: the previous call's at its position when the input there is equal,
    /// else `known`'s (a memo by key), else `compute`'s; only those go to the cores.
    func values(_ inputs: [Input], known: (Input) -> Value?, compute: @Sendable @escaping (Input) -> Value) -> [Value] {
        let (oldInputs, oldValues) = last.withLock { $0 }
        var values: [Value?] = []
        values.reserveCapacity(inputs.count)
        var missing: [Int] = []
        for i in inputs.indices {
            if i < oldInputs.count, oldInputs[i] == inputs[i] {
                values.append(oldValues[i])
            } else if let value = known(inputs[i]) {
                values.append(value)
            } else {
                values.append(nil)
                missing.append(i)
            }
        }
        for (i, value) in zip(missing, ParallelMap.map(missing) { compute(inputs[$0]) }) { values[i] = value }
        let made = values.map { $0! }
        last.withLock { $0 = (inputs, made) }
        return made
    }
}
