import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// `sitegen build --release` refuses every kind of placeholder (with the file and line),
/// `sitegen check` warns about each, and the real content passes.
@Suite struct ReleaseBuildTests {
    static let realURL = "https://www.city.meguro.tokyo.jp/dx/"

    /// A release build of the mini site with `replacing` files; its diagnostics and whether output/ was written.
    static func release(_ replacing: [String: String], baseURL: String? = realURL,
                        site: (String) -> String = { $0 }) throws -> (diagnostics: [Diagnostic], wrote: Bool) {
        var files = MiniSite.files(replacing: replacing)
        files["content/site.yaml"] = site(files["content/site.yaml"] ?? "")
        let tree = try TestTree(files: files)
        defer { tree.remove() }
        var options = tree.options()
        options.baseURL = baseURL
        options.release = true
        let report = BuildPipeline.run(options)
        return (report.diagnostics, FileManager.default.fileExists(atPath: tree.path("output/index.html")))
    }

    static let initiative = "content/initiatives/01-online.md"

    @Test func theMiniSitePassesARelease() throws {
        let (diagnostics, wrote) = try Self.release([:])
        #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.description))")
        #expect(wrote)
    }

    @Test func provisionalTextIsRefusedAtItsLine() throws {
        let text = MiniSite.files[Self.initiative]!.replacingOccurrences(of: "summary: 申請できる手続を増やす。",
                                                                        with: "summary: 【仮】申請できる手続を増やす。")
        let (diagnostics, wrote) = try Self.release([Self.initiative: text])
        let refusal = try #require(diagnostics.first { $0.code == .placeholderRefused })
        #expect(refusal.location.path.hasSuffix("initiatives/01-online.md"))
        #expect(refusal.location.line == 7 && refusal.location.column == 10, "\(refusal.location)")
        #expect(refusal.message.contains("公開用のビルド"))
        #expect(!wrote)
    }

    @Test func aProvisionalMarkInAYAMLCommentIsNotText() throws {
        let text = MiniSite.files[Self.initiative]!.replacingOccurrences(of: "number: 1", with: "number: 1   # 【仮】番号は後で決める")
        let (diagnostics, wrote) = try Self.release([Self.initiative: text])
        #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.description))")
        #expect(wrote)
    }

    @Test func theTemplateOfSitegenNewIsRefused() throws {
        let text = MiniSite.files[Self.initiative]!.replacingOccurrences(of: "title: 行政手続のオンライン化",
                                                                        with: "title: " + TemplateText.title)
        let (diagnostics, wrote) = try Self.release([Self.initiative: text])
        let refusal = try #require(diagnostics.first { $0.code == .templateTextRefused })
        #expect(refusal.location.line == 5 && refusal.location.column == 8)
        #expect(!wrote)
    }

    @Test func anExampleBaseURLIsRefusedInTheContentAndOnTheCommandLine() throws {
        let inContent = try Self.release([:], baseURL: nil) {
            $0.replacingOccurrences(of: "base_url: https://dx.city.test/", with: "base_url: https://meguro-dx.example.jp/")
        }
        #expect(inContent.diagnostics.contains { $0.code == .exampleURLRefused && $0.location.path.hasSuffix("site.yaml") && $0.location.line > 1 })
        #expect(!inContent.wrote)
        let override = try Self.release([:], baseURL: "https://www.city.example.jp/dx/")
        #expect(override.diagnostics.contains { $0.code == .exampleURLRefused && $0.location.path == "--base-url" })
        #expect(!override.wrote)
    }

    @Test func aReleaseWithoutABaseURLIsRefused() throws {
        let (diagnostics, wrote) = try Self.release([:], baseURL: nil) {
            $0.replacingOccurrences(of: "  base_url: https://dx.city.test/\n", with: "")
        }
        #expect(diagnostics.map(\.code) == [.releaseWithoutBaseURL], "\(diagnostics.map(\.description))")
        #expect(!wrote)
    }

    @Test func provisionalTextInAThemeTemplateIsRefused() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let template = tree.path("themes/default/templates/accessibility.mustache")
        let original = try String(contentsOfFile: template, encoding: .utf8)
        try (original + "<p>【仮の文章】この方針は仮です。</p>\n").write(toFile: template, atomically: true, encoding: .utf8)
        var options = tree.options()
        options.release = true
        let report = BuildPipeline.run(options)
        let refusal = try #require(report.diagnostics.first { $0.code == .placeholderRefused })
        #expect(refusal.location.path.hasSuffix("templates/accessibility.mustache"))
        #expect(refusal.location.line == original.split(separator: "\n", omittingEmptySubsequences: false).count)
        // Without --release the same site builds (check warns instead).
        options.release = false
        #expect(BuildPipeline.run(options).succeeded)
        #expect(PlaceholderScan.scanTemplates(themeFolder: tree.path("themes/default"), io: .local).map(\.code) == [.placeholderText])
    }

    /// `sitegen check` reports each kind as a warning (an error with --strict).
    @Test func checkWarnsAboutEachKind() {
        var files = MiniSite.files
        files[Self.initiative] = files[Self.initiative]!
            .replacingOccurrences(of: "summary: 申請できる手続を増やす。", with: "summary: 【仮】申請できる手続を増やす。")
            .replacingOccurrences(of: "title: 行政手続のオンライン化", with: "title: " + TemplateText.title)
        files["content/site.yaml"] = files["content/site.yaml"]!
            .replacingOccurrences(of: "base_url: https://dx.city.test/", with: "base_url: https://example.jp/dx/")
        let (_, diagnostics) = MiniSite.check(files)
        #expect(Set(diagnostics.map(\.code)) == [.placeholderText, .templateText, .exampleURL], "\(diagnostics.map(\.description))")
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
    }

    /// The file `sitegen new initiative` writes is refused until its sentences are replaced.
    @Test func aNewInitiativeFileIsRefusedUntilWritten() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        guard case .success(let made) = NewInitiative.create(slug: "new-one", contentPath: tree.path("content"), io: .local) else {
            Issue.record("sitegen new failed"); return
        }
        var options = tree.options()
        options.release = true
        let codes = BuildPipeline.run(options).diagnostics.filter { $0.location.path == made.path }.map(\.code)
        #expect(codes.filter { $0 == .templateTextRefused }.count >= 4, "\(codes)")
    }

    /// The real content, with the publish URL given, passes a release (no placeholder left).
    @Test func theRealContentPassesARelease() {
        let root = Repository.root.path
        let options = BuildOptions(contentPath: root + "/content", outputPath: root + "/.build/unused-release-output",
                                   themesPath: root + "/themes", baseURL: Self.realURL, release: true)
        #expect(ReleaseCheck.refusals(options, io: .local).isEmpty, "\(ReleaseCheck.refusals(options, io: .local).map(\.description))")
        var withoutURL = options
        withoutURL.baseURL = nil
        #expect(ReleaseCheck.refusals(withoutURL, io: .local).map(\.code) == [.releaseWithoutBaseURL])
    }

    @Test func exampleHostsAreRecognised() {
        for url in ["https://example.jp/", "https://www.city.example.jp/dx/", "http://example.com", "https://a.example.org/x/",
                    "https://site.example/", "https://example.net:8080/"] {
            #expect(BaseURL.isExample(url), "\(url)")
        }
        for url in ["https://www.city.meguro.tokyo.jp/dx/", "https://examples.jp/", "https://myexample.com/", "http://127.0.0.1:8000/"] {
            #expect(!BaseURL.isExample(url), "\(url)")
        }
    }
}
