/// Stage 4: every output file of the site, from the model. Pages, charts and
/// open data are drawn from the same `SiteBundle`, so they cannot disagree.
public enum SiteRenderer {
    public static func render(_ bundle: SiteBundle, theme: SiteTheme) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        // Open data and charts do not depend on each other: drawn at the same time.
        let (openData, charts) = ParallelMap.both({ OpenDataRenderer.render(bundle: bundle) }, { ChartSet(bundle: bundle) })
        let catalog = openData.catalog
        let extras = PageExtras(
            kpiChart: { site, initiative, kpi, _ in charts.kpi(site, initiative, kpi)?.figureHTML },
            initiativeGantt: { site, initiative, _ in charts.gantt(site, initiative)?.figureHTML },
            overallGantt: { site, _ in charts.overall[site.language.code]?.figureHTML },
            dataPage: { site, pagePath in DataPageHTML.page(catalog: catalog, site: site, pagePath: pagePath) },
            initiativeDataLinks: { site, initiative, pagePath in
                catalog.initiativeLinks(id: initiative.id).map { DataPageHTML.initiativeLinks($0, site: site, pagePath: pagePath) }
            })
        let (pages, diagnostics) = PageRenderer.render(bundle: bundle, theme: theme, extras: extras)
        return (pages + charts.standaloneFiles + openData.files, diagnostics)
    }
}

/// Every chart of the site, drawn once and used twice: inline in the pages and
/// as standalone `.svg` files under `charts/` for staff to reuse.
struct ChartSet: Sendable {
    let kpis: [String: RenderedChart]
    let gantts: [String: RenderedChart]
    let overall: [String: RenderedChart]
    let standaloneFiles: [OutputFile]

    init(bundle: SiteBundle) {
        var kpis: [String: RenderedChart] = [:], gantts: [String: RenderedChart] = [:], overall: [String: RenderedChart] = [:]
        var files: [OutputFile] = []
        for site in bundle.sites {
            let text = ChartText.forLanguage(site.language)
            let code = site.language.code
            // One job per initiative plus the overall chart, on all cores; results keep input order.
            let jobs: [Initiative?] = site.initiatives.map { $0 } + [nil]
            let drawn = ParallelMap.map(jobs) { job -> [(key: String, chart: RenderedChart, path: String)] in
                guard let initiative = job else {
                    let schedulePage = SitePaths.localized(SitePaths.schedule, site.language)
                    let all = GanttChart.renderOverall(site: site, text: text, idPrefix: "gantt-all") {
                        SitePaths.relativeURL(from: schedulePage, to: SitePaths.localized(SitePaths.initiative($0.id), site.language))
                    }
                    return [(code, all, SitePaths.overallGantt(language: site.language))]
                }
                var result: [(key: String, chart: RenderedChart, path: String)] = initiative.kpis.map { kpi in
                    (Self.key(code, initiative.id, kpi.id),
                     KPIChart.render(kpi: kpi, site: site, text: text, idPrefix: "kpi-\(initiative.id)-\(kpi.id)"),
                     SitePaths.kpiChart(initiative: initiative.id, kpi: kpi.id, language: site.language))
                }
                result.append((Self.key(code, initiative.id),
                               GanttChart.render(initiative: initiative, site: site, text: text, idPrefix: "gantt-\(initiative.id)"),
                               SitePaths.ganttChart(initiative: initiative.id, language: site.language)))
                return result
            }
            for (job, charts) in zip(jobs, drawn) {
                for (offset, item) in charts.enumerated() {
                    if job == nil {
                        overall[item.key] = item.chart
                    } else if offset < charts.count - 1 {
                        kpis[item.key] = item.chart
                    } else {
                        gantts[item.key] = item.chart
                    }
                    files.append(OutputFile(path: item.path, text: item.chart.standaloneSVG))
                }
            }
        }
        self.kpis = kpis
        self.gantts = gantts
        self.overall = overall
        self.standaloneFiles = files
    }

    static func key(_ parts: String...) -> String { parts.joined(separator: "\u{1F}") }

    func kpi(_ site: Site, _ initiative: Initiative, _ kpi: KPI) -> RenderedChart? {
        kpis[Self.key(site.language.code, initiative.id, kpi.id)]
    }

    func gantt(_ site: Site, _ initiative: Initiative) -> RenderedChart? {
        gantts[Self.key(site.language.code, initiative.id)]
    }
}
