#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// A preview update that cannot be written (disk full) changes nothing: every
/// output file stays the previous version, no `.sitegen-tmp-*` file is left, and
/// the log says what is true.
@Suite struct PreviewWriteFailureTests {
    /// Faults for `FileIO.write` and `move` of the preview's temp files only (the
    /// whole-site write of the first build goes through staging, untouched).
    final class Faults: @unchecked Sendable {
        private let lock = NSLock()
        /// Given a temp file's path and the temps written before it: whether the disk is full now.
        private var full: (@Sendable (_ path: String, _ earlier: [String]) -> Bool)?
        private var written: [String] = []
        private var tempMovesLeft: Int?

        /// After `writes` more temp files, every temp write fails half-way, as on a full disk.
        func diskFull(after writes: Int?) {
            guard let writes else { return diskFull(when: nil) }
            let start = lock.withLock { written.count }
            diskFull { _, earlier in earlier.count >= start + writes }
        }
        func diskFull(when condition: (@Sendable (_ path: String, _ earlier: [String]) -> Bool)?) {
            lock.withLock { full = condition }
        }
        /// After `moves` more renames of temp files, every rename fails.
        func renamesFail(after moves: Int?) { lock.withLock { tempMovesLeft = moves } }

        private func writeFails(_ path: String) -> Bool {
            lock.withLock {
                if let full, full(path, written) { return true }
                written.append(path)
                return false
            }
        }

        private func moveFails() -> Bool {
            lock.withLock {
                guard let left = tempMovesLeft else { return false }
                if left == 0 { return true }
                tempMovesLeft = left - 1
                return false
            }
        }

