import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Compares generated charts with the files under Fixtures/charts/.
/// Regenerate them with `SITEGEN_UPDATE_GOLDEN=1 swift test --filter ChartGoldenTests` (which
/// then fails on purpose), look at the diff (and the pictures), and rerun without it.
@Suite struct ChartGoldenTests {
    /// Every golden chart: file name → content.
    static func goldenFiles() -> [(name: String, content: String)] {
        var files: [(String, String)] = []
        for kpi in ChartFixtures.allKPIs {
            let chart = KPIChart.render(kpi: kpi, evaluationScale: ChartFixtures.evaluationScale, text: .standard,
                                        idPrefix: "kpi-\(kpi.id)")
            files.append(("kpi-\(kpi.id).svg", chart.standaloneSVG))
            files.append(("kpi-\(kpi.id).figure.html", chart.figureHTML + "\n"))
        }
        // Easy charts as a build draws them: the dates' kanji with their readings above.
        let easyText = ChartText.forLanguage(Language(code: "easy", name: "やさしい日本語", path: "/easy/"))
        let easyKPI = KPIChart.render(kpi: ChartFixtures.findings, evaluationScale: [], text: easyText, idPrefix: "kpi-findings")
        files.append(("kpi-findings.easy.svg", easyKPI.standaloneSVG))
        let initiative = ChartFixtures.initiative()
        for (name, asOf) in [("inside", "2024-10-15"), ("outside", "2025-05-01")] {
            let chart = GanttChart.render(initiative: initiative, fiscalYear: ChartFixtures.fiscalYear,
                                          asOf: ChartFixtures.date(asOf), text: .standard, idPrefix: "gantt")
            files.append(("gantt-asof-\(name).svg", chart.standaloneSVG))
            files.append(("gantt-asof-\(name).figure.html", chart.figureHTML + "\n"))
        }
        let easyGantt = GanttChart.render(initiative: initiative, fiscalYear: ChartFixtures.fiscalYear,
                                          asOf: ChartFixtures.date("2024-10-15"), text: easyText, idPrefix: "gantt")
        files.append(("gantt.easy.svg", easyGantt.standaloneSVG))
        let site = ChartFixtures.site()
        let overall = GanttChart.renderOverall(site: site, text: .standard, idPrefix: "gantt-all") { initiative in
            SitePaths.relativeURL(from: SitePaths.schedule, to: SitePaths.initiative(initiative.id))
        }
        files.append(("gantt-all.svg", overall.standaloneSVG))
        files.append(("gantt-all.figure.html", overall.figureHTML + "\n"))
        return files.sorted { $0.0 < $1.0 }
    }

    /// Fixtures/charts/ holds exactly these files; a chart file no test draws fails as stale.
    @Test func chartsMatchGoldenFiles() throws {
        let files = Self.goldenFiles().map { OutputFile(path: $0.name, text: $0.content) }
        try GoldenFolder(fixture: "charts").expectMatches(files)
    }

    @Test func goldenFilesAreDeterministic() {
        let first = Self.goldenFiles()
        let second = Self.goldenFiles()
        #expect(first.map(\.content) == second.map(\.content))
        #expect(first.count == 24)
    }
}
