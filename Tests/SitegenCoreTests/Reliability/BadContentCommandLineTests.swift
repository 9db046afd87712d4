import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The corpus through the real executable: exit status 1 (never a crash
/// signal), every expected error printed as `path:line:column: エラー[code]`
/// with a hint; usage errors exit 2.
@Suite struct BadContentCommandLineTests {
    /// A sample across the groups (running all cases would cost one process each).
    static let sample = ["tab used for indentation", "unclosed double quote", "alias expansion bomb", "Shift_JIS file",
                         "NUL byte", "percent sign in a number", "Reiwa date where an ISO date goes", "quarter Q5",
                         "path traversal id", "easy file changes a number", "50 MB file"]

    @Test(arguments: sample)
    func checkExitsOneWithEveryExpectedError(_ name: String) throws {
        let badCase = try #require(BadContentCorpus.cases.first { $0.name == name })
        let tree = try TestTree(files: [:], copyTheme: false)
        defer { tree.remove() }
        for (path, data) in badCase.files {
            let url = URL(fileURLWithPath: tree.path(path))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        let r = try SitegenBinary.run(["check"], in: tree.root)
        #expect(r.status == 1, "\(r.stderr)")
        for expected in badCase.expected where expected.contains(" E") {
            let parts = expected.split(separator: " ")
            #expect(r.stderr.contains("\(parts[0]): エラー[\(parts[1])]"), "\(expected) in\n\(r.stderr)")
        }
        #expect(r.stderr.contains("ヒント:"))
    }

    @Test func wrongUsageExitsTwo() throws {
        let tree = try TestTree(files: MiniSite.files, copyTheme: false)
        defer { tree.remove() }
        #expect(try SitegenBinary.run(["build", "--content"], in: tree.root).status == 2)
        #expect(try SitegenBinary.run(["check", "--format", "xml"], in: tree.root).status == 2)
    }

    @Test func everyCodeHasAJapaneseTitleAndHint() {
        for code in DiagnosticCode.allCases {
            #expect(!code.title.isEmpty)
            #expect(code.defaultHint.map { !$0.isEmpty } == true, "\(code.rawValue)")
        }
    }
}
