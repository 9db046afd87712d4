import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The report over the years (Fixtures/progress-content: actuals across FY2024 and FY2025):
/// history charts, 最終更新日 from the content, one feed entry per actual, the actuals'
/// fiscal years in the open data; and the real report, which states no date and no actual, unchanged.
@Suite struct LivingReportTests {
    static func page(_ path: String) -> String { ProgressSiteTests.page(path) }

    /// The content set rendered with `site.yaml` changed by `edit`.
    static func rendered(_ edit: (String) -> String) -> [String: String] {
        var files = ProgressSiteTests.contentFiles()
        files["content/site.yaml"] = edit(files["content/site.yaml"] ?? "")
        let (bundle, _) = MiniSite.check(files)
        let themes = Repository.root.appendingPathComponent("themes").path
        guard let bundle, let theme = SiteTheme.load(name: "default", themesRoot: themes, fileIO: .local).theme else { return [:] }
        var texts: [String: String] = [:]
        for file in SiteRenderer.render(bundle, theme: theme).files { texts[file.path] = String(decoding: file.data, as: UTF8.self) }
        return texts
    }

    @Test func aKPIWithTwoOrMorePointsHasAHistoryChartInBothLanguages() throws {
        for prefix in ["", "easy/"] {
            let page = Self.page(prefix + "initiatives/online/index.html")
            #expect(page.components(separatedBy: "<figure class=\"chart chart-history\">").count == 5, "\(prefix): 4 KPIs with a history")
            let svg = Self.page(prefix + "charts/history-online-online-rate.svg")
            // Baseline, then three actuals over two fiscal years (bands named 令和6年度, 令和7年度); the target dashed.
            #expect(svg.components(separatedBy: "年度").count >= 4, "\(prefix)")
            #expect(svg.contains("stroke-dasharray=\"8 4\""), "\(prefix)")
            #expect(svg.contains("<path d=\"M"), "\(prefix)")
        }
        let standard = Self.page("charts/history-online-online-rate.svg")
        #expect(standard.contains(">令和6年度</text>") && standard.contains(">令和7年度</text>"))
        #expect(standard.contains("<title>「行政手続のオンライン化率」の推移</title>"))
        #expect(standard.contains("令和5年度実績は40%。2024年9月30日の実績は44%。2025年3月31日の実績は49%。2025年9月30日の実績は55%。目標の60%を横の破線で示しています。"))
        // The data table names each point's fiscal year.
        let page = Self.page("initiatives/online/index.html")
        #expect(page.contains("<tr><th scope=\"row\">2024年9月30日の実績</th><td>令和6年度</td><td>44%</td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">2025年9月30日の実績</th><td>令和7年度</td><td>55%</td></tr>"))
        // Easy: the chart's words are easy Japanese, with readings drawn above the kanji of dates.
        let easy = Self.page("easy/charts/history-online-waiting-days.svg")
        #expect(easy.contains("うつりかわり") && easy.contains("もくひょう"))
        let easyInline = Self.page("easy/initiatives/online/index.html")
        #expect(easyInline.contains("class=\"chart-ruby\""))
    }

    @Test func oneOrNoPointDrawsNoHistory() {
        // audit: its baseline counts another scope, so one actual is its only point.
        let network = Self.page("initiatives/network/index.html")
        #expect(network.contains("chart-history") && !network.contains("history-network-audit"))
        #expect(Self.page("charts/history-network-audit.svg").isEmpty)
        #expect(Self.page("charts/history-network-training.svg").isEmpty)
        // The real report has no actual: no history chart anywhere.
        for (path, html) in BuiltSite.shared.pages { #expect(!html.contains("chart-history"), "\(path)") }
        #expect(!BuiltSite.shared.files.keys.contains { $0.contains("charts/history-") })
    }

    @Test func historyPointsFollowTheProgressDates() {
        let kpi = ProgressCalculatorTests.kpi(target: 60, baseline: 46, actual: 51)
        let points = KPIHistoryChart.points(kpi, fiscalYear: FiscalYear(2024), words: .standard)
        // A baseline without a date stands at the day before the fiscal year, as progress counts it.
        #expect(points.map(\.date.iso) == ["2024-03-31", "2024-09-30"])
        #expect(points.map(\.isBaseline) == [true, false])
        #expect(KPIHistoryChart.hasHistory(kpi, fiscalYear: FiscalYear(2024)))
    }

    @Test func easyHistoryChartsReadEveryKanjiOfTheirUnits() {
        // 日 after a number is a counter (にち) the chart reads itself; 拠点 keeps the reading the label got.
        let days = Self.page("easy/charts/history-online-waiting-days.svg")
        #expect(days.contains(">にち</tspan>") && !days.contains(">ひ</tspan>"))
        let sites = Self.page("easy/charts/history-network-wireless.svg")
        #expect(sites.contains(">きょてん</tspan>"))
    }

    @Test func lastUpdatedIsTheLatestDateTheContentStates() {
        let stamp = "<p class=\"last-updated\">最終更新日：<time datetime=\"2025-09-30\">2025年9月30日（令和7年9月30日）</time></p>"
        for path in ["index.html", "kpis/index.html", "initiatives/online/index.html", "themes/base/index.html"] {
            #expect(Self.page(path).contains(stamp), "\(path)")
        }
        #expect(Self.page("easy/index.html").contains("class=\"last-updated\""))
        // Without as_of: a page shows the latest actual it shows; a page without figures, none.
        let files = Self.rendered { $0.replacingOccurrences(of: "  as_of: 2025-09-30\n", with: "") }
        #expect(files["initiatives/network/index.html"]?.contains("最終更新日：<time datetime=\"2025-09-30\">") == true)
        #expect(files["accessibility/index.html"]?.contains("last-updated") == false)
        #expect(files["schedule/index.html"]?.contains("last-updated") == false)
        // The real report states no date: no page shows one (never the build's clock).
        for (path, html) in BuiltSite.shared.pages { #expect(!html.contains("last-updated"), "\(path)") }
    }

    @Test func eachActualIsAFeedEntryWithItsOwnDateInBothLanguages() throws {
        for prefix in ["", "easy/"] {
            let feed = Self.page(prefix + "feed.xml")
            // 11 actuals and the report.
            #expect(feed.components(separatedBy: "<entry>").count - 1 == 12, "\(prefix)")
            #expect(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://dx.city.test/\(prefix)initiatives/online/#kpi-online-rate\"/>"))
            let entry = try #require(feed.components(separatedBy: "<entry>").first { $0.contains("2024-09-30:") && $0.contains("online-rate") })
            #expect(entry.contains("<updated>2024-09-30T00:00:00+09:00</updated>"), "\(prefix)")
        }
        let feed = Self.page("feed.xml")
        #expect(feed.contains("<summary>行政手続のオンライン化率 44%</summary>"))
        #expect(feed.contains("<id>tag:dx.city.test,2025-03-31:ja/actual/network/wireless</id>"))
    }

    @Test func kpiActualsCarryTheWholeSeriesWithFiscalYears() {
        let csv = Self.page("data/kpi_actuals.csv")
        let lines = csv.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.first?.contains("initiative_id,kpi_id,position,date,fiscal_year,value,") == true)
        #expect(lines.contains { $0.hasPrefix("online,online-rate,1,2024-09-30,2024,44,") })
        #expect(lines.contains { $0.hasPrefix("online,online-rate,3,2025-09-30,2025,55,") })
        #expect(lines.count == 12, "a header and 11 actuals")
        let package = Self.page("data/datapackage.json")
        #expect(package.contains("fiscal_year"))
    }
}
