#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// `rm -rf` with `unlinkat` relative to open directories, the sub-folders of the
/// top level on all cores. Removing the previous site (thousands of files) after
/// each swap took ~0.4 s through FileManager. Never follows symlinks.
enum TreeRemoval {
    /// Removes `path` and everything below it; nothing there is success (a file where
    /// one of its folders would be, too).
    static func remove(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return }
            throw POSIXFileWrite.error(path)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            if unlink(path) != 0 && errno != ENOENT { throw POSIXFileWrite.error(path) }
            return
        }
        let folders = (try? DirectoryListing.entries(path).filter { $0.kind == .directory }.map(\.name)) ?? []
        let failures = ParallelMap.map(folders) { name -> Bool in
            let directory = open(path + "/" + name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard directory >= 0 else { return errno != ENOENT }
            let emptied = empty(directory)
            return !emptied
        }
        let root = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard root >= 0, !failures.contains(true), empty(root), rmdir(path) == 0 || errno == ENOENT else {
            throw POSIXFileWrite.error(path)
        }
    }

    /// Removes everything inside the open directory `fd` (and closes it).
    private static func empty(_ fd: Int32) -> Bool {
        guard let directory = fdopendir(fd) else {
            close(fd)
            return false
        }
        defer { closedir(directory) }
        var names: [(String, Bool)] = []
        while let entry = readdir(directory) {
            guard let name = DirectoryListing.name(of: entry) else { continue }
            names.append((name, Int32(entry.pointee.d_type) == Int32(DT_DIR)))
        }
        var ok = true
        for (name, isDirectory) in names {
            if !isDirectory {
                if unlinkat(fd, name, 0) == 0 || errno == ENOENT { continue }
            }
            // A folder (or an entry whose kind readdir did not say): empty it, then remove it.
            if let removed = remove(name, in: fd) {
                ok = removed && ok
            } else if unlinkat(fd, name, 0) != 0 && errno != ENOENT {
                ok = false
            }
        }
        return ok
    }

    /// Removes the folder `name` of the open folder `parent` with all it holds: whether
    /// that worked, or nil when `name` is not a folder (nothing done).
    static func remove(_ name: String, in parent: Int32) -> Bool? {
        let child = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard child >= 0 else { return errno == ENOENT ? true : nil }
        return empty(child) && (unlinkat(parent, name, AT_REMOVEDIR) == 0 || errno == ENOENT)
    }
}
