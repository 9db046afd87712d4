import Foundation
import Synchronization

/// Every file-system access of the pipeline goes through this small value, so
/// tests can build whole sites in memory (`FileIO.memory`) or in a temp folder.
package struct FileIO: Sendable {
    package enum EntryKind: Sendable { case file, directory, symlink, other }

    package var read: @Sendable (_ path: String) throws -> Data
    package var write: @Sendable (_ path: String, _ contents: FileBytes) throws -> Void
    /// Names in a directory, sorted by byte order (never directory order).
    package var list: @Sendable (_ path: String) throws -> [String]
    /// nil where nothing exists. Does not follow symlinks.
    package var kind: @Sendable (_ path: String) -> EntryKind?
    package var createDirectory: @Sendable (_ path: String) throws -> Void
    package var remove: @Sendable (_ path: String) throws -> Void
    /// Renames atomically where the file system allows.
    package var move: @Sendable (_ from: String, _ to: String) throws -> Void
    /// Swaps two existing directories in one atomic step; returns false where
    /// the file system cannot (the caller then uses two `move`s).
    package var exchange: @Sendable (_ a: String, _ b: String) -> Bool = { _, _ in false }
    /// Identifies a file's current version without reading it; nil where the
    /// file system cannot tell (then callers read and compare the bytes).
    package var signature: @Sendable (_ path: String) -> FileSignature? = { _ in nil }
    /// Names in a directory with their kinds, sorted by byte order; where the file
    /// system gives kinds with the names (readdir's d_type), walking a large
    /// folder costs no `lstat` per entry.
    package var listWithKinds: (@Sendable (_ path: String) throws -> [(name: String, kind: EntryKind)])? = nil
    /// Reusing the last build's staging folder and the previous site's unchanged files;
    /// nil where the file system cannot (every file is then written).
    package var recycling: StagingRecycling? = nil
    /// Where a path really points (absolute, symlinks of its existing part resolved),
    /// so that the output folder can be compared with folders sitegen must never replace.
    package var canonicalPath: @Sendable (_ path: String) -> String = { CanonicalPath.lexical($0) }
    /// An exclusive lock on the file at `path`, held until released; nil when another
    /// process holds it and `wait` is false. The in-memory file system has no other process.
    package var lock: @Sendable (_ path: String, _ wait: Bool) throws -> FolderLock? = { _, _ in FolderLock.unguarded }

    package init(read: @escaping @Sendable (String) throws -> Data,
                write: @escaping @Sendable (String, FileBytes) throws -> Void,
                list: @escaping @Sendable (String) throws -> [String],
                kind: @escaping @Sendable (String) -> EntryKind?,
                createDirectory: @escaping @Sendable (String) throws -> Void,
                remove: @escaping @Sendable (String) throws -> Void,
                move: @escaping @Sendable (String, String) throws -> Void) {
        self.read = read
        self.write = write
        self.list = list
        self.kind = kind
        self.createDirectory = createDirectory
        self.remove = remove
        self.move = move
    }

    /// A folder as the user typed it, without trailing slashes ("/" stays), so that
    /// paths joined to it and shown in diagnostics read `content/site.yaml`.
    package static func folder(_ path: String) -> String {
        var folder = path
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        return folder
    }

    package func exists(_ path: String) -> Bool { kind(path) != nil }
    package func isDirectory(_ path: String) -> Bool { kind(path) == .directory }
    package func isFile(_ path: String) -> Bool { kind(path) == .file }

    /// Every regular file below `root`, as paths relative to it, sorted.
    /// Symlinks are reported, not followed, so a link loop cannot hang a build.
    package func walk(_ root: String) throws -> [(relative: String, kind: EntryKind)] {
        var result: [(String, EntryKind)] = []
        func visit(_ relative: String) throws {
            let full = relative.isEmpty ? root : root + "/" + relative
            let entries = try listWithKinds?(full)
                ?? list(full).map { name in (name: name, kind: kind(full + "/" + name) ?? .other) }
            for (name, k) in entries {
                let rel = relative.isEmpty ? name : relative + "/" + name
                if k == .directory { try visit(rel) } else { result.append((rel, k)) }
            }
        }
        try visit("")
        return result.sorted { $0.0.precedesInByteOrder($1.0) }
    }
}

