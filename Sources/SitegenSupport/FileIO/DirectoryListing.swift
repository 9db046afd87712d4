#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A directory's entries with their kinds from one `readdir` pass; `lstat` only
/// where the file system does not say (DT_UNKNOWN). Symlinks are not followed.
enum DirectoryListing {
    static func entries(_ path: String) throws -> [(name: String, kind: FileIO.EntryKind)] {
        guard let directory = opendir(path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        defer { closedir(directory) }
        var result: [(name: String, kind: FileIO.EntryKind)] = []
        while let entry = readdir(directory) {
            guard let name = DirectoryListing.name(of: entry) else { continue }
            let kind: FileIO.EntryKind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_LNK): kind = .symlink
            case Int32(DT_UNKNOWN): kind = FileSignature.of(path + "/" + name)?.kind ?? .other
            default: kind = .other
            }
            result.append((name, kind))
        }
        return result.sorted { $0.name.precedesInByteOrder($1.name) }
    }

    /// An entry's name; nil for "." and "..".
    static func name(of entry: UnsafeMutablePointer<dirent>) -> String? {
        let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
            pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
        }
        return name == "." || name == ".." ? nil : name
    }
}
