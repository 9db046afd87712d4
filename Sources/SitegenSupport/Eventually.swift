import Foundation

/// A value another thread is still computing; `value` waits for it.
package final class Eventually<T: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var stored: T?

    package init() {}

    package func fulfil(_ value: T) {
        condition.lock()
        stored = value
        condition.broadcast()
        condition.unlock()
    }

    package var value: T {
        condition.lock()
        defer { condition.unlock() }
        while stored == nil { condition.wait() }
        return stored!
    }
}
