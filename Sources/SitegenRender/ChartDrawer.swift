import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// Draws the charts of the site when a page asks for them: the figure inline in
/// the page, and the same chart as a standalone `.svg` under `charts/`, both
/// returned to the page's job (which returns them with its page), so no chart
/// waits in memory for its page. Each page asks once.
struct ChartDrawer: Sendable {
    private let languages: [String: LanguageCharts]
    /// Each theme's KPIs by grade, per language, counted once per build for the pages of a split theme.
    private let tallies = BoundedMemo<String, ProgressSummary.ThemeTally>(limit: 4096)
    /// Counts a theme's KPIs (`sitegen serve` keeps the counts between builds: `RenderWrappers.themeTally`).
    private let tally: ThemeTallyWrapper?

    /// - Parameters:
    ///   - easyLabels: attaches each kanji word's reading to the easy sites' SVG text (`ChartRuby`).
    ///   - strings: the theme's fixed words, whose `chart.*` every chart says.
    ///   - ganttRows: each language's Gantt overview rows kept between builds, by language code (`sitegen serve`).
    ///   - tally: a theme's counts kept between builds (`sitegen serve`).
    init(bundle: SiteBundle, easyLabels: (@Sendable (String) -> String)?, strings: ThemeStrings,
         ganttRows: (@Sendable (String) -> GanttRowMemo)? = nil, tally: ThemeTallyWrapper? = nil) {
        var languages: [String: LanguageCharts] = [:]
        for site in bundle.sites {
            let labels = site.language.isEasy ? easyLabels : nil
            languages[site.language.code] = LanguageCharts(site: site, labels: labels, strings: strings.forLanguage(site.language),
                                                           ganttRows: ganttRows?(site.language.code))
        }
        self.languages = languages
        self.tally = tally
    }

    /// What a language's charts are drawn from: its site with (for easy Japanese)
    /// theme and evaluation labels with their readings; initiatives are converted one at a time.
    private struct LanguageCharts: Sendable {
        let chartSite: Site
        let labels: (@Sendable (String) -> String)?
        let text: ChartText
        let strings: FrameStrings

        init(site: Site, labels: (@Sendable (String) -> String)?, strings: FrameStrings, ganttRows: GanttRowMemo?) {
            self.labels = labels
            self.chartSite = labels.map { site.replacing(initiatives: []).withChartLabels($0) } ?? site
            var text = ChartText.forLanguage(site.language, strings: strings)
            // The chart's own words get the readings the page's words get (labels carry theirs already).
            if let labels {
                // The same words (axis labels, "目標", dates) are drawn in every chart, twice each.
                let readings = BoundedMemo<BytewiseText, [RubySegment]>(limit: 50_000)
                text.kanjiReadings = { words in readings.value(for: BytewiseText(words)) { ChartRuby.segments(labels(words)) } }
                text.lineMemo = ChartLineMemo()
            }
            text.ganttHeaders = GanttHeaderMemo()
            text.ganttRows = ganttRows
            self.text = text
            self.strings = strings
        }

        func chartInitiative(_ initiative: Initiative) -> Initiative {
            labels.map { initiative.withChartLabels($0) } ?? initiative
        }

        /// The initiative's KPI with `id`, labelled for this language's charts.
        func chartKPI(_ id: String, of initiative: Initiative) -> KPI? {
            guard let kpi = initiative.kpis.first(where: { $0.id == id }) else { return nil }
            return labels.map { kpi.withChartLabels($0) } ?? kpi
        }
    }

    /// What the language's SVG text shows for a label (kana on easy sites); nil for an unknown language.
    func labelTransform(_ site: Site) -> (@Sendable (String) -> String)? {
        guard let charts = languages[site.language.code] else { return nil }
        return charts.labels ?? { $0 }
    }

    func kpi(_ site: Site, _ initiative: Initiative, _ kpi: KPI) -> ChartFragment? {
        guard let charts = languages[site.language.code],
              let chartKPI = charts.chartKPI(kpi.id, of: initiative) else { return nil }
        let chart = KPIChart.render(kpi: chartKPI, site: charts.chartSite, text: charts.text,
                                    idPrefix: "kpi-\(initiative.id)-\(kpi.id)")
        return ChartFragment(chart, path: SitePaths.kpiChart(initiative: initiative.id, kpi: kpi.id, language: site.language))
    }

