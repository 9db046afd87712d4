import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite("SiteTheme")
struct SiteThemeTests {
    private func minimalTheme(_ overrides: [String: String] = [:]) -> [String: String] {
        var files: [String: String] = [:]
        for name in SiteTheme.requiredTemplates { files["themes/t/templates/\(name).mustache"] = "{{{content}}}" }
        files["themes/t/static/assets/style.css"] = "body{}"
        files["themes/t/static/img/logo.svg"] = "<svg/>"
        files["themes/t/strings/ja.yaml"] = FrameStringsLoaderTests.jaText
        for (key, value) in overrides { files[key] = value }
        return files
    }

    @Test func loadsTemplatesAndStaticFiles() {
        let (io, _) = FileIO.memory(minimalTheme())
        let (theme, diagnostics) = SiteTheme.load(name: "t", themesRoot: "themes", fileIO: io)
        #expect(diagnostics.isEmpty)
        #expect(theme?.templateNames == SiteTheme.requiredTemplates.sorted())
        #expect(theme?.staticFiles.map(\.path) == ["assets/style.css", "img/logo.svg"])
        #expect(theme?.render("page", TemplateContext(DataPageModel(content: HTML(rendered: "<p>x</p>"))))?.markup == "<p>x</p>")
    }

    @Test func aThemeWithoutStringsIsE070() {
        var files = minimalTheme()
        files["themes/t/strings/ja.yaml"] = nil
        let (io, _) = FileIO.memory(files)
        let (theme, diagnostics) = SiteTheme.load(name: "t", themesRoot: "themes", fileIO: io)
        #expect(theme == nil)
        #expect(diagnostics.map(\.code) == [.stringsFileMissing])
        #expect(diagnostics.first?.location.path == "themes/t/strings")
    }

    @Test func missingThemeIsADiagnostic() {
        let (io, _) = FileIO.memory(minimalTheme())
        let (theme, diagnostics) = SiteTheme.load(name: "nothere", themesRoot: "themes", fileIO: io)
        #expect(theme == nil)
        #expect(diagnostics.map(\.code) == [.themeMissing])
        #expect(diagnostics.first?.location.path == "themes/nothere")
    }

    @Test func templateSyntaxErrorIsADiagnosticWithItsLine() {
        let (io, _) = FileIO.memory(minimalTheme(["themes/t/templates/page.mustache": "<p>\n{{#open}}\n<b>x</b>\n"]))
        let (theme, diagnostics) = SiteTheme.load(name: "t", themesRoot: "themes", fileIO: io)
        #expect(theme == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.code == .templateError)
        #expect(diagnostics.first?.location.path == "themes/t/templates/page.mustache")
        #expect((diagnostics.first?.location.line ?? 0) > 1)
    }

    @Test func missingRequiredTemplateIsADiagnostic() {
        var files = minimalTheme()
        files["themes/t/templates/layout.mustache"] = nil
        let (io, _) = FileIO.memory(files)
        let (theme, diagnostics) = SiteTheme.load(name: "t", themesRoot: "themes", fileIO: io)
        #expect(theme == nil)
        #expect(diagnostics.map(\.code) == [.templateError])
        #expect(diagnostics.first?.location.path == "themes/t/templates/layout.mustache")
    }

    @Test func realDefaultThemeLoads() {
        let (theme, diagnostics) = SiteTheme.load(name: "default", themesRoot: RenderFixture.themesRoot, fileIO: .local)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(theme?.staticFiles.contains { $0.path == SitePaths.stylesheet } == true)
    }
}
