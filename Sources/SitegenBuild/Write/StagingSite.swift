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
package final class StagingSite: Sendable {
    let paths: OutputWriter.Paths
    let io: FileIO
    /// What the writing threads share: the paths written, the first failure, and
    /// (test hook, see TestStopPoint) how many writes finished.
    private struct Progress {
        var written = Set<String>()
        var failure: Diagnostic?
        var finishedWrites = 0
    }
    private let progress = Mutex(Progress())
    private let midRenderStop: Int?

    struct Failure: Error {
        let diagnostics: [Diagnostic]
    }

    private init(paths: OutputWriter.Paths, io: FileIO) {
        self.paths = paths
        self.io = io
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
        do {
            // The marker first: a staging folder left by a killed run is then recognisably sitegen's.
            try io.createDirectory(paths.staging)
            try io.write(paths.staging + "/" + OutputFolderGuard.markerName, .text(OutputFolderGuard.markerText))
        } catch {
            return .failure(Failure(diagnostics: [writeFailure(error.localizedDescription, at: location)]))
        }
        TestStopPoint.reached(.afterStagingCreated)
        return .success(StagingSite(paths: paths, io: io))
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
                let target = paths.staging + "/" + file.path
                // Unchanged since the last build: share the previous site's file (see FileReuse).
                if !io.linkIfUnchanged(paths.output + "/" + file.path, target, file.contents) {
                    try io.write(target, file.contents)
                }
                if let midRenderStop, progress.withLock({ $0.finishedWrites += 1; return $0.finishedWrites }) == midRenderStop {
                    TestStopPoint.reached(.midRender)
                }
            } catch {
                fail(Self.writeFailure(error.localizedDescription, at: SourceLocation(path: paths.output)))
                return
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
        TestStopPoint.reached(.beforeSwap)
        do {
            if io.isDirectory(paths.output) && !TestStopPoint.forcesTwoRenames && io.exchange(paths.staging, paths.output) {
                // One atomic step: output/ never goes missing; the old site now sits in staging.
                TestStopPoint.reached(.afterSwap)
                // The new site is published: a failed clean-up is left to the next run's `recover`.
                try? io.remove(paths.staging)
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

    /// Removes the staging folder; the previous output stays as it was.
    package func abandon() {
        try? io.remove(paths.staging)
    }

    static func writeFailure(_ reason: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.outputError, "出力の書き込みに失敗しました: \(reason)", at: location,
                   hint: "ディスクの空きと、出力先フォルダの書き込み権限を確認してください。前回の出力はそのまま残っています。")
    }
}