    /// The KPI's values over the years; nil when it has fewer than two points to draw.
    func history(_ site: Site, _ initiative: Initiative, _ kpi: KPI) -> ChartFragment? {
        guard KPIHistoryChart.hasHistory(kpi, fiscalYear: site.fiscalYear), let charts = languages[site.language.code],
              let chartKPI = charts.chartKPI(kpi.id, of: initiative),
              let chart = KPIHistoryChart.render(kpi: kpi, labels: chartKPI, fiscalYear: site.fiscalYear,
                                                 words: HistoryWords(charts.strings), text: charts.text,
                                                 idPrefix: "history-\(initiative.id)-\(kpi.id)") else { return nil }
        return ChartFragment(chart, path: SitePaths.kpiHistoryChart(initiative: initiative.id, kpi: kpi.id, language: site.language))
    }

    func gantt(_ site: Site, _ initiative: Initiative) -> ChartFragment? {
        guard let charts = languages[site.language.code] else { return nil }
        let chart = GanttChart.render(initiative: charts.chartInitiative(initiative), site: charts.chartSite,
                                      text: charts.text, idPrefix: "gantt-\(initiative.id)")
        return ChartFragment(chart, path: SitePaths.ganttChart(initiative: initiative.id, language: site.language))
    }

    /// The Gantt of every initiative for the schedule page, or of one page's initiatives
    /// when the schedule is split (`part`, its title followed by `captionSuffix`).
    func overall(_ site: Site, part: ListPart? = nil, captionSuffix: String = "", pagePath: String) -> ChartFragment? {
        guard let charts = languages[site.language.code] else { return nil }
        let shown = part.map { site.replacing(initiatives: $0.initiatives) } ?? site
        let chartSite = charts.labels.map { shown.withChartLabels($0) } ?? shown
        let chart = GanttChart.renderOverall(site: chartSite, text: charts.text, idPrefix: "gantt-all",
                                             captionSuffix: captionSuffix) {
            SitePaths.relativeURL(from: pagePath, to: SitePaths.localized(SitePaths.initiative($0.id), site.language))
        }
        let path = part.map { SitePaths.scheduleGantt(theme: $0.theme.id, page: $0.page, language: site.language) }
            ?? SitePaths.overallGantt(language: site.language)
        return ChartFragment(chart, path: path)
    }
}

/// What a progress summary covers.
package enum SummaryScope: Sendable {
    /// Every theme (the home page); `showsKPIs` false draws the counts without a bar per KPI
    /// (a report whose lists are split: the bars are on the theme pages).
    case report(showsKPIs: Bool)
    /// One page of a theme: the theme's counts, and a bar for each KPI of the page's initiatives.
    case theme(ListPart, captionSuffix: String)
}

extension ChartDrawer {
    /// The progress summary of `scope`, each KPI's bar linking to its place on its initiative page.
    func progressSummary(_ site: Site, scope: SummaryScope, pagePath: String) -> ChartFragment? {
        guard let labels = labelTransform(site), let strings = languages[site.language.code]?.strings,
              site.initiatives.contains(where: { !$0.kpis.isEmpty }) else { return nil }
        let assessor = ProgressAssessor(site: site, strings: strings)
        let href: (Initiative, KPI) -> String = { initiative, kpi in
            SitePaths.relativeURL(from: pagePath, to: SitePaths.localized(SitePaths.initiative(initiative.id), site.language))
                + "#kpi-" + kpi.id
        }
        let summary: ProgressSummary
        let path: String
        let idPrefix: String
        switch scope {
        case .report(let showsKPIs):
            summary = ProgressSummary(site: site, themes: site.themes, marking: showsKPIs ? nil : [], assessor: assessor, href: href)
            path = SitePaths.progressSummary(theme: nil, language: site.language)
            idPrefix = "progress-all"
        case .theme(let part, let captionSuffix):
            let whole = part.pageCount == 1
            // Every page of a split theme counts the whole theme: counted once, not once per page
            // (at 10,000 initiatives, 1,000 pages each assessed the theme's 7,500 KPIs).
            summary = ProgressSummary(site: site, themes: [part.theme], marking: whole ? nil : part.initiatives,
                                      tally: { theme in tallies.value(for: site.language.code + "/" + theme.id) {
                                          let count = { ProgressSummary.tally(of: theme, in: site, assessor: assessor) }
                                          return tally.map { $0(site, theme, count) } ?? count()
                                      } },
                                      captionSuffix: captionSuffix, assessor: assessor, href: href)
            path = SitePaths.progressSummary(theme: part.theme.id, page: part.page, language: site.language)
            idPrefix = "progress-" + part.theme.id
        }
        let chart = ProgressSummaryChart.render(summary, words: assessor.words, idPrefix: idPrefix, svgLabel: labels)
        return ChartFragment(chart, path: path)
    }
}

extension ChartFragment {
    /// The chart's figure for the page, and its standalone file at `path`.
    init(_ chart: RenderedChart, path: String) {
        self.init(chart.figure, file: OutputFile(path: path, contents: .buffer(chart.standaloneFile)))
    }
}
