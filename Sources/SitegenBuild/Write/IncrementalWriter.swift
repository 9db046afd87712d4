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
        /// The group (`WrittenGroups`) it came in when a whole-site write last looked at it.
        var group: Int? = nil
    }

    /// The groups of files the last whole-site write left on disk as they are: a memo's kept
    /// result handed out again is the same array, and costs no lookup per file.
    private var groups = WrittenGroups()

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
        write(groups: [files], io: io)
    }

    /// `write`, with the files in the groups their jobs made them (`RenderedJob.files`): a group
    /// that the last whole-site write left on disk as it is (the same array) is not compared file by file.
    package mutating func write(groups: [[OutputFile]], io: FileIO = .local) -> (Summary, [Diagnostic]) {
        guard hasWritten, io.isDirectory(outputPath) else {
            let files = groups.flatMap { $0 }
            let diagnostics = OutputWriter.write(files, to: outputPath, io: io, force: force)
            self.groups = WrittenGroups()
            if !diagnostics.hasErrors {
                previous = Dictionary(files.map { ($0.path, Written(contents: $0.contents, seen: generation)) },
                                      uniquingKeysWith: { _, last in last })
                hasWritten = true
            }
            return (Summary(written: diagnostics.hasErrors ? 0 : files.count, removed: 0), diagnostics)
        }
        generation += 1
        var changed: [OutputFile] = []
        var changedGroups: [Int?] = []
        var found = 0
        var total = 0
        for group in groups {
            total += group.count
            if self.groups.holds(group) { found += group.count; continue }
            let id = WrittenGroups.identity(of: group)
            let before = changed.count
            found += changedFiles(group, into: &changed, group: id)
            changedGroups += repeatElement(id, count: changed.count - before)
        }
        // Every file found in the previous site, as many as it had: nothing to remove, and no pass
        // over them (paths are unique). Otherwise every file is marked and the unmarked ones go.
        var removed: [String] = []
        if found != total || total != previous.count {
            for group in groups { markSeen(group) }
            removed = previous.filter { $0.value.seen != generation }.keys.sorted()
        }
        let (summary, diagnostics) = apply(changed, groups: changedGroups, removing: removed, io: io)
        self.groups = diagnostics.isEmpty ? WrittenGroups(groups) : WrittenGroups()
        return (summary, diagnostics)
    }

    /// Appends to `changed` the files whose bytes differ from the previous site's (or that it did not
    /// have); returns how many of its files these are. With `group`, each file found is recorded as of it.
    private mutating func changedFiles(_ files: [OutputFile], into changed: inout [OutputFile], group: Int? = nil) -> Int {
        var found = 0
        // By index: a loop over the files copied each (11,000 of them in a whole site).
        for i in files.indices {
            guard let index = previous.index(forKey: files[i].path) else { changed.append(files[i]); continue }
            found += 1
            if group != nil { previous.values[index].group = group }
            if previous.values[index].contents != files[i].contents { changed.append(files[i]) }
        }
        return found
    }

    /// Marks each of these files that the previous site has as seen by this write.
    private mutating func markSeen(_ files: [OutputFile]) {
        for i in files.indices {
            if let index = previous.index(forKey: files[i].path) { previous.values[index].seen = generation }
        }
    }

    /// Writes these files where they differ and removes nothing: part of a site
    /// (the live preview's first step). Before the first whole-site write it does nothing.
    package mutating func writePart(_ files: [OutputFile], io: FileIO = .local) -> (Summary, [Diagnostic]) {
        guard hasWritten, io.isDirectory(outputPath) else { return (Summary(written: 0, removed: 0, paths: []), []) }
        var changed: [OutputFile] = []
        _ = changedFiles(files, into: &changed)
        // A group holding one of these files no longer matches the disk.
        for file in changed { if let group = previous[file.path]?.group { groups.forget(group) } }
        let result = apply(changed, removing: [], io: io)
        if !result.1.isEmpty { groups = WrittenGroups() }
        return result
    }

    /// All or nothing, as far as the file system allows (`changed`: the files whose bytes differ): every changed file is first
    /// written to a temp file beside its target (`.sitegen-tmp-NAME`); only when all are
    /// written are they renamed into place (a rename needs no free space), then removed
    /// files go. When a temp cannot be written (disk full, say), every temp and every
    /// folder made for them is removed and the previous files stay as they were.
    /// - Parameter groups: each changed file's group (`WrittenGroups`), when a whole-site write knows it.
    private mutating func apply(_ changed: [OutputFile], groups: [Int?]? = nil, removing removed: [String],
                                io: FileIO) -> (Summary, [Diagnostic]) {
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
        for (index, file) in changed.enumerated() {
            previous[file.path] = Written(contents: file.contents, seen: generation, group: groups?[index])
        }
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
