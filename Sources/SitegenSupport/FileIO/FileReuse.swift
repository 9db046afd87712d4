#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Puts a file into a new site by hard-linking the previous site's copy when
/// its bytes are the same. Creating thousands of new inodes was the largest
/// kernel cost of a build (ext4 inode allocation); a link costs a directory
/// entry, and the old site is never modified (changed files get new inodes).
enum FileReuse {
    /// Links `existing` to `new` when `existing` is a regular file with the published
    /// mode holding exactly `data`; false (nothing done) otherwise. Never follows a symlink.
    static func linkIfUnchanged(_ existing: String, to new: String, contents: FileBytes) -> Bool {
        let fd = open(existing, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == contents.count else { return false }
        // A link shares the mode too: a file left with another mode (an older build under
        // another umask, or changed by hand) is written anew with the published mode.
        guard info.st_mode & 0o7777 == POSIXFileWrite.fileMode else { return false }
        guard contents.withUnsafeBytes({ sameBytes(fd, $0) }) else { return false }
        if link(existing, new) == 0 { return true }
        guard errno == ENOENT else { return false }
        guard let slash = new.utf8.lastIndex(of: UInt8(ascii: "/")) else { return false }
        let parent = slash == new.startIndex ? "/" : String(new[..<slash])
        guard (try? POSIXFileWrite.makeDirectories(parent)) != nil else { return false }
        return link(existing, new) == 0
    }

    private static func sameBytes(_ fd: Int32, _ data: UnsafeRawBufferPointer) -> Bool {
        // Uninitialised scratch of at most the file's size: a zeroed 64 KB array per file
        // cost more than the comparison (most pages and charts are far smaller).
        withUnsafeTemporaryAllocation(byteCount: max(1, min(64 * 1024, data.count)), alignment: 16) { buffer in
            var offset = 0
            while offset < data.count {
                let n = read(fd, buffer.baseAddress!, buffer.count)
                if n < 0 && errno == EINTR { continue }
                guard n > 0, offset + n <= data.count else { return false }
                guard memcmp(buffer.baseAddress!, data.baseAddress! + offset, n) == 0 else { return false }
                offset += n
            }
            return true
        }
    }
}
