import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// Writes a new version of the site over the previous one, touching only files
/// whose bytes changed. Each file is replaced atomically (write a temp file in
/// the same folder, then rename), all temps are written before the first rename
/// (so a full disk leaves the previous site whole), and removed files go last,
/// so a browser never reads a half-written page and links rarely dangle.
/// The previous bytes are kept in memory once, so comparing costs no disk reads.
/// A value: the build session owns it, so one build writes at a time.
package struct IncrementalWriter: Sendable {
    package let outputPath: String
    private var previous: [String: Written] = [:]
    private var hasWritten = false
    /// Counts the whole-site writes: a file of the previous site that this one has is marked
    /// with it, so finding the removed files costs no second lookup per file.
    private var generation = 0

    private struct Written: Sendable {
        var contents: FileBytes
        /// The last whole-site write that had this file.
        var seen: Int
    }

    /// Whether the first whole-site write may take over a folder sitegen did not make (`--force`).
    private let force: Bool

    package init(outputPath: String, force: Bool = false) {
        self.outputPath = outputPath
        self.force = force
    }

    package struct Summary: Sendable, Equatable {
        package let written: Int
        package let removed: Int
        /// Output-relative paths written or removed; nil after a whole-site write.
        package var paths: Set<String>? = nil
        /// A failure left some files new and some old (a rename or removal failed
        /// after every file was written). After any other failure the output is as before.
        package var partial = false
    }

    /// The first call writes the whole site through `OutputWriter` (staging + swap);
    /// later calls only write differences and remove files the site no longer has.
    package mutating func write(_ files: [OutputFile], io: FileIO = .local) -> (Summary, [Diagnostic]) {
        guard hasWritten, io.isDirectory(outputPath) else {
            let diagnostics = OutputWriter.write(files, to: outputPath, io: io, force: force)
            if !diagnostics.hasErrors {
                previous = Dictionary(files.map { ($0.path, Written(contents: $0.contents, seen: generation)) },
                                      uniquingKeysWith: { _, last in last })
                hasWritten = true
            }
            return (Summary(written: diagnostics.hasErrors ? 0 : files.count, removed: 0), diagnostics)
        }
        generation += 1
        let changed = changedFiles(files, marking: generation)
        // Every file of the previous site marked: nothing to remove, and no pass over them.
        let removed = changed.kept == previous.count ? [] : previous.filter { $0.value.seen != generation }.keys.sorted()
        return apply(changed.files, removing: removed, io: io)
    }

    /// The files whose bytes differ from the previous site's (or that it did not have), and
    /// how many of its files these are; with `marking`, each of its files found is marked.
    private mutating func changedFiles(_ files: [OutputFile], marking mark: Int? = nil) -> (files: [OutputFile], kept: Int) {
        var changed: [OutputFile] = []
        var kept = 0
        // By index: a loop over the files copied each (11,000 of them in a whole site).
        for i in files.indices {
            guard let index = previous.index(forKey: files[i].path) else { changed.append(files[i]); continue }
            if let mark, previous.values[index].seen != mark {
                previous.values[index].seen = mark
                kept += 1
            }
            if previous.values[index].contents != files[i].contents { changed.append(files[i]) }
        }
        return (changed, kept)
    }

    /// Writes these files where they differ and removes nothing: part of a site
    /// (the live preview's first step). Before the first whole-site write it does nothing.
    package mutating func writePart(_ files: [OutputFile], io: FileIO = .local) -> (Summary, [Diagnostic]) {
        guard hasWritten, io.isDirectory(outputPath) else { return (Summary(written: 0, removed: 0, paths: []), []) }
        return apply(changedFiles(files).files, removing: [], io: io)
    }

    /// All or nothing, as far as the file system allows (`changed`: the files whose bytes differ): every changed file is first
    /// written to a temp file beside its target (`.sitegen-tmp-NAME`); only when all are
    /// written are they renamed into place (a rename needs no free space), then removed
    /// files go. When a temp cannot be written (disk full, say), every temp and every
    /// folder made for them is removed and the previous files stay as they were.
    private mutating func apply(_ changed: [OutputFile], removing removed: [String], io: FileIO) -> (Summary, [Diagnostic]) {
        var placed: [(temp: String, target: String)] = []
        var madeFolders: [String] = []
        do {
            for file in changed {
                for c in file.path.split(separator: "/") where c == ".." || c == "." { throw CocoaError(.fileWriteInvalidFileName) }
                let target = outputPath + "/" + file.path
                let folder = (target as NSString).deletingLastPathComponent
                if let missing = missingFolder(above: folder, io: io) { madeFolders.append(missing) }
                let temp = folder + "/.sitegen-tmp-" + (target as NSString).lastPathComponent
                placed.append((temp, target))
                try io.write(temp, file.contents)
            }
        } catch {
            var cleaned = true
            for (temp, _) in placed where io.exists(temp) {
                do { try io.remove(temp) } catch { cleaned = false }
            }
            for folder in madeFolders.reversed() where io.exists(folder) {
                do { try io.remove(folder) } catch { cleaned = false }
            }
            // A temp that could not be removed is in no list: the next build then rewrites everything.
            if !cleaned { hasWritten = false }
            return (Summary(written: 0, removed: 0), [Self.failure(error, outputPath, kept: true)])
        }
        var renamed = 0
        do {
            for (temp, target) in placed {
                try io.move(temp, target)
                renamed += 1
            }
            for path in removed { try io.remove(outputPath + "/" + path) }
        } catch {
            for (temp, _) in placed.dropFirst(renamed) { try? io.remove(temp) }
            // Some files are new and some old: forget what we believe is on disk, so the
            // next build rewrites everything (staging + swap).
            hasWritten = false
            return (Summary(written: renamed, removed: 0, partial: true), [Self.failure(error, outputPath, kept: false)])
        }
        for file in changed { previous[file.path] = Written(contents: file.contents, seen: generation) }
        for path in removed { previous[path] = nil }
        return (Summary(written: changed.count, removed: removed.count, paths: Set(changed.map(\.path) + removed)), [])
    }

    /// The outermost folder between the output folder and `folder` that does not exist yet.
    private func missingFolder(above folder: String, io: FileIO) -> String? {
        var missing: String?
        var current = folder
        while current.count > outputPath.count, current.hasPrefix(outputPath + "/"), !io.isDirectory(current) {
            missing = current
            current = (current as NSString).deletingLastPathComponent
        }
        return missing
    }

    static func failure(_ error: Error, _ outputPath: String, kept: Bool) -> Diagnostic {
        let state = kept ? "前のサイトはそのままです" : "一部のファイルだけが新しくなっています。次の作り直しで全体を書き直します"
        return Diagnostic(.outputError, "出力の書き込みに失敗しました(\(state)): \(error.localizedDescription)",
                          at: SourceLocation(path: outputPath))
    }
}
