import Foundation
import Synchronization
import SitegenSupport
import SitegenModel
import SitegenContent
import SitegenRender

/// A new site being written into the staging folder next to the output, file by
/// file as the render stage finishes them (from several threads), and swapped in
/// only by `commit`. Until then the previous output is untouched; `abandon` (or a
/// failed commit) removes the staging folder.
///
/// Where the file system allows (`FileIO.recycling`), the staging folder outlives the
/// build: after the swap it holds the previous site's folders and hard links to the
/// files the new output shares with it, and the next build writes into it (see
/// RecycledFolder). It then takes no disk space of its own beyond its folders.
package final class StagingSite: Sendable {
    let paths: OutputWriter.Paths
    let io: FileIO
    /// What the staging folder held when this build began, when it is the last build's.
    private let recycled: RecycledFolder?
    /// What the writing threads share: the paths written, the first failure, and
    /// (test hook, see TestStopPoint) how many writes finished.
    private struct Progress {
        var written = Set<String>()
        /// The published file each new file is (kept or linked), by path: after the swap,
        /// the old site keeps just these files as the next build's staging folder.
        var shared: [String: UInt64] = [:]
        var failure: Diagnostic?
        var finishedWrites = 0
    }
    private let progress = Mutex(Progress())
    private let midRenderStop: Int?

    struct Failure: Error {
        let diagnostics: [Diagnostic]
    }

    private init(paths: OutputWriter.Paths, io: FileIO, recycled: RecycledFolder?) {
        self.paths = paths
        self.io = io
        self.recycled = recycled
        midRenderStop = TestStopPoint.requested == .midRender
            ? max(1, ((try? io.walk(paths.output).count) ?? 0) / 2) : nil
    }

    /// Cleans up after an interrupted run and creates a staging folder holding only
    /// sitegen's marker. Refuses (E033) an output that sitegen may not replace: the
    /// caller checked it before the build, this checks again just before writing.
    static func begin(output: String, io: FileIO, force: Bool = false) -> Result<StagingSite, Failure> {
        let paths = OutputWriter.Paths(output: output)
        let location = SourceLocation(path: paths.output)
        do {
            try OutputWriter.recover(paths, io: io)
        } catch let leftover as OutputWriter.NotOurs {
            return .failure(Failure(diagnostics: [OutputFolderGuard.refusal(paths.output,
                "出力先の隣に、sitegen の作業用の名前のフォルダ「\(leftover.path)」がありますが、sitegen が作ったものではありません。消さないように止めました。",
                hint: "そのフォルダの中身を確かめ、別の名前に変えるか、別の出力先を指定してください。")]))
        } catch {
            return .failure(Failure(diagnostics: [Diagnostic(
                .outputError, "前回の中断したビルドの後片付けができません: \(error.localizedDescription)", at: location,
                hint: "「\(paths.staging)」を手で削除してから、もう一度実行してください。")]))
        }
        if let refusal = OutputFolderGuard.ownership(of: paths.output, force: force, io: io) {
            return .failure(Failure(diagnostics: [refusal]))
        }
        let site: StagingSite
        do {
            let recycled = try recycledFolder(paths, io: io)
            if recycled == nil { try io.createDirectory(paths.staging) }
            site = StagingSite(paths: paths, io: io, recycled: recycled)
            // The marker first: a staging folder left by a killed run is then recognisably sitegen's.
            // It is placed as every file is, so that it is shared with the output where it can be.
            try site.place(OutputFile(path: OutputFolderGuard.markerName, text: OutputFolderGuard.markerText))
        } catch {
            return .failure(Failure(diagnostics: [writeFailure(error.localizedDescription, at: location)]))
        }
        TestStopPoint.reached(.afterStagingCreated)
        return .success(site)
    }

    /// The staging folder that the last build left (`recover` kept it), surveyed; nil where there is
    /// none or the file system cannot reuse one. One that cannot be read, or that is on another file
    /// system than the output (its inode numbers would mean nothing), is removed, and the build starts afresh.
    private static func recycledFolder(_ paths: OutputWriter.Paths, io: FileIO) throws -> RecycledFolder? {
        guard let recycling = io.recycling, io.isDirectory(paths.staging) else { return nil }
        if let folder = try? recycling.survey(paths.staging),
           folder.device == io.signature(paths.output)?.device ?? folder.device {
            return folder
        }
        try io.remove(paths.staging)
        return nil
    }

    /// Writes files into the staging folder. Thread-safe. An unsafe or repeated
    /// path, or a failed write, is remembered and makes `commit` fail.
    package func add(_ files: [OutputFile]) {
        for file in files {
            let fresh = progress.withLock { $0.failure == nil && $0.written.insert(file.path).inserted }
            guard fresh, OutputWriter.isSafeRelativePath(file.path) else {
                fail(Diagnostic(.outputError, "出力ファイル名「\(file.path)」が不正か重複しています。",
                                at: SourceLocation(path: paths.output), hint: "テーマの static フォルダやidを確認してください。"))
                return
            }
            do {
                try place(file)
                if let midRenderStop, progress.withLock({ $0.finishedWrites += 1; return $0.finishedWrites }) == midRenderStop {
                    TestStopPoint.reached(.midRender)
                }
            } catch {
                fail(Self.writeFailure(error.localizedDescription, at: SourceLocation(path: paths.output)))
                return
            }
        }
    }

    /// Puts one file into the staging folder. Unchanged since the last build: the previous
    /// site's file is shared (see FileReuse), and kept where the recycled folder already has it.
    private func place(_ file: OutputFile) throws {
        let target = paths.staging + "/" + file.path
        let published = paths.output + "/" + file.path
        guard let recycling = io.recycling else { return try io.write(target, file.contents) }
        if let recycled { try clearWay(for: file.path, in: recycled) }
        let placement = try recycling.place(published, target, file.contents, recycled?.files[file.path])
        if let inode = placement.sharedInode {
            progress.withLock { $0.shared[file.path] = inode }
        }
    }

    /// Where the last build had a folder at a file's path, or a file at one of its folders'
    /// (a page that became a folder of pages), that entry goes first.
    private func clearWay(for path: String, in recycled: RecycledFolder) throws {
        if recycled.folders.contains(path) { try io.remove(paths.staging + "/" + path) }
        var folder = Substring(path)
        while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
            folder = folder[..<slash]
            if recycled.files[String(folder)] != nil {
                // Another thread may have removed it and made the folder already: what stands there then stays.
                _ = unlink(paths.staging + "/" + folder)
            }
        }
    }

    private func fail(_ diagnostic: Diagnostic) {
        progress.withLock { if $0.failure == nil { $0.failure = diagnostic } }
    }

    /// How many files were written, and how many of them are HTML pages.
    package var counts: (files: Int, pages: Int) {
        progress.withLock { ($0.written.count, $0.written.filter { $0.hasSuffix(".html") }.count) }
    }

    /// Swaps the staging folder in as the output, in one atomic step where the
    /// system allows. On any earlier failure, abandons instead and reports it.
    package func commit() -> [Diagnostic] {
        if let failure = progress.withLock({ $0.failure }) {
            abandon()
            return [failure]
        }
        let (written, shared) = progress.withLock { ($0.written, $0.shared) }
        let folders = Self.folders(holding: written)
        do {
            if let recycled { try removeWhatWasNotMade(recycled, written: written, folders: folders) }
        } catch {
            abandon()
            return [Self.writeFailure(error.localizedDescription, at: SourceLocation(path: paths.output))]
        }
        TestStopPoint.reached(.beforeSwap)
        do {
            if io.isDirectory(paths.output) && !TestStopPoint.forcesTwoRenames && io.exchange(paths.staging, paths.output) {
                // One atomic step: output/ never goes missing; the old site now sits in staging.
                TestStopPoint.reached(.afterSwap)
                // The new site is published: a failed clean-up is left to the next run's `recover`.
                keepForTheNextBuild(shared: shared, folders: folders)
            } else {
                if io.exists(paths.output) {
                    try io.move(paths.output, paths.previous)
                    TestStopPoint.reached(.fallbackAfterMoveAside)
                }
                try io.move(paths.staging, paths.output)
                TestStopPoint.reached(.fallbackAfterMoveIn)
                try io.remove(paths.previous)
            }
        } catch {
            try? io.remove(paths.staging)
            if !io.exists(paths.output) && io.exists(paths.previous) { try? io.move(paths.previous, paths.output) }
            return [Self.writeFailure(error.localizedDescription, at: SourceLocation(path: paths.output))]
        }
        return []
    }

    /// The recycled folder's files and folders that this build did not make (pages gone since
    /// the last build), removed before the swap. A path that this build made of the other kind
    /// (a file that is a folder now, or the reverse) was cleared when it was written, and the
    /// marker is not one of the files written.
    private func removeWhatWasNotMade(_ recycled: RecycledFolder, written: Set<String>, folders: Set<String>) throws {
        for path in recycled.files.keys where !written.contains(path) && !folders.contains(path)
            && path != OutputFolderGuard.markerName {
            try io.remove(paths.staging + "/" + path)
        }
        for folder in recycled.folders where !folders.contains(folder) && !written.contains(folder) {
            try io.remove(paths.staging + "/" + folder)
        }
    }

    /// After the swap: the old site, now in the staging folder, keeps only its folders that the new site
    /// has too and its files that the new site shares, for the next build; else it is removed. Its marker
    /// stays whatever it holds: without one, the next build would not take the folder for sitegen's.
    private func keepForTheNextBuild(shared: [String: UInt64], folders: Set<String>) {
        guard let recycling = io.recycling,
              (try? recycling.prune(paths.staging, { $0 == OutputFolderGuard.markerName || shared[$0] == $1 },
                                    { folders.contains($0) })) != nil else {
            try? io.remove(paths.staging)
            return
        }
    }

    /// Every folder that holds one of these files, by relative path.
    static func folders(holding files: Set<String>) -> Set<String> {
        var folders = Set<String>()
        for path in files {
            var folder = Substring(path)
            // By bytes: a `Character` search would look for grapheme breaks in every path.
            while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
                folder = folder[..<slash]
                // A folder seen already has its own folders in the set too.
                guard folders.insert(String(folder)).inserted else { break }
            }
        }
        return folders
    }

    /// Removes the staging folder; the previous output stays as it was.
    package func abandon() {
        try? io.remove(paths.staging)
    }

    static func writeFailure(_ reason: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.outputError, "出力の書き込みに失敗しました: \(reason)", at: location,
                   hint: "ディスクの空きと、出力先フォルダの書き込み権限を確認してください。前回の出力はそのまま残っています。")
    }
}
