import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite struct GanttChartTests {
    func render(asOf: String = "2024-10-15", text: ChartText = .standard, schedule: [ScheduleTask] = ChartFixtures.schedule) -> RenderedChart {
        GanttChart.render(initiative: ChartFixtures.initiative(schedule: schedule), fiscalYear: ChartFixtures.fiscalYear,
                          asOf: ChartFixtures.date(asOf), text: text, idPrefix: "gantt-it")
    }

    func overall(text: ChartText = .standard) -> RenderedChart {
        GanttChart.renderOverall(site: ChartFixtures.site(), text: text, idPrefix: "all") { initiative in
            SitePaths.relativeURL(from: SitePaths.schedule, to: SitePaths.initiative(initiative.id))
        }
    }

    func allCharts() -> [(String, RenderedChart)] {
        [("inside", render()), ("outside", render(asOf: "2025-05-01")), ("easy", render(text: .easy)),
         ("overall", overall()), ("overall-easy", overall(text: .easy))]
    }

    @Test func everySVGIsWellFormedAndNoTextOverflowsOrOverlaps() throws {
        for (name, chart) in allCharts() {
            for svg in [chart.inlineSVG, chart.standaloneSVG] {
                #expect(SVGInspection.wellFormednessErrors(svg) == [], "\(name)")
                let box = try #require(SVGInspection.viewBox(svg))
                let texts = SVGInspection.texts(svg)
                for drawn in texts {
                    #expect(drawn.left >= 0 && drawn.right <= box.width, "\(name): '\(drawn.text)' leaves the viewBox")
                    #expect(drawn.top >= 0 && drawn.bottom <= box.height, "\(name): '\(drawn.text)' leaves the viewBox")
                }
                for (index, drawn) in texts.enumerated() {
                    for other in texts[(index + 1)...] where drawn.overlaps(other) {
                        Issue.record("\(name): '\(drawn.text)' overlaps '\(other.text)'")
                    }
                }
            }
            #expect(XMLWellFormedness.check("<div>" + chart.figureHTML + "</div>") == [], "\(name)")
        }
    }

    @Test func longLabelsWrapInsteadOfOverflowing() {
        let svg = render().standaloneSVG
        #expect(svg.contains("<tspan"))
        #expect(!svg.contains(">システム管理台帳に基づくITリスク発見・抑制の仕組み構築<"))
        let lines = SVGInspection.texts(svg).map(\.text)
        #expect(lines.joined().contains("システム管理台帳に基づくITリスク発見・抑制の仕組み構築"))
        #expect(lines.contains("Fit&Gap分析※、対応"))
        #expect(lines.contains("新技術の探索・試行・導入・構築"))
        #expect(lines.contains("移行リハーサルと順次移行作業の実施"))
        #expect(lines.contains("▲口座振替登録オンライン化(2025年1月)"))
    }

    @Test func barsSitOnMonthBoundaries() {
        let svg = render().standaloneSVG
        // 12 months over 410 units: Q1 (April–June) runs from 222 to 324.5, minus 1 unit each side.
        #expect(svg.contains("<rect x=\"223\" y=\"") && svg.contains("width=\"100.5\" height=\"22\" fill=\"\(ChartPalette.bar)\""))
        #expect(svg.contains(">4～6月</text>") && svg.contains(">1～3月</text>"))
    }

    @Test func taskWithoutTimingSaysSo() {
        let chart = render()
        #expect(chart.standaloneSVG.contains(">スケジュールの公表なし</text>"))
        #expect(chart.textAlternative.contains("新たなシステム管理台帳の作成:スケジュールの公表なし。"))
        #expect(chart.dataTableHTML.contains("<tr><th scope=\"row\">新たなシステム管理台帳の作成</th><td colspan=\"2\">スケジュールの公表なし</td></tr>"))
        let easy = render(text: .easy)
        #expect(easy.standaloneSVG.contains(">予定は発表していません</text>"))
    }

    @Test func milestonesAndBarsAreDescribedInTimeOrder() {
        let chart = render()
        #expect(chart.textAlternative.contains("オンライン化推進:節目「デジタルアーカイブへの適用」(2024年4月～6月)、節目「口座振替登録オンライン化」(2025年1月)。"))
        #expect(chart.textAlternative.contains("Fit&Gap分析※、対応:Fit&Gap分析(2024年4月～6月)、移行リハーサルと順次移行作業の実施(2024年10月～2025年3月)。"))
        #expect(chart.textAlternative.contains("前年度からの基盤移行:旧基盤からの移行(2024年1月～6月)、実施期間(2025年1月～6月)。"))
        #expect(chart.dataTableHTML.contains("<tr><th scope=\"row\">オンライン化推進</th><td>節目「口座振替登録オンライン化」</td><td>2025年1月</td></tr>"))
        #expect(chart.standaloneSVG.contains("前年度から 旧基盤からの移行"))
        #expect(chart.standaloneSVG.contains(">翌年度へ続く</text>"))
    }

    @Test func asOfLineOnlyInsideTheYear() {
        let inside = render(asOf: "2024-10-15")
        #expect(inside.standaloneSVG.contains(">時点 2024年10月15日</text>"))
        #expect(inside.standaloneSVG.contains("stroke=\"\(ChartPalette.asOf)\""))
        #expect(inside.textAlternative.hasSuffix("2024年10月15日時点の予定です。"))
        let outside = render(asOf: "2025-05-01")
        #expect(!outside.standaloneSVG.contains("時点 2025年5月1日"))
        #expect(!outside.standaloneSVG.contains("stroke=\"\(ChartPalette.asOf)\""))
        #expect(outside.textAlternative.hasSuffix("2025年5月1日時点の予定です。"))
        // The first day of the year sits on the year's left edge.
        let first = render(asOf: "2024-04-01")
        #expect(first.standaloneSVG.contains("<line x1=\"222\" y1="))
    }

    @Test func overallChartGroupsByThemeAndLinksInitiatives() {
        let chart = overall()
        #expect(chart.inlineSVG.contains("<a xlink:href=\"../initiatives/online-procedures/\">"))
        #expect(chart.inlineSVG.contains("xmlns:xlink=\"http://www.w3.org/1999/xlink\""))
        #expect(chart.inlineSVG.contains("role=\"group\" aria-labelledby=\"all-title\" aria-describedby=\"all-desc\""))
        #expect(chart.standaloneSVG.contains("<a xlink:href=\"https://example.jp/initiatives/online-procedures/\">"))
        #expect(!chart.standaloneSVG.contains("aria-"))
        let svg = chart.standaloneSVG
        let service = svg.range(of: "① デジタル技術を活用した区民サービスの向上")
        let first = svg.range(of: "1. 行政手続のオンライン化拡大")
        let organization = svg.range(of: "④ 区政の変革を支える組織力の強化")
        let twelve = svg.range(of: "12. 情報資産の適正な管理に向けたITガバナンスの確立")
        #expect(service != nil && first != nil && organization != nil && twelve != nil)
        if let service, let first, let organization, let twelve {
            #expect(service.lowerBound < first.lowerBound && first.lowerBound < organization.lowerBound
                    && organization.lowerBound < twelve.lowerBound)
        }
        #expect(chart.dataTableHTML.contains("<th scope=\"rowgroup\" colspan=\"4\">① デジタル技術を活用した区民サービスの向上</th>"))
        #expect(chart.dataTableHTML.contains("<th scope=\"row\"><a href=\"../initiatives/online-procedures/\">1. 行政手続のオンライン化拡大</a></th>"))
        #expect(chart.textAlternative.contains("13. 関連機関と連携したICTツールの共通化・デジタル人材の共同化。スケジュールの公表なし。"))
        let easySite = ChartFixtures.site(language: Language(code: "easy", name: "やさしい日本語", path: "/easy/"))
        let easy = GanttChart.renderOverall(site: easySite, text: .easy, idPrefix: "all") { _ in nil }
        #expect(easy.standaloneSVG.contains("https://example.jp/easy/initiatives/online-procedures/"))
        #expect(!easy.inlineSVG.contains("xlink:href"))
        #expect(easy.inlineSVG.contains("role=\"img\""))
    }

    @Test func sameInputGivesIdenticalOutput() {
        for ((_, a), (_, b)) in zip(allCharts(), allCharts()) {
            #expect(a == b)
        }
    }

    @Test func coordinatesHaveAtMostTwoDecimals() {
        for (_, chart) in allCharts() {
            // Version numbers are not coordinates.
            let svg = chart.standaloneSVG.replacingOccurrences(of: "version=\"1.0\"", with: "")
                .replacingOccurrences(of: "version=\"1.1\"", with: "")
            var rest = Substring(svg)
            while let quote = rest.firstIndex(of: "\"") {
                let value = rest[rest.index(after: quote)...].prefix { $0 != "\"" }
                if let dot = value.firstIndex(of: "."), value.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) {
                    let decimals = value[value.index(after: dot)...]
                    #expect(decimals.count <= 2 && decimals.last != "0", "\(value)")
                }
                rest = rest[rest.index(after: quote)...].drop { $0 != "\"" }.dropFirst()
            }
        }
    }
}
