import Foundation

/// A value another thread is still computing; `value` waits for it.
// Unchecked Sendable, safe because `stored` is read and written only while `condition` is locked;
// NSCondition (not Mutex) because readers must wait until the value is fulfilled.
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