        func io(over base: FileIO) -> FileIO {
            var io = base
            let write = base.write, move = base.move
            io.write = { path, data in
                if path.contains("/.sitegen-tmp-"), self.writeFails(path) {
                    try? write(path, .data(data.data.prefix(data.count / 2)))
                    throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: path,
                                                                      NSLocalizedDescriptionKey: "No space left on device"])
                }
                try write(path, data)
            }
            io.move = { from, to in
                if from.contains("/.sitegen-tmp-"), self.moveFails() {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: to, NSLocalizedDescriptionKey: "I/O error"])
                }
                try move(from, to)
            }
            return io
        }
    }

    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func append(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }

    static func temps(in snapshot: [String: Data]) -> [String] {
        snapshot.keys.filter { $0.contains(".sitegen-tmp-") }.sorted()
    }

    @Test func aFailedUpdateLeavesEveryPreviousFileAndNoTempFile() {
        let (memory, store) = FileIO.memory()
        let faults = Faults()
        let io = faults.io(over: memory)
        var writer = IncrementalWriter(outputPath: "out")
        let first = (1...5).map { OutputFile(path: "p\($0).html", text: "old \($0)") } + [OutputFile(path: "gone.html", text: "x")]
        #expect(!writer.write(first, io: io).1.hasErrors)
        let before = Dictionary(uniqueKeysWithValues: store.paths.map { ($0, store.get($0)!) })

        // A new page in a new folder first, then five changed pages; gone.html is removed.
        let second = [OutputFile(path: "new/index.html", text: "new")] + (1...5).map { OutputFile(path: "p\($0).html", text: "new \($0)") }
        faults.diskFull(after: 3)
        let (summary, diagnostics) = writer.write(second, io: io)
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.first?.message.contains("前のサイトはそのままです") == true, "\(diagnostics)")
        #expect(summary.written == 0 && !summary.partial)
        #expect(Dictionary(uniqueKeysWithValues: store.paths.map { ($0, store.get($0)!) }) == before)
        #expect(store.paths.allSatisfy { !$0.contains(".sitegen-tmp-") })
        #expect(memory.kind("out/new") == nil)

        // Space again: the same update goes through whole.
        faults.diskFull(after: nil)
        let (again, none) = writer.write(second, io: io)
        #expect(none.isEmpty && again.written == 6 && again.removed == 1)
        #expect(store.paths == ["out/" + OutputFolderGuard.markerName, "out/new/index.html"] + (1...5).map { "out/p\($0).html" })
        #expect(store.text("out/p3.html") == "new 3")
    }

    /// The live preview with a disk that fills during the update: the site on disk (and
    /// so the one served) is the previous one, and the log says so truthfully.
    @Test func aDiskFullRebuildKeepsThePreviousSiteAndSaysSo() async throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let faults = Faults()
        let log = Lines()
        let preview = LivePreview(options: tree.options(), writeIO: faults.io(over: .local), log: log.append)
        #expect(await preview.rebuild().succeeded)
        let before = tree.snapshot()
        let page = preview.handle(HTTPRequest(method: "GET", path: "/", query: "")).body

        let site = MiniSite.siteYAML.replacingOccurrences(of: "name: テスト区", with: "name: 改名したテスト区")
        try Data(site.utf8).write(to: URL(fileURLWithPath: tree.path("content/site.yaml")))
        try Data("---\nid: added\ntitle: 足したページ\n---\n本文。\n".utf8)
            .write(to: URL(fileURLWithPath: tree.path("content/pages/added.md")))
        // Full once the added page's temp (in a folder made for it) and two others are written.
        faults.diskFull { _, earlier in earlier.contains { $0.contains("/pages/added/") } && earlier.count >= 3 }
        #expect(await !preview.rebuild().succeeded)
        #expect(tree.snapshot() == before)
        #expect(Self.temps(in: tree.snapshot()).isEmpty)
        for folder in ["output/pages/added", "output/easy/pages/added"] {
            #expect(!FileManager.default.fileExists(atPath: tree.path(folder)), "\(folder), made for the update, stayed")
        }
        #expect(preview.handle(HTTPRequest(method: "GET", path: "/", query: "")).body == page)
        let lines = log.all
        #expect(lines.contains { $0.contains("出力の書き込みに失敗しました(前のサイトはそのままです)") }, "\(lines)")
        #expect(lines.last?.contains("は失敗しました。前のサイトを表示し続けます。") == true, "\(lines)")

        faults.diskFull(after: nil)
        #expect(await preview.rebuild().succeeded)
        let fresh = try TestTree(files: MiniSite.files.merging(["content/site.yaml": site,
            "content/pages/added.md": "---\nid: added\ntitle: 足したページ\n---\n本文。\n"]) { _, new in new })
        defer { fresh.remove() }
        #expect(BuildPipeline.run(fresh.options()).succeeded)
        #expect(tree.snapshot() == fresh.snapshot())
        #expect(FileManager.default.fileExists(atPath: tree.path("output/easy/pages/added/index.html")))
    }

    /// A rename that fails after others went through leaves a mix: the log must not say
    /// the previous site is shown, and the next build writes the whole site.
    @Test func aFailedRenameIsReportedAsAPartialUpdateAndRepairedNextTime() async throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let faults = Faults()
        let log = Lines()
        let preview = LivePreview(options: tree.options(), writeIO: faults.io(over: .local), log: log.append)
        #expect(await preview.rebuild().succeeded)
        let site = MiniSite.siteYAML.replacingOccurrences(of: "name: テスト区", with: "name: 改名したテスト区")
        try Data(site.utf8).write(to: URL(fileURLWithPath: tree.path("content/site.yaml")))
        faults.renamesFail(after: 2)
        #expect(await !preview.rebuild().succeeded)
        #expect(Self.temps(in: tree.snapshot()).isEmpty)
        let lines = log.all
        #expect(lines.last?.contains("一部のファイルだけが新しくなっています") == true, "\(lines)")
        #expect(!lines.contains { $0.contains("前のサイトを表示し続けます") }, "\(lines)")

        faults.renamesFail(after: nil)
        #expect(await preview.rebuild().succeeded)
        let fresh = try TestTree(files: MiniSite.files(replacing: ["content/site.yaml": site]))
        defer { fresh.remove() }
        #expect(BuildPipeline.run(fresh.options()).succeeded)
        #expect(tree.snapshot() == fresh.snapshot())
    }

    // MARK: - A real full disk (tmpfs)

    static func run(_ tool: String, _ arguments: [String]) -> (ok: Bool, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (false, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus == 0, String(decoding: data, as: UTF8.self))
    }

    /// 4 KB pages used on the file system holding `path`.
    static func usedPages(_ path: String) -> Int {
        var stats = statvfs()
        guard statvfs(path, &stats) == 0 else { return 0 }
        return Int(stats.f_blocks - stats.f_bfree) * Int(stats.f_frsize) / 4096
    }

    static func pages(_ data: Data?) -> Int { ((data?.count ?? 0) + 4095) / 4096 }

    /// The same with a real full disk: a tmpfs made just too small for the update.
    /// Skipped (cancelled, with the reason) where the test cannot mount one.
    @Test func aFullTmpfsDuringAPreviewUpdateKeepsThePreviousSite() async throws {
        guard geteuid() == 0 else { try Test.cancel("mounting a tmpfs needs root") }
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let disk = tree.path("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let mounted = Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=16m", "tmpfs", disk])
        guard mounted.ok else { try Test.cancel("cannot mount a tmpfs here: \(mounted.output)") }
        defer {
            if !Self.run("/bin/umount", [disk]).ok { _ = Self.run("/bin/umount", ["-l", disk]) }
        }
        let log = Lines()
        let preview = LivePreview(options: tree.options(output: "disk/output"), log: log.append)
        #expect(await preview.rebuild().succeeded)
        let before = tree.snapshot("disk/output")

        // A long name on every page: each grows by a few KB.
        let name = String(repeating: "とても長い名前の区", count: 150)
        let site = MiniSite.siteYAML.replacingOccurrences(of: "name: テスト区", with: "name: \(name)")
        let fresh = try TestTree(files: MiniSite.files(replacing: ["content/site.yaml": site]))
        defer { fresh.remove() }
        #expect(BuildPipeline.run(fresh.options()).succeeded)
        let after = fresh.snapshot()
        let changed = after.filter { before[$0.key] != $0.value }
        let newPages = changed.values.map(Self.pages).reduce(0, +)
        let growth = changed.map { Self.pages($0.value) - Self.pages(before[$0.key]) }.reduce(0, +)
        let largest = changed.values.map(Self.pages).max() ?? 0
        // Room for the largest file plus half the growth: replacing files one by one would
        // get about half way; writing every new file before replacing any cannot start.
        let room = largest + growth / 2
        try #require(growth >= 8 && newPages > room + 2, "growth \(growth) pages, new \(newPages), room \(room)")
        let size = (Self.usedPages(disk) + room) * 4096
        let shrunk = Self.run("/bin/mount", ["-o", "remount,size=\(size)", disk])
        try #require(shrunk.ok, "\(shrunk.output)")

        try Data(site.utf8).write(to: URL(fileURLWithPath: tree.path("content/site.yaml")))
        #expect(await !preview.rebuild().succeeded)
        #expect(tree.snapshot("disk/output") == before, "the output changed on a full disk")
        #expect(Self.temps(in: tree.snapshot("disk")).isEmpty)
        let lines = log.all
        #expect(lines.contains { $0.contains("前のサイトはそのままです") && $0.contains("No space left on device") }, "\(lines)")
        #expect(lines.last?.contains("前のサイトを表示し続けます") == true, "\(lines)")

        _ = Self.run("/bin/mount", ["-o", "remount,size=16m", disk])
        #expect(await preview.rebuild().succeeded)
        #expect(tree.snapshot("disk/output") == after)
    }
}
