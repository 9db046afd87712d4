import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// What citizens read on the built site, against the seed (`seeds/`, inside the repository):
/// every target and baseline in the source's words, no month for a milestone the source
/// places by quarter, no status or date the content does not state, and every bar drawn.
@Suite struct SeedWordingTests {
    static let site = SeedFidelityTests.site
    static let built = BuiltSite.shared

    /// The plain text of an HTML fragment: tags and furigana readings removed, entities decoded.
    static func plain(_ html: String) -> String {
        html.replacingOccurrences(of: "<rt>[^<]*</rt>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
    }

    /// The cells (label, target, baseline, actual, note) of a KPI's row in its initiative page's table.
    static func kpiRow(_ initiative: Initiative, _ kpi: KPI, folder: String = "") -> [String] {
        let page = built.text(folder + "initiatives/\(initiative.id)/index.html") ?? ""
        guard let start = page.range(of: "<tr id=\"kpi-\(kpi.id)\">"),
              let end = page[start.upperBound...].range(of: "</tr>") else { return [] }
        let row = String(page[start.upperBound..<end.lowerBound])
        return row.components(separatedBy: "</t").dropLast().map { cell in
            plain(String(cell[(cell.range(of: ">")?.upperBound ?? cell.startIndex)...]))
        }
    }

    @Test func theSiteIsBuiltFromTheRealContent() throws {
        #expect(!Self.built.diagnostics.hasErrors, "\(Self.built.diagnostics.map(\.description))")
        #expect(try #require(Self.site).initiatives.count == 14)
    }

    /// "60%" stays "60%": no 以上/以内 the source does not write, 12課中 kept, 発生ゼロ kept.
    @Test func everyTargetAndBaselineIsTheSeedsWording() throws {
        let site = try #require(Self.site)
        var checked = 0
        for initiative in site.initiatives {
            let cell = SeedFidelityTests.squeeze(SeedFidelityTests.kpiCell(initiative.number))
            #expect(!cell.isEmpty, "no KPI cell in the seed for \(initiative.number)")
            for kpi in initiative.kpis where kpi.kind == .number {
                let row = Self.kpiRow(initiative, kpi)
                try #require(row.count == 5, "no table row for \(kpi.id)")
                let target = SeedFidelityTests.squeeze(row[1])
                #expect(cell.contains(target), "target of \(kpi.id) shows 「\(row[1])」, not the seed's words")
                #expect(!cell.contains(target + "以上") || target.hasSuffix("以上"), "\(kpi.id)")
                if let baseline = kpi.baseline {
                    let shown = SeedFidelityTests.squeeze(row[2].components(separatedBy: "（").first ?? "")
                    #expect(cell.contains(shown), "baseline of \(kpi.id) shows 「\(row[2])」")
                    #expect(cell.contains(SeedFidelityTests.squeeze(baseline.label)), "baseline label of \(kpi.id)")
                }
                // The chart says the goal in the same words, and the direction once, as a sentence.
                let page = Self.built.text("initiatives/\(initiative.id)/index.html") ?? ""
                #expect(page.contains("目標 " + row[1].trimmingCharacters(in: .whitespaces)), "chart goal of \(kpi.id)")
                checked += 1
            }
        }
        #expect(checked == 20)
    }

    @Test func noPageAppendsAQualifierTheSeedDoesNotWrite() throws {
        let site = try #require(Self.site)
        let seed = SeedFidelityTests.squeeze(SeedFidelityTests.seed)
        for initiative in site.initiatives {
            for kpi in initiative.kpis {
                guard let target = kpi.target, target.text == nil else { continue }
                let bare = kpi.formatted(target.value)
                for qualifier in ["以上", "以内", "(ゼロ)"] where !seed.contains(bare + qualifier) {
                    for (path, html) in Self.built.pages where Self.plain(html).contains(bare + qualifier) {
                        Issue.record("\(path) says 「\(bare + qualifier)」")
                    }
                }
            }
        }
    }

    /// A milestone the seed places only in a quarter column is shown with that quarter, never a month.
    @Test func milestonesPlacedByQuarterShowNoMonth() throws {
        let site = try #require(Self.site)
        let year = site.fiscalYear
        var quarterMilestones = 0
        for initiative in site.initiatives {
            for task in initiative.schedule {
                for milestone in task.milestones {
                    guard let quarter = milestone.quarter else { continue }
                    quarterMilestones += 1
                    let months = (0..<3).map { year.firstMonth(ofQuarter: quarter).adding(months: $0) }
                    let files = Self.built.files.filter { $0.key.hasSuffix(".html") || $0.key.hasSuffix(".svg") }
                    for (path, data) in files {
                        let text = Self.plain(String(decoding: data, as: UTF8.self))
                        for month in months {
                            for invented in ["\(milestone.label)(\(month.year)年\(month.month)月)", "▲\(month.month)月: \(milestone.label)",
                                             "\(milestone.label)(\(month.month)月)"] where text.contains(invented) {
                                Issue.record("\(path) places 「\(milestone.label)」 in a month: \(invented)")
                            }
                        }
                    }
                    let page = Self.built.text("initiatives/\(initiative.id)/index.html") ?? ""
                    let quarterWords = "\(months[0].month)～\(months[2].month)月: \(milestone.label)"
                    #expect(Self.plain(page).contains(quarterWords), "\(initiative.id): \(quarterWords)")
                }
            }
        }
        #expect(quarterMilestones == 2, "業者決定 (Q3) and 口座振替登録オンライン化 (Q4)")
        let overall = Self.plain(Self.built.text("charts/gantt-all.svg") ?? "")
        #expect(overall.contains("業者決定(2024年10月～12月)"))
        #expect(overall.contains("口座振替登録オンライン化(2025年1月～3月)"))
    }

    /// No 未着手 nor 未報告 the source does not state; no date the content does not state.
    @Test func noStatusOrDateTheContentDoesNotState() throws {
        let site = try #require(Self.site)
        for initiative in site.initiatives {
            for kpi in initiative.kpis {
                let row = Self.kpiRow(initiative, kpi)
                for folder in ["", "easy/"] {
                    let actual = Self.kpiRow(initiative, kpi, folder: folder)[safe: 3] ?? ""
                    if kpi.status == nil && kpi.actuals.isEmpty { #expect(actual == "—", "\(folder)\(kpi.id): 「\(actual)」") }
                }
                if kpi.kind == .milestone && kpi.status == nil {
                    for word in ["未着手", "進行中", "完了"] { #expect(!row.joined().contains(word), "\(kpi.id) shows \(word)") }
                }
            }
        }
        var stated: Set<String> = Set(site.report.asOf.map { [$0.iso] } ?? [])
        for initiative in site.initiatives { for kpi in initiative.kpis { stated.formUnion(kpi.actuals.map(\.date.iso)) } }
        for (path, html) in Self.built.pages {
            #expect(!html.contains("未報告"), "\(path)")
            if site.report.asOf == nil {
                #expect(Self.plain(html).range(of: #"[0-9]+日(（[^）]*）)?時点"#, options: .regularExpression) == nil, "\(path) states a 時点")
            }
            guard !path.hasSuffix("accessibility/index.html") else { continue } // the test date of a check run
            var rest = Substring(html)
            while let range = rest.range(of: "<time datetime=\"") {
                let date = String(rest[range.upperBound...].prefix(10))
                #expect(stated.contains(date), "\(path) shows the date \(date), which the content does not state")
                rest = rest[range.upperBound...]
            }
        }
        #expect(Self.built.files["feed.xml"] == nil, "no dated update, so no feed")
    }

    /// The seed's chart for 2 has two bars without a label (4～6月 and 7～9月): both are drawn and listed.
    @Test func personalizedServicesShowsItsTwoUnlabeledBars() throws {
        let site = try #require(Self.site)
        let initiative = try #require(site.initiatives.first { $0.id == "personalized-services" })
        let unlabeled = initiative.schedule.flatMap { task in task.bars.filter { $0.label == nil }.map { (task, $0) } }
        #expect(unlabeled.map { $0.1.from.description } .sorted() == ["Q1", "Q2"])
        let page = Self.built.text("initiatives/personalized-services/index.html") ?? ""
        let text = Self.plain(page)
        #expect(!text.contains("スケジュールの公表なし"))
        #expect(page.contains("<tr><th scope=\"row\">スマートフォン画面の操作性向上</th>\n<td><ul class=\"plain-list\"><li>4～6月</li></ul></td>"))
        #expect(page.contains("<tr><th scope=\"row\">スマートフォン画面の操作性向上</th><td>実施期間</td><td>2024年4月～6月</td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">サービス提供機能の充実</th><td>実施期間</td><td>2024年7月～9月</td></tr>"))
        // Drawn: one bar rect (GanttLayout.barHeight high, outlined) per bar, the unlabeled ones included.
        let gantt = Self.built.text("charts/gantt-personalized-services.svg") ?? ""
        let bars = gantt.components(separatedBy: "height=\"22\" fill=\"\(ChartPalette.bar)\" stroke=").count - 1
        #expect(bars == 7 && bars == initiative.schedule.reduce(0) { $0 + $1.bars.count }, "every bar is drawn: \(bars)")
    }

    /// A range over the year end cannot be misread as running backwards (「7～3月」).
    @Test func rangesOverTheYearEndSayTheNextYear() {
        let page = Self.built.text("initiatives/dx-talent/index.html") ?? ""
        #expect(page.contains("<li>7月～翌年3月: 研修実施(対面・オンライン)</li>"))
        #expect(page.contains("<li>10月～翌年3月: 研修内容実践</li>"))
        for (path, html) in Self.built.pages {
            #expect(Self.plain(html).range(of: #"(?<![0-9])(7|10)～3月"#, options: .regularExpression) == nil, "\(path)")
        }
    }

    /// めざす姿 as each initiative's page in the seed words it (手続き on 4, 働き方や on 5 and 9).
    @Test func visionTextIsCopiedAsEachInitiativeQuotesIt() throws {
        let site = try #require(Self.site)
        for initiative in site.initiatives {
            let block = SeedFidelityTests.squeeze(SeedFidelityTests.detailBlock(initiative.number))
            let page = Self.plain(Self.built.text("initiatives/\(initiative.id)/index.html") ?? "")
            for number in initiative.vision {
                let text = initiative.visionWording[number] ?? site.visionItem(number: number)?.text ?? ""
                #expect(block.contains(SeedFidelityTests.squeeze(text)), "\(initiative.number) ⑧/① wording: \(text)")
                #expect(page.contains(text), "\(initiative.id) shows \(text)")
            }
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
