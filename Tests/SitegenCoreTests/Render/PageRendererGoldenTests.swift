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
    /// Compares every produced file with Fixtures/render/. Run with
    /// SITEGEN_UPDATE_GOLDEN=1 to rewrite the golden files after an intended change;
    /// SITEGEN_PREVIEW_DIR=/some/dir also writes the site there to look at.
    @Test func outputMatchesGoldenFiles() throws {
        let (files, diagnostics) = try RenderFixture.renderSite()
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let environment = ProcessInfo.processInfo.environment
        if let preview = environment["SITEGEN_PREVIEW_DIR"] {
            for file in files { try FileIO.local.write(preview + "/" + file.path, file.data) }
        }
        let root = RenderFixture.goldenRoot
        if environment["SITEGEN_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(atPath: root)
            for file in files { try FileIO.local.write(root + "/" + file.path, file.data) }
        }
        let expected = try FileIO.local.walk(root).map(\.relative)
        #expect(expected == files.map(\.path), "the set of produced files changed")
        for file in files {
            let golden = FileManager.default.contents(atPath: root + "/" + file.path)
            #expect(golden == file.data, "\(file.path) differs from its golden file")
        }
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
