#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Plain open/write/close. `Data.write(to:)` on Linux fsyncs every file, which
/// made writing thousands of pages wait on the disk (profile: ~75% of a
/// 1,000-initiative build's wall time). Durability of the whole site comes from
/// the staging folder being swapped in by one rename, not from per-file syncs.
enum POSIXFileWrite {
    /// `mkdir -p`. Several threads may create the same folder at once (pages are
    /// written as they are rendered): a folder that already exists is success.
    static func makeDirectories(_ path: String) throws {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw error(path) }
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty, parent != path else { throw error(path) }
        try makeDirectories(parent)
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw error(path) }
    }

    static func write(_ path: String, _ data: Data) throws {
        var fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 && errno == ENOENT {
            // Parent folders are created only when missing, not probed on every write.
            let parent = (path as NSString).deletingLastPathComponent
            if !parent.isEmpty { try makeDirectories(parent) }
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { throw error(path) }
        defer { close(fd) }
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw error(path)
                }
                offset += n
            }
        }
    }

    #if canImport(Glibc)
    static let systemWrite = Glibc.write
    #else
    static let systemWrite = Darwin.write
    #endif

    static func error(_ path: String) -> CocoaError {
        CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: String(cString: strerror(errno))])
    }
}
