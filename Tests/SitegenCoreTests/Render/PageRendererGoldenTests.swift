import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite("PageRenderer golden output")
struct PageRendererGoldenTests {
    /// Fixtures/render/ holds exactly the produced files (see GoldenFolder; SITEGEN_UPDATE_GOLDEN=1
    /// rewrites them and fails). SITEGEN_PREVIEW_DIR=/some/dir also writes the site there to look at.
    @Test func outputMatchesGoldenFiles() throws {
        let (files, diagnostics) = try RenderFixture.renderSite()
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        if let preview = ProcessInfo.processInfo.environment["SITEGEN_PREVIEW_DIR"] {
            for file in files { try FileIO.local.write(preview + "/" + file.path, file.contents) }
        }
        try RenderFixture.golden.expectMatches(files)
    }

    @Test func renderingTwiceGivesIdenticalBytes() throws {
        let first = try RenderFixture.renderSite().files
        let second = try RenderFixture.renderSite().files
        #expect(first == second)
    }

    @Test func reportsRawHTMLOnceWithItsFileLine() throws {
        let diagnostics = try RenderFixture.renderSite().diagnostics
        let raw = diagnostics.filter { $0.code == .rawHTMLDropped }
        // `<b>` and `</b>` on body line 3 of initiative 1 (body starts on line 30).
        #expect(raw.map(\.location) == [
            SourceLocation(path: "content/initiatives/01-online-procedures.md", line: 32, column: 40),
            SourceLocation(path: "content/initiatives/01-online-procedures.md", line: 32, column: 45),
        ])
    }
}
