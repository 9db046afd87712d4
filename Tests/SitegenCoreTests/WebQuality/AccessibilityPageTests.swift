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
    /// A results file as `scripts/check-site --results` writes it. `criteria` nil: three criteria
    /// (1.4.3 pass or fail, 1.1.1 pass, 2.5.8 review); `source` is the fingerprint of the checked build.
    static func results(findings: Int, date: String = "2025-01-15", axeFindings: Int? = nil,
                        criteria: [(String, String)]? = nil, source: String? = nil) -> String {
        let list = criteria ?? [("1.4.3", findings > 0 ? "fail" : "pass"), ("1.1.1", "pass"), ("2.5.8", "review")]
        return """
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
          "criteria": [\(list.map { #"{"id": "\#($0.0)", "result": "\#($0.1)"}"# }.joined(separator: ", "))],
          "findings": \(findings)\(source.map { ",\n  \"source\": \"\($0)\"" } ?? "")
        }
        """
    }

    /// The build's input fingerprint, as the accessibility page carries it for the site check.
    static func source(in page: String) -> String? {
        guard let range = page.range(of: #"data-sitegen-source="[0-9a-f]+""#, options: .regularExpression) else { return nil }
        return String(page[range].dropFirst("data-sitegen-source=\"".count).dropLast())
    }

    /// Builds the mini site as the publish workflow does: once without results, then (when
    /// `results` is given) again with the results file, which gets the first build's fingerprint
    /// when `fresh` (a check of that very build). Returns (ja page, easy page, diagnostics of the last build).
    static func build(results: ((String) -> String)?) throws -> (ja: String, easy: String, diagnostics: [Diagnostic]) {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        var report = BuildPipeline.run(tree.options())
        if let results {
            let fingerprint = source(in: page(tree, "accessibility/index.html")) ?? ""
            try tree.write("content/" + AccessibilityResults.fileName, results(fingerprint))
            report = BuildPipeline.run(tree.options())
        }
        // Easy pages carry furigana: compare their text without the readings.
        let easy = page(tree, "easy/accessibility/index.html")
            .replacingOccurrences(of: "<rt>[^<]*</rt>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "</?ruby>", with: "", options: .regularExpression)
        return (page(tree, "accessibility/index.html"), easy, report.diagnostics)
    }

    static func page(_ tree: TestTree, _ path: String) -> String {
        tree.snapshot()[path].map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    static let everyCriterionPasses = WCAGCriteria.all.map { ($0.id, "pass") }

    @Test func withoutResultsThePageSaysNotTestedAndConsidered() throws {
        let (ja, easy, diagnostics) = try Self.build(results: nil)
        #expect(!diagnostics.hasErrors)
        #expect(ja.contains("<strong>JIS X 8341-3:2016 の適合レベル AA に配慮</strong>"))
        #expect(ja.contains("この版のサイトの試験は、まだ実施していません。そのため「配慮」と表記しています。"))
        #expect(!ja.contains("id=\"results\""))
        #expect(easy.contains("まだ調べていません。"))
        #expect(!ja.contains("【仮") && !easy.contains("【仮"), "the policy is the ward's, not a placeholder")
        #expect(Self.source(in: ja)?.count == 16)
    }

    @Test func everyCriterionWithAPassingResultClaimsConformance() throws {
        let (ja, easy, diagnostics) = try Self.build(results: {
            Self.results(findings: 0, criteria: Self.everyCriterionPasses, source: $0)
        })
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        #expect(ja.contains("<strong>JIS X 8341-3:2016 の適合レベル AA に準拠</strong>"))
        #expect(ja.contains("達成基準\(WCAGCriteria.all.count)件すべてについて、満たしていることを試験で確かめました。"))
        #expect(ja.contains("<dt>試験日</dt><dd><time datetime=\"2025-01-15\">2025年1月15日（令和7年1月15日）</time></dd>"))
        #expect(ja.contains("<dt>試験したページ</dt><dd>3ページ"))
        #expect(ja.contains("<dt>画面の幅</dt><dd>1280px、360px、320px</dd>"))
        #expect(ja.contains("<th scope=\"row\">axe-core（Chromium 156）</th><td>4.12.1</td>"))
        #expect(ja.contains("<li>https://dx.city.test/initiatives/online/</li>"))
        #expect(ja.components(separatedBy: "<tr><th scope=\"row\">").count - 1 == 2 + WCAGCriteria.all.count)
        #expect(easy.contains("に準拠") && easy.contains("調べた日"))
    }

    /// WAIC: 準拠 only when every criterion has a result. Criteria no tool can judge keep the claim at 一部準拠.
    @Test func passingToolsWithUntestedCriteriaClaimOnlyPartialConformance() throws {
        let (ja, easy, diagnostics) = try Self.build(results: { Self.results(findings: 0, source: $0) })
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        #expect(ja.contains("<strong>JIS X 8341-3:2016 の適合レベル AA に一部準拠</strong>"))
        #expect(!ja.contains("に準拠</strong>"))
        let untested = WCAGCriteria.all.count - 2
        #expect(ja.contains("達成基準\(WCAGCriteria.all.count)件のうち、満たしていることを試験で確かめたのは2件です。残りの\(untested)件は、まだ確かめていません"))
        #expect(ja.contains("<th scope=\"row\">1.4.3 コントラスト（最低限レベル）</th><td>AA</td><td>適合（自動試験）</td>"))
        #expect(ja.contains("<th scope=\"row\">1.2.1 音声のみ及び映像のみ（収録済）</th><td>A</td><td>未確認（自動の試験ツールでは判定できないもの）</td>"))
        #expect(ja.contains("2.5.8 ターゲットのサイズ（最低限）（WCAG 2.1以降で追加）</th><td>AA</td><td>未確認（ツールが人による確認を求めたもの）</td>"))
        #expect(!ja.contains("対象外"), "an untested criterion is not 'not applicable'")
        #expect(easy.contains("に一部準拠") && easy.contains("まだ確かめていません"))
        #expect(!ja.contains("scripts/") && !easy.contains("scripts/"), "no internal tool path on the page")
    }

    @Test func findingsMakeThePageSayPartlyConforming() throws {
        let (ja, _, _) = try Self.build(results: { Self.results(findings: 3, source: $0) })
        #expect(ja.contains("<strong>JIS X 8341-3:2016 の適合レベル AA に一部準拠</strong>"))
        #expect(ja.contains("<strong>問題 3件</strong>"))
        #expect(ja.contains("<td><strong>不適合</strong></td>"))
        #expect(ja.contains("1件は満たしていませんでした。"))
        // A tool's findings alone also withhold the full claim.
        let (mixed, _, _) = try Self.build(results: {
            Self.results(findings: 0, axeFindings: 1, criteria: Self.everyCriterionPasses, source: $0)
        })
        #expect(mixed.contains("に一部準拠"))
    }

    /// Results of another build (content changed since, an old committed file, a file without
    /// a fingerprint) are never shown as verified.
    @Test func staleResultsAreSetAsideWithAWarning() throws {
        for stale in [Self.results(findings: 0, criteria: Self.everyCriterionPasses, source: "00000000deadbeef"),
                      Self.results(findings: 0, criteria: Self.everyCriterionPasses)] {
            let (ja, easy, diagnostics) = try Self.build(results: { _ in stale })
            #expect(diagnostics.map(\.code) == [.staleAccessibilityResults], "\(diagnostics.map(\.description))")
            #expect(diagnostics.first?.location.path.hasSuffix(AccessibilityResults.fileName) == true)
            #expect(ja.contains("に配慮</strong>") && !ja.contains("id=\"results\"") && !ja.contains("2025年1月15日"))
            #expect(easy.contains("に配慮"))
        }
    }

    @Test func changingTheContentAfterTheCheckMakesTheResultsStale() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        _ = BuildPipeline.run(tree.options())
        let fingerprint = Self.source(in: Self.page(tree, "accessibility/index.html")) ?? ""
        try tree.write("content/" + AccessibilityResults.fileName,
                       Self.results(findings: 0, criteria: Self.everyCriterionPasses, source: fingerprint))
        try tree.write("content/pages/about.md", "---\nid: about\ntitle: このサイトについて\n---\n書き直した本文です。\n")
        let report = BuildPipeline.run(tree.options())
        #expect(report.diagnostics.contains { $0.code == .staleAccessibilityResults })
        #expect(Self.page(tree, "accessibility/index.html").contains("に配慮</strong>"))
    }

    @Test func aBrokenResultsFileWarnsAndThePageFallsBack() throws {
        for broken in ["not json", #"{"date": "2025-13-40"}"#, Self.results(findings: 0).replacingOccurrences(of: "\"1.4.3\"", with: "\"x\"")] {
            let (ja, _, diagnostics) = try Self.build(results: { _ in broken })
            #expect(!diagnostics.hasErrors)
            #expect(diagnostics.contains { $0.severity == .warning && $0.location.path.hasSuffix(AccessibilityResults.fileName) })
            #expect(ja.contains("に配慮"))
        }
    }

    @Test func theResultsFileIsNotReportedAsUnknownContent() {
        let (_, diagnostics) = MiniSite.check(MiniSite.files(replacing: ["content/" + AccessibilityResults.fileName: "{}"]))
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    }

    /// Results belong to one build of one version: they are never committed.
    @Test func theResultsFileIsNotCommitted() throws {
        let ignore = try String(contentsOf: Repository.root.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(ignore.contains("/content/" + AccessibilityResults.fileName))
    }

    @Test func everyPageLinksToTheAccessibilityPage() {
        for page in BuiltSite.shared.pages {
            // Easy pages name it in easy words, the term after them in brackets.
            #expect(page.html.contains("アクセシビリティ</a></li>") || page.html.contains("アクセシビリティ）</a></li>"), "\(page.path)")
        }
    }
}
