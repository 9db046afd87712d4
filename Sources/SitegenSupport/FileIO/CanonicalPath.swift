#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Where a path really points, so that `--output ../proj/./content/..` and a
/// symlink to the home folder are recognised as what they are before anything
/// is written there. The existing part of the path is resolved by the system
/// (`realpath`, symlinks followed); the part that does not exist yet is
/// normalised by its names alone.
package enum CanonicalPath {
    /// Absolute and without `.`, `..`, repeated or trailing slashes; `relativeTo`
    /// is the folder a relative path starts from (the working directory).
    package static func lexical(_ path: String, relativeTo base: String = "/") -> String {
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The real location of `path` on the local file system: its longest existing
    /// prefix resolved with `realpath`, the rest appended by name.
    package static func resolved(_ path: String, workingDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        let absolute = lexicalKeepingDots(path, relativeTo: workingDirectory)
        var existing = absolute
        var rest: [Substring] = []
        while true {
            if let real = realPath(existing) {
                let tail = rest.reversed().joined(separator: "/")
                return tail.isEmpty ? real : lexical(tail, relativeTo: real)
            }
            guard existing != "/", let slash = existing.lastIndex(of: "/") else { return lexical(absolute) }
            rest.append(existing[existing.index(after: slash)...])
            existing = slash == existing.startIndex ? "/" : String(existing[..<slash])
        }
    }

    /// True when `inner` is `outer` or lies inside it (both canonical).
    package static func contains(_ outer: String, _ inner: String) -> Bool {
        outer == inner || outer == "/" || inner.hasPrefix(outer + "/")
    }

    /// Joined to the working directory but with `..` kept: `realpath` must see
    /// `link/..` as the system does (the parent of the link's target).
    private static func lexicalKeepingDots(_ path: String, relativeTo base: String) -> String {
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        let parts = joined.split(separator: "/").filter { $0 != "." }
        return "/" + parts.joined(separator: "/")
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
