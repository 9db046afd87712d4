import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The accessibility page: conformance wording after WAIC's guideline, chosen
/// by the results file scripts/check-site writes, and the test results table.
@Suite("WebQuality accessibility page")
struct AccessibilityPageTests {
    static func results(findings: Int, date: String = "2025-01-15", axeFindings: Int? = nil) -> String {
        """
        {
          "format": 1,
          "date": "\(date)",
          "standard": "JIS X 8341-3:2016",
          "targetLevel": "AA",
          "widths": [1280, 360, 320],
          "pages": ["index.html", "easy/index.html", "initiatives/online/index.html"],
          "tools": [
            {"id": "vnu", "name": "Nu Html Checker", "version": "25.8.8", "scope": "html", "files": 3, "findings": 0},
            {"id": "axe", "name": "axe-core", "version": "4.12.1", "browser": "Chromium 156", "scope": "wcag", "files": 3,
             "findings": \(axeFindings ?? findings)}
          ],
          "criteria": [{"id": "1.4.3", "result": "\(findings > 0 ? "fail" : "pass")"}, {"id": "1.1.1", "result": "pass"},
                       {"id": "2.5.8", "result": "review"}],
          "findings": \(findings)
        }
        """
    }

    /// Builds the mini site with an optional results file; returns (ja page, easy page, diagnostics).
    static func build(results: String?) throws -> (ja: String, easy: String, diagnostics: [Diagnostic]) {
        var files = MiniSite.files
        if let results { files["content/" + AccessibilityResults.fileName] = results }
        let tree = try TestTree(files: files)
        defer { tree.remove() }
        let report = BuildPipeline.run(tree.options())
        let snapshot = tree.snapshot()
        let page = { (path: String) in snapshot[path].map { String(decoding: $0, as: UTF8.self) } ?? "" }
        // Easy pages carry furigana: compare their text without the readings.
        let easy = page("easy/accessibility/index.html")
            .replacingOccurrences(of: "<rt>[^<]*</rt>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "</?ruby>", with: "", options: .regularExpression)
        return (page("accessibility/index.html"), easy, report.diagnostics)
    }

    @Test func withoutResultsThePageSaysNotTestedAndConsidered() throws {
        let (ja, easy, diagnostics) = try Self.build(results: nil)
        #expect(!diagnostics.hasErrors)
        #expect(ja.contains("<strong>JIS X 8341-3:2016 の適合レベル AA に配慮</strong>"))
        #expect(ja.contains("試験はまだ実施していません。"))
        #expect(!ja.contains("id=\"results\""))
        #expect(easy.contains("まだ試験をしていません。"))
        #expect(ja.contains("【仮の文章】"), "the policy is marked as a placeholder")
    }

    @Test func passingResultsClaimConformanceWithTheTestDate() throws {
        let (ja, easy, diagnostics) = try Self.build(results: Self.results(findings: 0))
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        #expect(ja.contains("<strong>JIS X 8341-3:2016 の適合レベル AA に準拠</strong>"))
        #expect(ja.contains("<dt>試験日</dt><dd><time datetime=\"2025-01-15\">2025年1月15日（令和7年1月15日）</time></dd>"))
        #expect(ja.contains("<dt>試験したページ</dt><dd>3ページ"))
        #expect(ja.contains("<dt>画面の幅</dt><dd>1280px、360px、320px</dd>"))
        #expect(ja.contains("<th scope=\"row\">axe-core（Chromium 156）</th><td>4.12.1</td>"))
        #expect(ja.contains("<th scope=\"row\">1.4.3 コントラスト（最低限レベル）</th><td>AA</td><td>適合（自動試験）</td>"))
        #expect(ja.contains("<th scope=\"row\">1.2.1 音声のみ及び映像のみ（収録済）</th><td>A</td><td>対象外（人による確認が必要）</td>"))
        #expect(ja.contains("2.5.8 ターゲットのサイズ（最低限）（WCAG 2.1以降で追加）</th><td>AA</td><td>要確認（ツールで判定できず）</td>"))
        #expect(ja.contains("<li>https://example.jp/dx/initiatives/online/</li>"))
        #expect(ja.components(separatedBy: "<tr><th scope=\"row\">").count - 1 == 2 + WCAGCriteria.all.count)
        #expect(easy.contains("に準拠") && easy.contains("試験をした日"))
    }

    @Test func findingsMakeThePageSayPartlyConforming() throws {
        let (ja, _, _) = try Self.build(results: Self.results(findings: 3))
        #expect(ja.contains("<strong>JIS X 8341-3:2016 の適合レベル AA に一部準拠</strong>"))
        #expect(ja.contains("<strong>問題 3件</strong>"))
        #expect(ja.contains("<td><strong>不適合</strong></td>"))
        // A tool's findings alone also withhold the full claim.
        let (mixed, _, _) = try Self.build(results: Self.results(findings: 0, axeFindings: 1))
        #expect(mixed.contains("に一部準拠"))
    }

    @Test func aBrokenResultsFileWarnsAndThePageFallsBack() throws {
        for broken in ["not json", #"{"date": "2025-13-40"}"#, Self.results(findings: 0).replacingOccurrences(of: "\"1.4.3\"", with: "\"x\"")] {
            let (ja, _, diagnostics) = try Self.build(results: broken)
            #expect(!diagnostics.hasErrors)
            #expect(diagnostics.contains { $0.severity == .warning && $0.location.path.hasSuffix(AccessibilityResults.fileName) })
            #expect(ja.contains("に配慮"))
        }
    }

    @Test func theResultsFileIsNotReportedAsUnknownContent() {
        let (_, diagnostics) = MiniSite.check(MiniSite.files(replacing: ["content/" + AccessibilityResults.fileName: "{}"]))
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    }

    @Test func theCommittedResultsAreReadable() throws {
        let url = Repository.root.appendingPathComponent("content/" + AccessibilityResults.fileName)
        let data = try Data(contentsOf: url)
        let (results, diagnostics) = AccessibilityResults.parse(data, path: "content/" + AccessibilityResults.fileName)
        #expect(diagnostics.isEmpty)
        let parsed = try #require(results)
        #expect(parsed.tools.map(\.id) == ["vnu", "xmllint", "axe", "layout", "links", "frictionless"])
        #expect(parsed.pages.contains("accessibility/index.html") && parsed.pages.contains("easy/index.html"))
    }

    @Test func everyPageLinksToTheAccessibilityPage() {
        for page in BuiltSite.shared.pages {
            #expect(page.html.contains("アクセシビリティ</a></li>"), "\(page.path)")
        }
        let ja = BuiltSite.shared.text("accessibility/index.html") ?? ""
        #expect(ja.contains("id=\"results\""), "the committed results are shown")
    }
}
