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
    /// `contents` at `new` in a recycled staging folder (see RecycledFolder), where `inodeAtNew`
    /// is the file already there, if any. That file may be a link to the published site's: it
    /// is never written into, only kept (when it is `existing` and `existing` holds these
    /// bytes) or unlinked first.
    static func place(_ existing: String, at new: String, contents: FileBytes, inodeAtNew: UInt64?) throws -> FilePlacement {
        let inode = inodeIfSame(existing, contents)
        if let inode, inode == inodeAtNew { return .kept(inode: inode) }
        if inodeAtNew != nil { try unlinkIfPresent(new) }
        if let inode, linkMakingFolders(existing, new) { return .linked(inode: inode) }
        // Whatever stands at `new` now is no file of the published site's: unlinked, not truncated.
        if inode != nil { try unlinkIfPresent(new) }
        try POSIXFileWrite.write(new, contents)
        return .written
    }

    /// The inode of `existing` when it is a regular file with the published mode holding exactly
    /// `contents`; nil otherwise. Never follows a symlink.
    private static func inodeIfSame(_ existing: String, _ contents: FileBytes) -> UInt64? {
        let fd = open(existing, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == contents.count else { return nil }
        // A link shares the mode too: a file left with another mode (an older build under
        // another umask, or changed by hand) is written anew with the published mode.
        guard info.st_mode & 0o7777 == POSIXFileWrite.fileMode else { return nil }
        guard contents.withUnsafeBytes({ sameBytes(fd, $0) }) else { return nil }
        return UInt64(info.st_ino)
    }

    /// Hard-links `existing` at `new`, making `new`'s folders where missing.
    private static func linkMakingFolders(_ existing: String, _ new: String) -> Bool {
        if link(existing, new) == 0 { return true }
        guard errno == ENOENT else { return false }
        guard let slash = new.utf8.lastIndex(of: UInt8(ascii: "/")) else { return false }
        let parent = slash == new.startIndex ? "/" : String(new[..<slash])
        guard (try? POSIXFileWrite.makeDirectories(parent)) != nil else { return false }
        return link(existing, new) == 0
    }

    private static func unlinkIfPresent(_ path: String) throws {
        guard unlink(path) == 0 || errno == ENOENT else { throw POSIXFileWrite.error(path) }
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
