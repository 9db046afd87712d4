import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// Stage 4 as values: the jobs that make the site's files, and a function that
/// runs one job and returns what it made. Pages, charts and open data are drawn
/// from the same `SiteBundle`, so they cannot disagree.
///
/// Jobs come in two waves: everything first (the open-data documents among the
/// pages), then the pages that show the open-data catalog (home, data), which
/// the first wave's documents job returns.
package struct SiteRenderer: Sendable {
    let bundle: SiteBundle
    let scope: RenderScope
    private let theme: SiteTheme
    private let furigana: FuriganaAnnotator?
    /// What open data is drawn from (every initiative, or the scope's).
    private let drawn: SiteBundle
    private let initiativeLinks: [InitiativeDataLinks]
    /// The same, by initiative id.
    private let dataLinks: [String: InitiativeDataLinks]
    /// Each initiative's rows of the CSV files and initiatives.json, which the documents job joins.
    private let initiativeRows: [InitiativeRows]
    let inventory: PageInventory
    /// One per language, in the bundle's order; `showing(catalog:)` makes them again with the catalog.
    private let languages: [LanguagePageRenderer]
    private let easyFolders: [String]
    /// The glossary buttons of each easy language's pages, by language folder ("easy/").
    private let easyTerms: [String: GlossaryTermLinks]

    /// Stage 4 begins: the furigana dictionary and each initiative's own JSON
    /// (its page links to that file and shows its size). Returns the renderer for
    /// the rest and what this step made.
    /// - Parameters:
    ///   - accessibility: the last site check's results, shown on the accessibility page.
    ///   - furigana: the annotator for easy pages; nil opens one with the content's overrides.
    ///   - scope: `.initiatives(ids)` renders only those initiatives' pages, charts and
    ///     JSON files, exactly as the full render would (live preview's first step).
    ///   - wrappers: `sitegen serve`'s memos around the steps (each initiative's JSON, the
    ///     pages each language has, the home page's progress summary, every job).
    package static func begin(_ bundle: SiteBundle, theme: SiteTheme, accessibility: AccessibilityResults? = nil,
                             furigana given: FuriganaAnnotator? = nil,
                             scope: RenderScope = .all, wrappers: RenderWrappers = .none)
        -> (renderer: SiteRenderer, made: RenderedJob) {
        let (furigana, furiganaDiagnostics) = StageTimings.measure("render: furigana dictionary") { openAnnotator(bundle, given: given) }
        // Open data is long-format (rows carry their initiative's id), so a scoped render's
        // rows and JSON come out the same from the kept initiatives as from the whole bundle.
        let drawn = scope.isAll ? bundle : bundle.keepingInitiatives(scope.initiativeIDs)
        let openData = StageTimings.measure("render: open data tables") { OpenDataStages(bundle: drawn, strings: theme.strings.forLanguage(bundle.base.language)) }
        let made = StageTimings.measure("render: initiative data") { openData.initiativeData(wrap: wrappers.initiativeData, kept: wrappers.keptInitiativeData) }
        let renderer = SiteRenderer(bundle: bundle, scope: scope, theme: theme, furigana: furigana, drawn: drawn,
                                    initiativeLinks: made.map(\.links), initiativeRows: made.map(\.rows),
                                    accessibility: accessibility, catalog: nil, wrappers: wrappers)
        return (renderer, RenderedJob(files: made.map(\.file), diagnostics: furiganaDiagnostics))
    }

    private init(bundle: SiteBundle, scope: RenderScope, theme: SiteTheme, furigana: FuriganaAnnotator?,
                 drawn: SiteBundle, initiativeLinks: [InitiativeDataLinks], initiativeRows: [InitiativeRows],
                 accessibility: AccessibilityResults?, catalog: DataCatalog?, wrappers: RenderWrappers,
                 firstWave: SiteRenderer? = nil) {
        self.bundle = bundle
        self.scope = scope
        self.theme = theme
        self.furigana = furigana
        self.drawn = drawn
        self.initiativeLinks = initiativeLinks
        self.initiativeRows = initiativeRows
        let dataLinks = firstWave?.dataLinks
            ?? Dictionary(initiativeLinks.map { ($0.initiativeID, $0) }, uniquingKeysWith: { first, _ in first })
        self.dataLinks = dataLinks
        let extras = wrappers.wrapping(Self.extras(bundle: bundle, furigana: furigana, dataLinks: dataLinks, catalog: catalog,
                                                   accessibility: accessibility, strings: theme.strings, wrappers: wrappers))
        self.wrappers = wrappers
        // The second wave's pages differ only by the catalog: what does not show it is kept.
        let make = { () -> RenderStructure in
            let inventory = PageInventory(bundle: bundle, extras: extras, pagePaths: wrappers.pagePaths)
            return RenderStructure(inventory: inventory, languages: bundle.sites.map { site in
                LanguagePageRenderer(bundle: bundle, site: site, theme: theme, extras: extras, inventory: inventory)
            })
        }
        let structure = firstWave.map { RenderStructure(inventory: $0.inventory, languages: $0.languages) }
            ?? wrappers.structure.map { $0(bundle, make) } ?? make()
        self.inventory = structure.inventory
        self.languages = structure.languages.map { $0.showing(extras) }
        self.easyFolders = bundle.sites.filter { $0.language.isEasy }.map { $0.language.folder + "/" }
        // The second wave's pages have the same glossary buttons (each language's matcher is made once).
        self.easyTerms = firstWave?.easyTerms ?? Dictionary(bundle.sites.filter(\.language.isEasy).map { site in
            (site.language.folder + "/", GlossaryTermLinks(glossary: site.glossary,
                                                           glossaryPath: SitePaths.localized(SitePaths.glossary, site.language),
                                                           glossaryLabel: theme.strings.forLanguage(site.language)["page.glossary"]))
        }, uniquingKeysWith: { first, _ in first })
        self.accessibility = accessibility
    }

    private let accessibility: AccessibilityResults?
    let wrappers: RenderWrappers

    /// The first wave: every job whose output does not show the open-data catalog.
    package var jobs: [RenderJob] {
        var large: [RenderJob] = []
        var normal: [RenderJob] = []
        for index in languages.indices {
            for job in languages[index].jobs(scope) where !job.showsCatalog {
                if job.isLarge { large.append(RenderJob(kind: .page(language: index, job))) } else { normal.append(RenderJob(kind: .page(language: index, job))) }
            }
        }
        if scope.isAll {
            large.insert(RenderJob(kind: .openDataDocuments), at: 0)
            normal.insert(RenderJob(kind: .staticFiles), at: 0)
            normal.append(RenderJob(kind: .publishing))
        }
        return JobOrder.spread(large, among: normal)
    }

    /// The second wave, once the first has made the catalog: the pages that show it.
    /// - Returns: the renderer whose pages show `catalog`, and its jobs.
    package func catalogPages(_ firstWave: [RenderedJob]) -> (renderer: SiteRenderer, jobs: [RenderJob]) {
        let catalog = firstWave.lazy.compactMap(\.catalog).first
        let renderer = SiteRenderer(bundle: bundle, scope: scope, theme: theme, furigana: furigana, drawn: drawn,
                                    initiativeLinks: initiativeLinks, initiativeRows: initiativeRows,
                                    accessibility: accessibility, catalog: catalog, wrappers: wrappers, firstWave: self)
        let jobs = languages.indices.flatMap { index in
            languages[index].catalogJobs(scope).map { RenderJob(kind: .page(language: index, $0)) }
        }
        return (renderer, jobs)
    }

    /// Runs one job: a function from the job to what it made.
    package func run(_ job: RenderJob) -> RenderedJob {
        switch job.kind {
        case .staticFiles:
            return RenderedJob(files: theme.staticFiles)
        case .openDataDocuments:
            let documents = StageTimings.measure("render: open data documents (one job)") {
                OpenDataStages(bundle: drawn, strings: theme.strings.forLanguage(bundle.base.language)).documents(links: initiativeLinks, rows: initiativeRows)
            }
            return RenderedJob(files: documents.files, catalog: documents.catalog)
        case .publishing:
            return RenderedJob(files: StageTimings.measure("render: sitemap and feeds (one job)") {
                PublishingFiles.render(bundle: bundle, inventory: inventory)
            })
        case .page(let language, let page):
            // Easy pages get their furigana as soon as they are rendered, on the same core.
            return languages[language].run(page, finish: addFurigana)
        }
    }

    /// An easy page's glossary buttons (issue 15), then its furigana, which also
    /// reads the explanations the buttons open: one walk over the page's UTF-8
    /// (`EasyPageAnnotation`), which stays bytes to the file.
    private func addFurigana(_ page: PageMarkup) -> FileBytes {
        guard let folder = easyFolders.first(where: { page.path.hasPrefix($0) }) else { return page.markup.fileBytes }
        return .buffer(EasyPageAnnotation.finish(page.markup, glossary: easyTerms[folder]?.page(page.path), furigana: furigana))
    }

    /// What a page job's page shows, for `sitegen serve`'s page memo (see `PageMemo`): an
    /// initiative's page, a page of a list (theme, schedule, KPI list) that holds part of a
    /// theme, the index of a split list, or a page that shows nothing of the initiatives;
    /// nil for the pages that show the open-data catalog or the sources' fingerprint (home,
    /// data, accessibility) and the one-page lists of a small report (rendered each time).
    func memoInput(_ job: RenderJob, stamps: InitiativeStamps) -> (key: PageMemo.Key, input: PageMemo.Input)? {
        guard case .page(let language, let page) = job.kind else { return nil }
        // `languages[language]` read in place: a copy of the renderer per page cost more than the rest.
        // A list page shows its initiatives in its own language only.
        func shown(_ part: ListPart) -> [Int] {
            part.initiatives.indices.map { stamps.version(of: part.initiatives[$0].id, language: language) ?? -1 }
        }
        func place(_ part: ListPart) -> [Int] { [part.page, part.pageCount] }
        switch page {
        case .initiative(let index):
            let initiative = languages[language].site.initiatives[index]
            func neighbour(_ i: Int) -> PageMemo.Neighbour? {
                guard languages[language].site.initiatives.indices.contains(i) else { return nil }
                let other = languages[language].site.initiatives[i]
                return PageMemo.Neighbour(id: other.id, number: other.number, title: other.title)
            }
            // Of the other languages it shows only its open data's links (the JSON's size).
            return (PageMemo.Key(language: language, kind: "initiatives", name: initiative.id),
                    PageMemo.Input(versions: [stamps.version(at: index, of: initiative.id, language: language) ?? -1], previous: neighbour(index - 1),
                                   next: neighbour(index + 1), dataLinks: dataLinks[initiative.id]))
        case .theme(let part):
            return (PageMemo.Key(language: language, kind: "themes", name: part.theme.id, page: part.page),
                    PageMemo.Input(versions: shown(part), place: place(part),
                                   themeKPIs: stamps.kpis(inTheme: part.theme.id, language: language)))
        case .schedule(let part?):
            return (PageMemo.Key(language: language, kind: "schedule", name: part.theme.id, page: part.page),
                    PageMemo.Input(versions: shown(part), place: place(part)))
        case .kpis(let part?):
            return (PageMemo.Key(language: language, kind: "kpis", name: part.theme.id, page: part.page),
                    PageMemo.Input(versions: shown(part), place: place(part),
                                   ownsKPIAnchor: languages[language].kpiOwners.ownsAnchors(of: part.initiatives)))
        case .schedule(nil) where languages[language].layout.isSplit:
            return (PageMemo.Key(language: language, kind: "schedule"), PageMemo.Input(place: languages[language].listIndexShape()))
        case .kpis(nil) where languages[language].layout.isSplit:
            return (PageMemo.Key(language: language, kind: "kpis"),
                    PageMemo.Input(place: languages[language].listIndexShape(),
                                   lastUpdated: DatedContent.everything.lastUpdated(in: languages[language].site)))
        case .glossary:
            return (PageMemo.Key(language: language, kind: "glossary"), PageMemo.Input())
        case .background:
            return (PageMemo.Key(language: language, kind: "background"), PageMemo.Input())
        case .free(let free):
            return (PageMemo.Key(language: language, kind: "pages", name: free.id), PageMemo.Input())
        case .notFound:
            return (PageMemo.Key(language: language, kind: "404"), PageMemo.Input())
        case .home, .data, .accessibility, .schedule(nil), .kpis(nil):
            return nil
        }
    }

    /// Fragments the pages take from the other stages: charts drawn for the page that
    /// shows them, open-data links, the data page and JSON-LD from the catalog.
    private static func extras(bundle: SiteBundle, furigana: FuriganaAnnotator?, dataLinks: [String: InitiativeDataLinks],
                               catalog: DataCatalog?, accessibility: AccessibilityResults?, strings: ThemeStrings,
                               wrappers: RenderWrappers) -> PageExtras {
        var easyLabels: (@Sendable (String) -> String)?
        if let furigana { easyLabels = { furigana.chartLabel($0) } }
        let charts = ChartDrawer(bundle: bundle, easyLabels: easyLabels, strings: strings, ganttRows: wrappers.ganttRows,
                                 tally: wrappers.themeTally)
        var extras = PageExtras(
            kpiChart: { site, initiative, kpi, _ in charts.kpi(site, initiative, kpi) },
            initiativeGantt: { site, initiative, _ in charts.gantt(site, initiative) },
            overallGantt: { site, part, pagePath in charts.overall(site, part: part?.0, captionSuffix: part?.captionSuffix ?? "", pagePath: pagePath) },
            progressSummary: { site, scope, pagePath in charts.progressSummary(site, scope: scope, pagePath: pagePath) },
            dataPage: { site, pagePath in
                catalog.map { DataPageHTML.page(catalog: $0, site: site, strings: strings.forLanguage(site.language), pagePath: pagePath) }
            },
            hasDataPage: true,  // open data is always published, and with it the data page
            initiativeDataLinks: { site, initiative, pagePath in
                dataLinks[initiative.id].map { DataPageHTML.initiativeLinks($0, site: site, strings: strings.forLanguage(site.language), pagePath: pagePath) }
            },
            structuredData: { site, path in StructuredData.json(site: site, path: path, catalog: { catalog }).map(HTML.init(renderedUTF8:)) },
            accessibilityResults: accessibility)
        extras.kpiHistory = { site, initiative, kpi, _ in charts.history(site, initiative, kpi) }
        return extras
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
}