extension FileIO {
    /// The real file system.
    package static let local: FileIO = {
        var io = localWithoutExchange
        io.exchange = { a, b in AtomicExchange.exchange(a, b) }
        io.signature = { path in FileSignature.of(path) }
        io.listWithKinds = { path in try DirectoryListing.entries(path) }
        io.recycling = .local
        io.canonicalPath = { path in CanonicalPath.resolved(path) }
        io.lock = { path, wait in try FolderLock.acquire(path, wait: wait) }
        return io
    }()

    private static let localWithoutExchange = FileIO(
        read: { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
            return data
        },
        write: { path, contents in try POSIXFileWrite.write(path, contents) },
        list: { path in
            try FileManager.default.contentsOfDirectory(atPath: path)
                .sorted { $0.precedesInByteOrder($1) }
        },
        kind: { path in FileSignature.of(path)?.kind },
        createDirectory: { path in try POSIXFileWrite.makeDirectories(path) },
        remove: { path in try TreeRemoval.remove(path) },
        move: { from, to in
            guard rename(from, to) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: to,
                    NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        }
    )

    /// An in-memory file system for tests. Paths are plain strings; directories
    /// exist implicitly as prefixes of files, or explicitly once created.
    package static func memory(_ files: [String: String] = [:]) -> (FileIO, MemoryStore) {
        let store = MemoryStore()
        for (path, text) in files { store.put(path, Data(text.utf8)) }
        return (store.fileIO, store)
    }
}

/// Backing store of `FileIO.memory`. Thread-safe: every access takes its lock.
package final class MemoryStore: Sendable {
    private struct State {
        var files: [String: Data] = [:]
        var directories: Set<String> = []

        func isDirectory(_ p: String) -> Bool {
            directories.contains(p) || files.keys.contains { $0.hasPrefix(p + "/") }
        }
    }
    private let state = Mutex(State())

    package init() {}

    package func put(_ path: String, _ data: Data) {
        let p = normalize(path)
        state.withLock { $0.files[p] = data }
    }

    package func get(_ path: String) -> Data? {
        let p = normalize(path)
        return state.withLock { $0.files[p] }
    }

    package func text(_ path: String) -> String? { get(path).map { String(decoding: $0, as: UTF8.self) } }

    /// All file paths, sorted.
    package var paths: [String] { state.withLock { $0.files.keys.sorted() } }

    private func normalize(_ path: String) -> String {
        var p = path
        while p.hasSuffix("/") && p.count > 1 { p.removeLast() }
        while p.hasPrefix("./") { p.removeFirst(2) }
        return p
    }

    package var fileIO: FileIO {
        FileIO(
            read: { path in
                guard let data = self.get(path) else {
                    throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
                }
                return data
            },
            write: { path, contents in self.put(path, contents.data) },
            list: { path in
                let p = self.normalize(path)
                return try self.state.withLock { state in
                    guard state.isDirectory(p) else {
                        throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
                    }
                    var names = Set<String>()
                    for key in Array(state.files.keys) + Array(state.directories) where key.hasPrefix(p + "/") {
                        let rest = key.dropFirst(p.count + 1)
                        if let first = rest.split(separator: "/").first { names.insert(String(first)) }
                    }
                    return names.sorted { $0.precedesInByteOrder($1) }
                }
            },
            kind: { path in
                let p = self.normalize(path)
                return self.state.withLock { state in
                    if state.files[p] != nil { return .file }
                    return state.isDirectory(p) ? .directory : nil
                }
            },
            createDirectory: { path in
                let p = self.normalize(path)
                self.state.withLock { _ = $0.directories.insert(p) }
            },
            remove: { path in
                let p = self.normalize(path)
                self.state.withLock { state in
                    state.files[p] = nil
                    for key in Array(state.files.keys) where key.hasPrefix(p + "/") { state.files[key] = nil }
                    state.directories = state.directories.filter { $0 != p && !$0.hasPrefix(p + "/") }
                }
            },
            move: { from, to in
                let f = self.normalize(from), t = self.normalize(to)
                try self.state.withLock { state in
                    guard state.files[f] != nil || state.isDirectory(f) else {
                        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: from])
                    }
                    if let data = state.files.removeValue(forKey: f) { state.files[t] = data }
                    for key in Array(state.files.keys) where key.hasPrefix(f + "/") {
                        state.files[t + key.dropFirst(f.count)] = state.files.removeValue(forKey: key)
                    }
                    let dirs = state.directories.filter { $0 == f || $0.hasPrefix(f + "/") }
                    for d in dirs {
                        state.directories.remove(d)
                        state.directories.insert(t + d.dropFirst(f.count))
                    }
                }
            }
        )
    }
}
