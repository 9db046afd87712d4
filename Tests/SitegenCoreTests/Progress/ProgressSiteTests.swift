import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The test content set (Fixtures/progress-content: actuals across FY2024 and FY2025)
/// built in memory: computed grades with their sentences, the ward's own grade, the
/// summary and the KPI overview, in both languages; and the real report shows no grade.
@Suite struct ProgressSiteTests {
    static let contentFolder = Repository.root.appendingPathComponent("Tests/SitegenCoreTests/Fixtures/progress-content")

    static func contentFiles() -> [String: String] {
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: contentFolder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "yaml" || url.pathExtension == "md" else { continue }
            let relative = String(url.path.dropFirst(contentFolder.path.count + 1))
            files["content/" + relative] = try? String(contentsOf: url, encoding: .utf8)
        }
        return files
    }

    static let built = build(contentFiles())

    /// Content files checked and rendered in memory: every output file as text, and every diagnostic.
    static func build(_ content: [String: String]) -> (files: [String: String], diagnostics: [Diagnostic]) {
        let (bundle, diagnostics) = MiniSite.check(content)
        let themes = Repository.root.appendingPathComponent("themes").path
        guard let bundle, let theme = SiteTheme.load(name: "default", themesRoot: themes, fileIO: .local).theme
        else { return ([:], diagnostics) }
        let (files, renderDiagnostics) = SiteRenderer.render(bundle, theme: theme)
        var texts: [String: String] = [:]
        for file in files { texts[file.path] = String(decoding: file.data, as: UTF8.self) }
        return (texts, diagnostics + renderDiagnostics)
    }

    static func page(_ path: String) -> String { built.files[path] ?? "" }

    @Test func theContentSetIsClean() {
        #expect(Self.built.diagnostics.isEmpty, "\(Self.built.diagnostics.map(\.description))")
        #expect(!Self.built.files.isEmpty)
    }

    @Test func computedGradesCarryTheirSentenceAndTheRule() {
        let page = Self.page("initiatives/online/index.html")
        #expect(page.contains("公表された数値からsitegenが計算した評価"))
        #expect(page.contains("2025年9月30日の実績55%は、基準値40%から目標60%までの75%の位置で、この日までの見込み（75%）の100%にあたるため、Aです。"))
        #expect(page.contains("2025年9月30日の実績24日は、基準値30日から目標10日までの30%の位置で、この日までの見込み（75%）の40%にあたるため、Cです。"))
        #expect(page.contains("ゼロから目標4件までの75%の位置"))
        #expect(page.contains("見込みの100%以上はA、80%以上はB、それより下はCとしています。"))
    }

    @Test func theWardsOwnGradeWinsAndIsSaidToBeTheWards() {
        let page = Self.page("initiatives/online/index.html")
        let row = page.components(separatedBy: "<tr id=\"kpi-satisfaction\"").dropFirst().first?.components(separatedBy: "</tr>").first ?? ""
        #expect(row.contains("B（おおむね順調）") && row.contains("区による評価") && !row.contains("sitegenが計算"))
    }

    @Test func figuresOfDifferentScopeAndKPIsWithoutActualsGetNoGrade() {
        let page = Self.page("initiatives/network/index.html")
        let audit = page.components(separatedBy: "<tr id=\"kpi-audit\"").dropFirst().first?.components(separatedBy: "</tr>").first ?? ""
        let training = page.components(separatedBy: "<tr id=\"kpi-training\"").dropFirst().first?.components(separatedBy: "</tr>").first ?? ""
        #expect(audit.hasSuffix(">なし</td>") && training.hasSuffix(">なし</td>"), "\(audit)\n\(training)")
    }

    @Test func easyPagesSayItInEasyJapanese() throws {
        // Read as text: furigana (<rt>) and tags left out.
        let page = Self.page("easy/initiatives/online/index.html")
            .replacingOccurrences(of: "<rt>[^<]*</rt>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        #expect(page.contains("予定は 75%で、75%まで 進みました。"))
        #expect(page.contains("区の 評価") && page.contains("発表された 数から 計算した 評価"))
        let words = ProgressWords.easy
        let progress = try #require(ProgressCalculator.outcome(ProgressCalculatorTests.kpi(target: 60, baseline: 46, actual: 51), in: FiscalYear(2024)).progress)
        let rule = EvaluationRule.effective(written: nil, scale: [], builtInScale: words.builtInScale).rule
        let sentences = [words.explanation(ProgressCalculatorTests.kpi(target: 60, baseline: 46, actual: 51), progress, "B"),
                         words.ruleSentence(rule, FiscalYear(2024)), words.awaiting + "。", words.notComputed + "。"]
            + ProgressGap.allGaps.compactMap(words.gap)
        for text in sentences {
            let found = SentenceSplitter.field(text, at: TextPosition(line: 1, column: 1), path: "x.easy.md", isLabel: false)
                .flatMap { EasyJapaneseRules.check($0, acronyms: []) }
            #expect(found.isEmpty, "\(text): \(found.map(\.description))")
        }
    }

    @Test func homeAndThemePagesOpenWithTheSummaryInBothLanguages() {
        for folder in ["", "easy/"] {
            let home = Self.page(folder + "index.html")
            let summary = home.range(of: "chart-progress-summary")
            let mission = home.range(of: "id=\"mission\"")
            #expect(summary != nil && mission != nil && summary!.lowerBound < mission!.lowerBound, "\(folder)")
            #expect(home.contains("xlink:href=\"initiatives/online/#kpi-online-rate\""), "\(folder)")
            let theme = Self.page(folder + "themes/base/index.html")
            #expect(theme.contains("chart-progress-summary") && theme.contains("../../initiatives/network/#kpi-migration"))
            #expect(!theme.contains("#kpi-online-rate"), "a theme's summary shows its own KPIs only")
        }
        let svg = Self.page("charts/progress-summary.svg")
        #expect(svg.contains("A（順調） 2件・B（おおむね順調） 1件・C（遅れている） 1件"))
        #expect(svg.contains("https://dx.city.test/initiatives/online/#kpi-online-rate"))
        // The easy chart's words are in kana (SVG text cannot carry furigana).
        let easySVG = Self.page("easy/charts/progress-summary.svg")
        #expect(!easySVG.isEmpty && !easySVG.contains("区民サービスの向上"))
    }

    @Test func theKPIListIsOneSortableTableOfEveryKPI() {
        let page = Self.page("kpis/index.html")
        #expect(page.components(separatedBy: "<table").count == 2)
        #expect(page.contains("<table class=\"kpi-overview\" data-sortable>"))
        for anchor in ["kpi-online-rate", "kpi-waiting-days", "kpi-satisfaction", "kpi-new-services", "kpi-wireless", "kpi-audit",
                       "kpi-migration", "kpi-training"] {
            #expect(page.contains("<tr id=\"\(anchor)\""), "\(anchor)")
        }
        #expect(page.contains("<script src=\"../assets/table-sort.js\" defer></script>"))
        #expect(Self.built.files["assets/table-sort.js"] != nil)
    }

    @Test func theOpenDataCarriesProgressAndGrade() {
        let csv = Self.page("data/kpis.csv")
        let header = csv.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        #expect(header.contains("progress_percent,expected_progress_percent,grade,grade_label,grade_source"))
        let online = csv.split(whereSeparator: \.isNewline).first { $0.hasPrefix("online,online-rate,") }.map(String.init) ?? ""
        #expect(online.contains(",75,75,A,順調,computed,"))
        let satisfaction = csv.split(whereSeparator: \.isNewline).first { $0.hasPrefix("online,satisfaction,") }.map(String.init) ?? ""
        #expect(satisfaction.contains(",B,おおむね順調,ward,"))
    }

    @Test func theRealReportShowsNoGrade() {
        let site = BuiltSite.shared
        for (path, html) in site.pages {
            #expect(!html.contains("sitegenが計算した評価") && !html.contains("class=\"grade\""), "\(path)")
        }
        #expect(site.text("index.html")?.contains("chart-progress-summary") == true)
    }
}

extension ProgressGap {
    static let allGaps: [ProgressGap] = [.differentScope, .noWayToCover, .noBaseline, .actualBeforeBaseline, .dueBeforeStart]
}
