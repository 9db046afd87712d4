import Foundation

/// Writes a new version of the site over the previous one, touching only files
/// whose bytes changed. Each file is replaced atomically (write a temp file in
/// the same folder, then rename), new files go first and removed files last, so
/// a browser never reads a half-written page and links rarely dangle.
/// The previous bytes are kept in memory once, so comparing costs no disk reads.
public final class IncrementalWriter: @unchecked Sendable {
    public let outputPath: String
    private var previous: [String: Data] = [:]
    private var hasWritten = false

    public init(outputPath: String) {
        self.outputPath = outputPath
    }

    public struct Summary: Sendable, Equatable {
        public let written: Int
        public let removed: Int
    }

    /// The first call writes the whole site through `OutputWriter` (staging + swap);
    /// later calls only write differences.
    public func write(_ files: [OutputFile], io: FileIO = .local) -> (Summary, [Diagnostic]) {
        var next: [String: Data] = [:]
        next.reserveCapacity(files.count)
        for file in files { next[file.path] = file.data }
        guard hasWritten, io.isDirectory(outputPath) else {
            let diagnostics = OutputWriter.write(files, to: outputPath, io: io)
            if !diagnostics.hasErrors {
                previous = next
                hasWritten = true
            }
            return (Summary(written: diagnostics.hasErrors ? 0 : files.count, removed: 0), diagnostics)
        }
        let added = files.filter { previous[$0.path] == nil }
        let changed = files.filter { file in previous[file.path].map { old in old != file.data } ?? false }
        let removed = previous.keys.filter { next[$0] == nil }.sorted()
        do {
            for file in added + changed {
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
        previous = next
        return (Summary(written: added.count + changed.count, removed: removed.count), [])
    }
}
