#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The staging folder kept from the last build: the previous site's folders, and hard
/// links to those of its files that the current output still holds. The next build
/// writes into it instead of a new folder. On ext4, making a folder looks for a free
/// inode past those deleted in the last half minute: making the site's 2,400 folders
/// anew was 14 % of a 1,000-initiative rebuild's CPU, and deleting the old site and
/// linking every unchanged file again another 9 %.
package struct RecycledFolder: Sendable {
    /// Regular files by path relative to the folder, with their inode numbers.
    package var files: [String: UInt64]
    /// Folders by relative path (the folder itself is not listed).
    package var folders: Set<String>
    /// The file system the folder is on: an inode number means nothing on another one.
    package let device: UInt64

    /// Lists `root`, removing on the way whatever is neither a regular file nor a folder
    /// (a symlink above all: the build then never writes through one). Never follows a symlink.
    package static func survey(_ root: String) throws -> RecycledFolder {
        let fd = open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        var info = stat()
        guard fd >= 0 else { throw POSIXFileWrite.error(root) }
        guard fstat(fd, &info) == 0 else {
            close(fd)
            throw POSIXFileWrite.error(root)
        }
        var top = try entries(fd)
        // The top level's folders on all cores, as TreeRemoval does.
        let folders = top.filter { $0.kind == .folder }.map(\.name)
        let below = ParallelMap.map(folders) { name -> Listing? in
            var listing = Listing()
            return listing.visit(parent: fd, name: name, relative: name) ? listing : nil
        }
        close(fd)
        var result = RecycledFolder(files: [:], folders: Set(folders), device: UInt64(info.st_dev))
        for listing in below {
            guard let listing else { throw POSIXFileWrite.error(root) }
            result.files.merge(listing.files) { first, _ in first }
            result.folders.formUnion(listing.folders)
        }
        top.removeAll { $0.kind == .folder }
        for entry in top { result.files[entry.name] = entry.inode }
        return result
    }

    /// Removes from `root` every file that `keep` turns down (by relative path and inode)
    /// and every folder that `keepFolder` turns down, with all it holds. Never follows a symlink.
    package static func prune(_ root: String, keep: @Sendable (String, UInt64) -> Bool,
                              keepFolder: @Sendable (String) -> Bool) throws {
        let fd = open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw POSIXFileWrite.error(root) }
        defer { close(fd) }
        let top = try entries(fd)
        let pruned = ParallelMap.map(top) { entry -> Bool in
            prune(parent: fd, entry: entry, relative: entry.name, keep: keep, keepFolder: keepFolder)
        }
        guard !pruned.contains(false) else { throw POSIXFileWrite.error(root) }
    }

    // MARK: Walking

    enum Kind { case file, folder }
    typealias Entry = (name: String, kind: Kind, inode: UInt64)

    /// Files and folders below one top-level folder, with paths relative to the root.
    private struct Listing {
        var files: [String: UInt64] = [:]
        var folders: Set<String> = []

        /// false when a folder cannot be read or an odd entry cannot be removed.
        mutating func visit(parent: Int32, name: String, relative: String) -> Bool {
            let fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0, let children = try? RecycledFolder.entries(fd) else {
                if fd >= 0 { close(fd) }
                return false
            }
            defer { close(fd) }
            for child in children {
                let path = relative + "/" + child.name
                switch child.kind {
                case .file:
                    files[path] = child.inode
                case .folder:
                    folders.insert(path)
                    guard visit(parent: fd, name: child.name, relative: path) else { return false }
                }
            }
            return true
        }
    }

    /// The entries of an open folder; what is neither a regular file nor a folder is removed.
    static func entries(_ fd: Int32) throws -> [Entry] {
        let copy = dup(fd)
        guard copy >= 0, let directory = fdopendir(copy) else {
            throw CocoaError(.fileReadUnknown)
        }
        defer { closedir(directory) }
        var result: [Entry] = []
        while let entry = readdir(directory) {
            guard let name = DirectoryListing.name(of: entry) else { continue }
            let kind: Kind?
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_UNKNOWN): kind = kindByStat(fd, name)
            default: kind = nil
            }
            guard let kind else {
                guard unlinkat(fd, name, 0) == 0 || errno == ENOENT else { throw CocoaError(.fileWriteUnknown) }
                continue
            }
            result.append((name, kind, UInt64(entry.pointee.d_ino)))
        }
        return result
    }

    /// nil for anything but a regular file or a folder.
    private static func kindByStat(_ fd: Int32, _ name: String) -> Kind? {
        var info = stat()
        guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return nil
        }
    }

    private static func prune(parent: Int32, entry: Entry, relative: String,
                              keep: (String, UInt64) -> Bool, keepFolder: (String) -> Bool) -> Bool {
        switch entry.kind {
        case .file:
            if keep(relative, entry.inode) { return true }
            return unlinkat(parent, entry.name, 0) == 0 || errno == ENOENT
        case .folder:
            if !keepFolder(relative) {
                return TreeRemoval.remove(entry.name, in: parent) ?? false
            }
            let fd = openat(parent, entry.name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { return errno == ENOENT }
            defer { close(fd) }
            guard let children = try? entries(fd) else { return false }
            var ok = true
            for child in children {
                ok = prune(parent: fd, entry: child, relative: relative + "/" + child.name,
                           keep: keep, keepFolder: keepFolder) && ok
            }
            return ok
        }
    }
}
