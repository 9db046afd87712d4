import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The write stage on a real folder: unchanged files are shared with the previous
/// site by hard links (never modified in place), and the old site is removed
/// without following symlinks.
@Suite struct StagingReuseTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-reuse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func inode(_ path: String) -> UInt64? { FileSignature.of(path)?.inode }

    @Test func unchangedFilesAreLinkedChangedOnesAreNewAndTheOldSiteIsUntouchedUntilTheSwap() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("output").path
        #expect(OutputWriter.write([OutputFile(path: "a/same.html", text: "same"), OutputFile(path: "changed.html", text: "v1"),
                                    OutputFile(path: "gone.html", text: "x")], to: output, io: .local).isEmpty)
        let sameInode = Self.inode(output + "/a/same.html")
        let changedInode = Self.inode(output + "/changed.html")

        let staging = try StagingSite.begin(output: output, io: .local).get()
        staging.add([OutputFile(path: "a/same.html", text: "same"), OutputFile(path: "changed.html", text: "v2"),
                     OutputFile(path: "new.html", text: "n")])
        // Before the swap the previous site is exactly as it was.
        #expect(try String(contentsOfFile: output + "/changed.html", encoding: .utf8) == "v1")
        #expect(FileManager.default.fileExists(atPath: output + "/gone.html"))
        #expect(staging.commit().isEmpty)

        #expect(Self.inode(output + "/a/same.html") == sameInode)
        #expect(Self.inode(output + "/changed.html") != changedInode)
        #expect(try String(contentsOfFile: output + "/changed.html", encoding: .utf8) == "v2")
        #expect(!FileManager.default.fileExists(atPath: output + "/gone.html"))
        #expect(FileSignature.of(output + "/a/same.html").map { _ in true } == true)
        // What stays beside the output is the staging folder for the next build: links to the output's files.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".sitegen") }
        #expect(leftovers.filter { !$0.hasPrefix(".sitegen-lock-") } == [".sitegen-staging-output"])
        #expect(StagingMirror.problem(staging: root.path + "/.sitegen-staging-output", output: output) == nil)
        #expect(Self.inode(root.path + "/.sitegen-staging-output/a/same.html") == sameInode)
        #expect(!FileManager.default.fileExists(atPath: root.path + "/.sitegen-staging-output/changed.html"))
        #expect(!FileManager.default.fileExists(atPath: root.path + "/.sitegen-staging-output/gone.html"))
    }

    @Test func aSymlinkInThePreviousSiteIsNeitherFollowedNorReused() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("output").path
        let secret = root.appendingPathComponent("secret.txt").path
        try Data("same".utf8).write(to: URL(fileURLWithPath: secret))
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: output + "/page.html", withDestinationPath: secret)
        try Data().write(to: URL(fileURLWithPath: output + "/" + OutputFolderGuard.markerName))
        #expect(OutputWriter.write([OutputFile(path: "page.html", text: "same")], to: output, io: .local).isEmpty)
        #expect(FileSignature.of(output + "/page.html")?.kind == .file)
        #expect(Self.inode(output + "/page.html") != Self.inode(secret))
        #expect(try String(contentsOfFile: secret, encoding: .utf8) == "same")
    }

    @Test func treeRemovalRemovesNestedFoldersButNotWhatSymlinksPointAt() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let keep = root.appendingPathComponent("keep")
        try FileManager.default.createDirectory(at: keep, withIntermediateDirectories: true)
        try Data("k".utf8).write(to: keep.appendingPathComponent("k.txt"))
        let tree = root.appendingPathComponent("tree").path
        for path in ["a/b/c/1.txt", "a/2.txt", "d/3.txt", "4.txt"] {
            let url = URL(fileURLWithPath: tree + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(path.utf8).write(to: url)
        }
        try FileManager.default.createSymbolicLink(atPath: tree + "/a/link", withDestinationPath: keep.path)
        try TreeRemoval.remove(tree)
        #expect(!FileManager.default.fileExists(atPath: tree))
        #expect(FileManager.default.fileExists(atPath: keep.appendingPathComponent("k.txt").path))
        try TreeRemoval.remove(tree) // nothing there: fine
    }
}
