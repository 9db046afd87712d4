import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The staging folder kept from one build to the next (StagingSite, RecycledFolder): a rebuild
/// makes no folder and no link that the last build left in it, yet the published site is only ever
/// replaced whole, and nothing in the kept folder is written through or trusted for its bytes.
@Suite struct StagingRecyclingTests {
    struct Site {
        let root: URL
        var output: String { root.path + "/output" }
        var staging: String { root.path + "/.sitegen-staging-output" }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-recycle-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }

        /// One whole write of `files` (path → text), as a build makes it.
        func write(_ files: [String: String]) -> [Diagnostic] {
            OutputWriter.write(files.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, text: $0.value) },
                               to: output, io: .local)
        }

        func text(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }
        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    static let site = ["index.html": "home", "initiatives/a/index.html": "a", "initiatives/b/index.html": "b",
                       "charts/a.svg": "<svg/>"]

    static func inode(_ path: String) -> UInt64? { FileSignature.of(path)?.inode }

    @Test func aRebuildKeepsTheFoldersAndLinksTheLastBuildLeft() throws {
        let site = try Site()
        defer { site.remove() }
        for _ in 0..<3 { #expect(site.write(Self.site).isEmpty) }
        #expect(StagingMirror.problem(staging: site.staging, output: site.output) == nil)
        // Three builds of one site: every file and folder of the kept folder is the one the second build made.
        let folderInode = Self.inode(site.staging + "/initiatives/a")
        let kept = Self.inode(site.staging + "/initiatives/a/index.html")
        #expect(kept != nil && kept == Self.inode(site.output + "/initiatives/a/index.html"))
        #expect(site.write(Self.site).isEmpty)
        // The swap exchanged the two folders: the one that was published is now the kept one.
        #expect(Self.inode(site.output + "/initiatives/a") == folderInode)
        #expect(Self.inode(site.output + "/initiatives/a/index.html") == kept)
        #expect(Self.inode(site.staging + "/initiatives/a/index.html") == kept)
        #expect(StagingMirror.problem(staging: site.staging, output: site.output) == nil)
    }

    @Test func changedGoneAndNewPagesLeaveTheKeptFolderAMirrorOfTheOutput() throws {
        let site = try Site()
        defer { site.remove() }
        for _ in 0..<2 { #expect(site.write(Self.site).isEmpty) }
        var next = Self.site
        next["initiatives/a/index.html"] = "a, changed"
        next["initiatives/b/index.html"] = nil
        next["initiatives/c/index.html"] = "c"
        #expect(site.write(next).isEmpty)
        #expect(site.text(site.output + "/initiatives/a/index.html") == "a, changed")
        #expect(!FileManager.default.fileExists(atPath: site.output + "/initiatives/b"))
        #expect(site.text(site.output + "/initiatives/c/index.html") == "c")
        #expect(StagingMirror.problem(staging: site.staging, output: site.output) == nil)
        // The old page is not kept (it would hold the old bytes), nor the folder of the page that is gone.
        #expect(!FileManager.default.fileExists(atPath: site.staging + "/initiatives/a/index.html"))
        #expect(!FileManager.default.fileExists(atPath: site.staging + "/initiatives/b"))
        // And the next build of the same site publishes it the same.
        #expect(site.write(next).isEmpty)
        #expect(TestTree.files(below: site.output) == next.mapValues { Data($0.utf8) }.merging(
            [OutputFolderGuard.markerName: Data(OutputFolderGuard.markerText.utf8)]) { a, _ in a })
    }

    @Test func aPublishedFileEditedInPlaceIsReplacedNotWrittenThroughItsLink() throws {
        let site = try Site()
        defer { site.remove() }
        for _ in 0..<2 { #expect(site.write(Self.site).isEmpty) }
        // The kept folder's copy is the published file itself: editing one edits both.
        let page = "/initiatives/a/index.html"
        #expect(Self.inode(site.staging + page) == Self.inode(site.output + page))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: site.output + page))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(" (edited by hand)".utf8))
        try handle.close()

        let staging = try StagingSite.begin(output: site.output, io: .local).get()
        staging.add(Self.site.map { OutputFile(path: $0.key, text: $0.value) })
        // Before the swap, the published site is as it was, hand edit included.
        #expect(site.text(site.output + page) == "a (edited by hand)")
        #expect(site.text(site.staging + page) == "a")
        #expect(staging.commit().isEmpty)
        #expect(site.text(site.output + page) == "a")
        #expect(StagingMirror.problem(staging: site.staging, output: site.output) == nil)
    }

    @Test func symlinksPlantedInTheKeptFolderAreRemovedNotFollowed() throws {
        let site = try Site()
        defer { site.remove() }
        for _ in 0..<2 { #expect(site.write(Self.site).isEmpty) }
        let outside = site.root.path + "/outside"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: outside + "/index.html"))
        try Data("mine".utf8).write(to: URL(fileURLWithPath: outside + "/a.svg"))
        let fm = FileManager.default
        // A file and a folder of the site replaced by symlinks to the user's files and folder.
        try fm.removeItem(atPath: site.staging + "/index.html")
        try fm.createSymbolicLink(atPath: site.staging + "/index.html", withDestinationPath: outside + "/index.html")
        try fm.removeItem(atPath: site.staging + "/charts")
        try fm.createSymbolicLink(atPath: site.staging + "/charts", withDestinationPath: outside)
        var next = Self.site
        next["index.html"] = "home, changed"
        next["charts/a.svg"] = "<svg>changed</svg>"
        #expect(site.write(next).isEmpty)
        #expect(site.text(outside + "/index.html") == "mine")
        #expect(site.text(outside + "/a.svg") == "mine")
        #expect(site.text(site.output + "/index.html") == "home, changed")
        #expect(FileSignature.of(site.output + "/charts")?.kind == .directory)
        #expect(site.text(site.output + "/charts/a.svg") == "<svg>changed</svg>")
        #expect(StagingMirror.problem(staging: site.staging, output: site.output) == nil)
    }

    @Test func aPageThatBecameAFolderAndAFolderThatBecameAPageAreBothWritten() throws {
        let site = try Site()
        defer { site.remove() }
        let before = ["index.html": "home", "news": "a file", "about/index.html": "about"]
        for _ in 0..<2 { #expect(site.write(before).isEmpty) }
        // The kept folder has "news" as a file and "about" as a folder: the new site needs the opposite.
        #expect(FileSignature.of(site.staging + "/news")?.kind == .file)
        let after = ["index.html": "home", "news/index.html": "news page", "about": "a file now"]
        #expect(site.write(after).isEmpty)
        #expect(site.text(site.output + "/news/index.html") == "news page")
        #expect(site.text(site.output + "/about") == "a file now")
        #expect(StagingMirror.problem(staging: site.staging, output: site.output) == nil)
    }

    @Test func aFailedBuildLeavesThePublishedSiteAndTheNextBuildStillWorks() throws {
        let site = try Site()
        defer { site.remove() }
        for _ in 0..<2 { #expect(site.write(Self.site).isEmpty) }
        let published = TestTree.files(below: site.output)
        let staging = try StagingSite.begin(output: site.output, io: .local).get()
        staging.add([OutputFile(path: "index.html", text: "half a site")])
        staging.abandon()
        #expect(TestTree.files(below: site.output) == published)
        var next = Self.site
        next["index.html"] = "home, changed"
        #expect(site.write(next).isEmpty)
        #expect(site.text(site.output + "/index.html") == "home, changed")
        #expect(StagingMirror.problem(staging: site.staging, output: site.output) == nil)
    }

    @Test func theInMemoryFileSystemStillStartsAnEmptyStagingFolderEachTime() {
        let (io, store) = FileIO.memory(["out/old.html": "old", "out/.sitegen-output": ""])
        #expect(OutputWriter.write([OutputFile(path: "index.html", text: "new")], to: "out", io: io).isEmpty)
        #expect(store.paths == ["out/.sitegen-output", "out/index.html"])
    }

    @Test func foldersHoldingTheFilesAreEveryAncestor() {
        #expect(StagingSite.folders(holding: ["a/b/c.html", "a/d.html", "e.html", "a/b/f/g.html"])
                == ["a", "a/b", "a/b/f"])
    }
}
