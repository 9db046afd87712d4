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
    /// What every published file and folder gets, whatever the umask of the
    /// shell that ran the build: readable by the web server, writable by the owner.
    static let fileMode: mode_t = 0o644
    static let folderMode: mode_t = 0o755

    /// `mkdir -p`. Several threads may create the same folder at once (pages are
    /// written as they are rendered): a folder that already exists is success.
    /// Folders it creates get `folderMode` (mkdir alone would apply the umask).
    static func makeDirectories(_ path: String) throws {
        if makeDirectory(path) || errno == EEXIST { return }
        guard errno == ENOENT else { throw error(path) }
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty, parent != path else { throw error(path) }
        try makeDirectories(parent)
        if !makeDirectory(path) && errno != EEXIST { throw error(path) }
    }

    private static func makeDirectory(_ path: String) -> Bool {
        guard mkdir(path, folderMode) == 0 else { return false }
        chmod(path, folderMode)
        return true
    }

    static func write(_ path: String, _ contents: FileBytes) throws {
        var fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 && errno == ENOENT {
            // Parent folders are created only when missing, not probed on every write.
            let parent = (path as NSString).deletingLastPathComponent
            if !parent.isEmpty { try makeDirectories(parent) }
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { throw error(path) }
        defer { close(fd) }
        // open()'s mode is masked by the umask: set it exactly.
        guard fchmod(fd, fileMode) == 0 else { throw error(path) }
        try contents.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
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
