/// Stage 4: every output file of the site, from the model. Pages, charts and
/// open data are drawn from the same `SiteBundle`, so they cannot disagree.
public enum SiteRenderer {
    /// - Parameters:
    ///   - accessibility: the last site check's results (content/accessibility-results.json),
    ///     shown on the accessibility page.
    ///   - furigana: the annotator for easy pages; nil opens one with the content's
    ///     overrides. Passed in to read its statistics after the build.
    ///   - scope: `.initiatives(ids)` renders only those initiatives' pages, charts and
    ///     JSON files, exactly as the full render would (live preview's first step).
    public static func render(_ bundle: SiteBundle, theme: SiteTheme, accessibility: AccessibilityResults? = nil,
                              furigana annotator: FuriganaAnnotator? = nil,
                              scope: RenderScope = .all) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let (furigana, furiganaDiagnostics) = openAnnotator(bundle, given: annotator)
        let easyLabels: (@Sendable (String) -> String)?
        if let furigana { easyLabels = { furigana.reading($0) } } else { easyLabels = nil }
        // What the scope draws from: every initiative, or only the edited ones.
        let drawn: SiteBundle
        switch scope {
        case .all: drawn = bundle
        case .initiatives(let ids): drawn = bundle.keepingInitiatives(ids)
        }
        // Open data and charts do not depend on each other: drawn at the same time.
        let (openData, charts) = StageTimings.measure("render: open data + charts") {
            ParallelMap.both({ OpenDataRenderer.render(bundle: drawn) },
                             { ChartSet(bundle: drawn, easyLabels: easyLabels, includeOverall: scope.isAll) })
        }
        let catalog = openData.catalog
        let dataLinks = Dictionary(catalog.initiatives.map { ($0.initiativeID, $0) }, uniquingKeysWith: { first, _ in first })
        // Rendered once per language (the page inventory asks whether it exists, the page shows it).
        let dataPages = Dictionary(bundle.sites.map { site in
            (site.language.code, DataPageHTML.page(catalog: catalog, site: site,
                                                   pagePath: SitePaths.localized(SitePaths.data, site.language)))
        }, uniquingKeysWith: { first, _ in first })
        let extras = PageExtras(
            kpiChart: { site, initiative, kpi, _ in charts.kpi(site, initiative, kpi)?.figureHTML },
            initiativeGantt: { site, initiative, _ in charts.gantt(site, initiative)?.figureHTML },
            overallGantt: { site, _ in charts.overall[site.language.code]?.figureHTML },
            dataPage: { site, _ in dataPages[site.language.code] },
            initiativeDataLinks: { site, initiative, pagePath in
                dataLinks[initiative.id].map { DataPageHTML.initiativeLinks($0, site: site, pagePath: pagePath) }
            },
            structuredData: { site, path in StructuredData.json(site: site, path: path, catalog: catalog) },
            accessibilityResults: accessibility)
        var (pages, diagnostics) = StageTimings.measure("render: pages") {
            PageRenderer.render(bundle: bundle, theme: theme, extras: extras, scope: scope)
        }
        diagnostics += furiganaDiagnostics
        if let furigana {
            pages = StageTimings.measure("render: furigana") { addFurigana(to: pages, bundle: bundle, annotator: furigana) }
        }
        let dataFiles: [OutputFile]
        switch scope {
        case .all: dataFiles = openData.files
        case .initiatives(let ids):
            let own = Set(ids.map(OpenDataPaths.initiativeJSON))
            dataFiles = openData.files.filter { own.contains($0.path) }
        }
        return (pages + charts.standaloneFiles + dataFiles, diagnostics)
    }

    /// The annotator for easy pages, or nil where the site has no easy language.
    static func openAnnotator(_ bundle: SiteBundle, given: FuriganaAnnotator?) -> (FuriganaAnnotator?, [Diagnostic]) {
        guard bundle.sites.contains(where: { $0.language.isEasy }) else { return (nil, []) }
        do {
            return (try given ?? FuriganaAnnotator(overrides: bundle.base.furigana), [])
        } catch let error as FuriganaError {
            return (nil, [error.diagnostic()])
        } catch {
            return (nil, [Diagnostic(.furiganaUnavailable, "ふりがなの辞書を読み込めません。", at: SourceLocation(path: "content/furigana.yaml"))])
        }
    }

    /// Every kanji on the pages of an easy-Japanese language gets its reading as
    /// <ruby> (body, headings, tables, navigation). Readings come from MeCab, with
    /// `furigana.yaml` and `{漢字|かんじ}` markup taking precedence.
    static func addFurigana(to pages: [OutputFile], bundle: SiteBundle, annotator: FuriganaAnnotator) -> [OutputFile] {
        let easyFolders = bundle.sites.filter { $0.language.isEasy }.map { $0.language.folder + "/" }
        // Pages are independent: annotated on all cores, results in input order.
        return ParallelMap.map(pages) { file -> OutputFile in
            guard file.path.hasSuffix(".html"), easyFolders.contains(where: { file.path.hasPrefix($0) }) else { return file }
            return OutputFile(path: file.path, text: annotator.annotateHTML(String(decoding: file.data, as: UTF8.self)))
        }
    }
}

/// Every chart of the site, drawn once and used twice: inline in the pages and
/// as standalone `.svg` files under `charts/` for staff to reuse.
struct ChartSet: Sendable {
    let kpis: [String: RenderedChart]
    let gantts: [String: RenderedChart]
    let overall: [String: RenderedChart]
    let standaloneFiles: [OutputFile]

    /// - Parameter easyLabels: turns kanji into kana for the easy sites' SVG text.
    /// - Parameter includeOverall: false leaves out the Gantt of all initiatives (a scoped render).
    init(bundle: SiteBundle, easyLabels: (@Sendable (String) -> String)? = nil, includeOverall: Bool = true) {
        var kpis: [String: RenderedChart] = [:], gantts: [String: RenderedChart] = [:], overall: [String: RenderedChart] = [:]
        var files: [OutputFile] = []
        for languageSite in bundle.sites {
            let site = languageSite.language.isEasy ? easyLabels.map { languageSite.withChartLabels($0) } ?? languageSite : languageSite
            let text = ChartText.forLanguage(site.language)
            let code = site.language.code
            // One job per initiative plus the overall chart, on all cores; results keep input order.
            let jobs: [Initiative?] = site.initiatives.map { $0 } + (includeOverall ? [nil] : [])
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
