#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An exclusive `flock` on a lock file, held until `release()` (or until the
/// process ends: the kernel drops it with the descriptor, so a killed build
/// never leaves a stale lock). The lock file itself is never removed — removing
/// it would let a waiting process and a new one lock two different files.
package final class FolderLock: Sendable {
    private let descriptor: Int32

    /// A lock that guards nothing (the in-memory file system of tests has no other process).
    package static var unguarded: FolderLock { FolderLock(descriptor: -1) }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Locks `path` (created with mode 0644 when missing). Without `wait`, returns
    /// nil at once when another process holds it; with it, blocks until free.
    static func acquire(_ path: String, wait: Bool) throws -> FolderLock? {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw POSIXFileWrite.error(path) }
        while flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            if errno == EINTR { continue }
            let busy = errno == EWOULDBLOCK
            let failure = POSIXFileWrite.error(path)
            close(fd)
            if busy { return nil }
            throw failure
        }
        return FolderLock(descriptor: fd)
    }
}
