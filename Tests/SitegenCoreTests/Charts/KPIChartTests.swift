import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite struct KPIChartTests {
    func render(_ kpi: KPI, text: ChartText = .standard) -> RenderedChart {
        KPIChart.render(kpi: kpi, evaluationScale: ChartFixtures.evaluationScale, text: text, idPrefix: "kpi-\(kpi.id)")
    }

    @Test(arguments: ChartFixtures.allKPIs.map(\.id))
    func everySVGIsWellFormedAndFitsItsViewBox(id: String) throws {
        let kpi = try #require(ChartFixtures.allKPIs.first { $0.id == id })
        for text in [ChartText.standard, .easy] {
            let chart = render(kpi, text: text)
            for svg in [chart.inlineSVG, chart.standaloneSVG] {
                #expect(SVGInspection.wellFormednessErrors(svg) == [])
                let box = try #require(SVGInspection.viewBox(svg))
                let texts = SVGInspection.texts(svg)
                #expect(!texts.isEmpty)
                for drawn in texts {
                    #expect(drawn.left >= 0 && drawn.right <= box.width, "\(drawn.text) leaves the viewBox horizontally")
                    #expect(drawn.top >= 0 && drawn.bottom <= box.height, "\(drawn.text) leaves the viewBox vertically")
                }
                for (index, drawn) in texts.enumerated() {
                    for other in texts[(index + 1)...] where drawn.overlaps(other) {
                        Issue.record("\(id): '\(drawn.text)' overlaps '\(other.text)'")
                    }
                }
            }
            #expect(XMLWellFormedness.check("<div>" + chart.figureHTML + "</div>") == [])
        }
    }

    @Test func inlineAndStandaloneFormsDiffer() {
        let chart = render(ChartFixtures.onlineRate)
        #expect(chart.inlineSVG.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(chart.inlineSVG.contains("role=\"img\" aria-labelledby=\"kpi-online-rate-title kpi-online-rate-desc\""))
        #expect(chart.inlineSVG.contains("<title id=\"kpi-online-rate-title\">行政手続のオンライン化率</title>"))
        #expect(chart.inlineSVG.contains("<desc id=\"kpi-online-rate-desc\">"))
        #expect(chart.inlineSVG.contains("width=\"100%\""))
        let rootTag = chart.inlineSVG.prefix { $0 != ">" }
        #expect(!rootTag.contains(" height=") && !rootTag.contains("width=\"640\""))
        #expect(chart.standaloneSVG.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!chart.standaloneSVG.contains("aria-"))
        #expect(!chart.standaloneSVG.contains("role="))
        #expect(!chart.standaloneSVG.contains("<style"))
        #expect(chart.standaloneSVG.contains("<title>行政手続のオンライン化率</title>"))
        #expect(chart.figureHTML.hasPrefix("<figure class=\"chart chart-kpi\">\n<figcaption>行政手続のオンライン化率</figcaption>"))
        #expect(chart.figureHTML.contains("<details class=\"chart-data-details\"><summary>グラフのデータを表で見る</summary>"))
        #expect(chart.figureHTML.contains(chart.inlineSVG))
        #expect(chart.figureHTML.contains(chart.dataTableHTML))
    }

    @Test func idsFollowThePrefix() {
        let a = KPIChart.render(kpi: ChartFixtures.findings, text: .standard, idPrefix: "p1")
        let b = KPIChart.render(kpi: ChartFixtures.findings, text: .standard, idPrefix: "p2")
        #expect(a.inlineSVG.contains("id=\"p1-goal\"") && a.inlineSVG.contains("url(#p1-goal)"))
        #expect(b.inlineSVG.contains("id=\"p2-goal\"") && !b.inlineSVG.contains("p1-"))
    }

    @Test func showsCurrentValueWithItsSourceAgainstTarget() {
        let chart = render(ChartFixtures.onlineRate)
        #expect(chart.standaloneSVG.contains("2024年9月30日時点の実績 51% → 目標 60%"))
        #expect(!chart.standaloneSVG.contains("以上"), "the target as written: no added qualifier")
        #expect(chart.standaloneSVG.contains("基準 令和5年度実績 46%"))
        #expect(chart.textAlternative == "「行政手続のオンライン化率」の目標は60%です。60%に届けば達成です。2024年9月30日時点の実績は51%で、目標に届いていません。令和5年度実績は46%でした。評価 B:おおむね目標どおり。")
        #expect(chart.dataTableHTML.contains("<tr><th scope=\"row\">2024年9月30日時点の実績</th><td>51%</td></tr>"))
        #expect(chart.dataTableHTML.contains("<tr><th scope=\"row\">令和5年度実績</th><td>46%</td></tr>"))
    }

    @Test func keepsWrittenPrecision() {
        let chart = render(ChartFixtures.securityTraining)
        #expect(chart.standaloneSVG.contains("令和5年度実績 85.77% → 目標 90.00%"))
        #expect(chart.textAlternative.contains("85.77%"))
        #expect(chart.textAlternative.contains("目標は90.00%です。90.00%に届けば達成です。"))
        #expect(chart.dataTableHTML.contains("<td>90.00%</td>"))
        #expect(chart.dataTableHTML.contains("<td>85.77%</td>"))
    }

    @Test func atMostGoalsReadAsLowerIsBetter() {
        let chart = render(ChartFixtures.findings)
        #expect(chart.standaloneSVG.contains("目標 2件"))
        #expect(chart.textAlternative.contains("目標は2件です。2件を超えなければ達成です。令和5年度実績は1件で、目標の範囲内です。"))
        // The goal band is the hatched 0…2 zone, the value a marker, not a filled bar from zero.
        #expect(chart.standaloneSVG.contains("<rect x=\"28\" y=\"108\" width=\"233.6\" height=\"28\" fill=\"url(#chart-goal)\""))
        #expect(!chart.standaloneSVG.contains("fill=\"\(ChartPalette.bar)\" stroke=\"\(ChartPalette.background)\" stroke-width=\"1\"/>"))
        let over = ChartFixtures.numberKPI(id: "over", label: "指摘事項", unit: "件", target: "2", comparison: .atMost,
                                           actuals: [("2024-12-31", "3")])
        #expect(render(over).textAlternative.contains("2024年12月31日時点の実績は3件で、目標の範囲を超えています。"))
    }

    @Test func zeroTargetStillDrawsAScale() {
        let chart = render(ChartFixtures.outages)
        #expect(chart.standaloneSVG.contains("目標 0件"))
        #expect(chart.standaloneSVG.contains(">1件</text>"))
        #expect(chart.standaloneSVG.contains(">実績は公表後に掲載します</text>"))
        #expect(chart.textAlternative == "「業務を継続できなくなるネットワーク障害の発生」の目標は0件です。0件を超えなければ達成です。実績は公表後に掲載します。")
        #expect(chart.dataTableHTML.contains("<tr><th scope=\"row\">実績</th><td>実績は公表後に掲載します</td></tr>"))
    }

    @Test func withoutValueShowsTargetOnly() {
        let chart = render(ChartFixtures.hardware)
        #expect(chart.standaloneSVG.contains(">目標 170件</text>"))
        #expect(!chart.standaloneSVG.contains("実績なし"), "a missing actual is not a failure: it is published later")
        #expect(!chart.standaloneSVG.contains("<circle"))
        #expect(chart.standaloneSVG.contains(">200件</text>"))
    }

    @Test func milestoneMarksCurrentStepByShapeAndWord() {
        let chart = render(ChartFixtures.migrationPlan)
        let svg = chart.standaloneSVG
        #expect(svg.contains(">現在</text>"))
        #expect(svg.contains("font-weight=\"bold\">進行中</text>"))
        #expect(svg.contains(">未着手</text>") && svg.contains(">完了</text>"))
        #expect(svg.contains("<polygon"))
        #expect(chart.textAlternative == "「移行計画書の完成」は、未着手・進行中・完了の3段階のうち「進行中」です。")
        #expect(chart.dataTableHTML.contains("<tr><th scope=\"row\">進行中</th><td>現在</td></tr>"))
        let unknown = render(ChartFixtures.unknownStatus)
        #expect(unknown.standaloneSVG.contains("状況は公表後に掲載します"))
        #expect(!unknown.standaloneSVG.contains(">現在</text>"))
    }

    @Test func evaluationIsTextAndSymbol() {
        let svg = render(ChartFixtures.onlineRate).standaloneSVG
        #expect(svg.contains("font-weight=\"bold\">B</text>"))
        #expect(svg.contains("評価 B:おおむね目標どおり"))
        let unknownCode = KPIChart.render(kpi: ChartFixtures.onlineRate, evaluationScale: [], text: .standard, idPrefix: "k")
        #expect(unknownCode.textAlternative.hasSuffix("評価 B。"))
    }

    @Test func easyTextUsesThePagesWords() throws {
        // The easy charts say what the easy pages say (目標, 結果 …), in kanji: the drawing
        // puts readings above them (`ChartDrawer`), the page's furigana does the figure's text.
        let chart = render(ChartFixtures.findings, text: .easy)
        #expect(chart.standaloneSVG.contains("目標 2件"))
        #expect(chart.figureHTML.contains("<summary>表で見る</summary>"))
        let (list, _) = HardWordList.load(themeFolder: RenderFixture.themesRoot + "/default", fileIO: .local)
        let hardWords = try #require(list)
        let fixed = [ChartText.easy.dataTableSummary, ChartText.easy.targetWord, ChartText.easy.noActual,
                     ChartText.easy.noTiming, ChartText.easy.currentStepWord, ChartText.easy.noStatus,
                     ChartText.easy.taskHeader, ChartText.easy.contentHeader, ChartText.easy.periodHeader]
            + KPI.Status.allCases.map(ChartText.easy.statusLabel)
        for phrase in fixed {
            #expect(hardWords.findings(in: phrase).isEmpty, "hard word in easy chart text: \(phrase)")
            #expect(!phrase.contains("もくひょう") && !phrase.contains("けっか"), "kana-only word in easy chart text: \(phrase)")
        }
    }

    @Test func escapesContentText() {
        let kpi = ChartFixtures.numberKPI(id: "x", label: "A<B & \"C\"", unit: "%", target: "50", baseline: "10",
                                          baselineLabel: "<script>")
        let chart = render(kpi)
        #expect(!chart.figureHTML.contains("<script>"))
        #expect(chart.standaloneSVG.contains("A&lt;B &amp; &quot;C&quot;"))
        #expect(SVGInspection.wellFormednessErrors(chart.standaloneSVG) == [])
    }
}
