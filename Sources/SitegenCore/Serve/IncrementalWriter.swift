import Foundation

/// Writes a new version of the site over the previous one, touching only files
/// whose bytes changed. Each file is replaced atomically (write a temp file in
/// the same folder, then rename) and removed files go last, so a browser never
/// reads a half-written page and links rarely dangle.
/// The previous bytes are kept in memory once, so comparing costs no disk reads.
public final class IncrementalWriter: @unchecked Sendable {
    public let outputPath: String
    private var previous: [String: Data] = [:]
    private var hasWritten = false

    /// Whether the first whole-site write may take over a folder sitegen did not make (`--force`).
    private let force: Bool

    public init(outputPath: String, force: Bool = false) {
        self.outputPath = outputPath
        self.force = force
    }

    public struct Summary: Sendable, Equatable {
        public let written: Int
        public let removed: Int
        /// Output-relative paths written or removed; nil after a whole-site write.
        public var paths: Set<String>? = nil
    }

    /// The first call writes the whole site through `OutputWriter` (staging + swap);
    /// later calls only write differences and remove files the site no longer has.
    public func write(_ files: [OutputFile], io: FileIO = .local) -> (Summary, [Diagnostic]) {
        guard hasWritten, io.isDirectory(outputPath) else {
            let diagnostics = OutputWriter.write(files, to: outputPath, io: io, force: force)
            if !diagnostics.hasErrors {
                previous = Dictionary(files.map { ($0.path, $0.data) }, uniquingKeysWith: { _, last in last })
                hasWritten = true
            }
            return (Summary(written: diagnostics.hasErrors ? 0 : files.count, removed: 0), diagnostics)
        }
        let kept = Set(files.map(\.path))
        return apply(files, removing: previous.keys.filter { !kept.contains($0) }.sorted(), io: io)
    }

    /// Writes these files where they differ and removes nothing: part of a site
    /// (the live preview's first step). Before the first whole-site write it does nothing.
    public func writePart(_ files: [OutputFile], io: FileIO = .local) -> (Summary, [Diagnostic]) {
        guard hasWritten, io.isDirectory(outputPath) else { return (Summary(written: 0, removed: 0, paths: []), []) }
        return apply(files, removing: [], io: io)
    }

    private func apply(_ files: [OutputFile], removing removed: [String], io: FileIO) -> (Summary, [Diagnostic]) {
        let changed = files.filter { file in previous[file.path].map { old in old != file.data } ?? true }
        do {
            for file in changed {
                for c in file.path.split(separator: "/") where c == ".." || c == "." { throw CocoaError(.fileWriteInvalidFileName) }
                let target = outputPath + "/" + file.path
                let temp = (target as NSString).deletingLastPathComponent + "/.sitegen-tmp-" + (target as NSString).lastPathComponent
                try io.write(temp, file.data)
                try io.move(temp, target)
            }
            for path in removed { try io.remove(outputPath + "/" + path) }
        } catch {
            // Forget what we believe is on disk: the next build rewrites everything safely.
            hasWritten = false
            return (Summary(written: 0, removed: 0),
                    [Diagnostic(.outputError, "出力の書き込みに失敗しました: \(error.localizedDescription)",
                                at: SourceLocation(path: outputPath))])
        }
        for file in changed { previous[file.path] = file.data }
        for path in removed { previous[path] = nil }
        return (Summary(written: changed.count, removed: removed.count, paths: Set(changed.map(\.path) + removed)), [])
    }
}
