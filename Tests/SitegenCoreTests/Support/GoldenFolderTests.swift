import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The golden helper fails where it should: on changed, missing and stale files,
/// and always in record mode (after rewriting the folder).
@Suite struct GoldenFolderTests {
    /// A folder holding `same` (matching), `changed` (old bytes), `sub/stale` (no test makes it).
    static func folder() throws -> (TestTree, GoldenFolder) {
        let tree = try TestTree(files: ["golden/same.txt": "1", "golden/changed.txt": "old", "golden/sub/stale.txt": "x"],
                                copyTheme: false)
        return (tree, GoldenFolder(path: tree.path("golden")))
    }

    static let produced = [OutputFile(path: "changed.txt", text: "new"), OutputFile(path: "new.txt", text: "2"),
                           OutputFile(path: "same.txt", text: "1")]

    @Test func findsChangedMissingAndStaleFiles() throws {
        let (tree, golden) = try Self.folder()
        defer { tree.remove() }
        #expect(try golden.differences(from: Self.produced) == [
            .init(path: "changed.txt", kind: .changed), .init(path: "new.txt", kind: .missing),
            .init(path: "sub/stale.txt", kind: .stale),
        ])
    }

    @Test func aStaleFileAloneFailsTheCheck() throws {
        let (tree, golden) = try Self.folder()
        defer { tree.remove() }
        let matching = [OutputFile(path: "changed.txt", text: "old"), OutputFile(path: "same.txt", text: "1")]
        try withKnownIssue {
            try golden.expectMatches(matching, recording: false)
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("sub/stale.txt is a golden file that no test produces") }
        }
    }

    @Test func recordModeRewritesDeletesStaleFilesAndStillFails() throws {
        let (tree, golden) = try Self.folder()
        defer { tree.remove() }
        try withKnownIssue {
            try golden.expectMatches(Self.produced, recording: true)
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("golden files were rewritten; review the diff and rerun without SITEGEN_UPDATE_GOLDEN") }
        }
        #expect(tree.snapshot("golden") == ["changed.txt": Data("new".utf8), "new.txt": Data("2".utf8), "same.txt": Data("1".utf8)])
        #expect(!FileManager.default.fileExists(atPath: tree.path("golden/sub")), "the emptied folder goes too")
        try golden.expectMatches(Self.produced, recording: false)
    }

    @Test func recordModeFailsEvenWhenNothingChanged() throws {
        let (tree, golden) = try Self.folder()
        defer { tree.remove() }
        try golden.record(Self.produced)
        try withKnownIssue {
            try golden.expectMatches(Self.produced, recording: true)
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("nothing changed") }
        }
    }
}
