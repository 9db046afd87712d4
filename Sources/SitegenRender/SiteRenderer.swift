import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// Stage 4: every output file of the site, from the model. Pages, charts and
/// open data are drawn from the same `SiteBundle`, so they cannot disagree.
package enum SiteRenderer {
    /// Every file of the site, sorted by path (tests and `sitegen serve` compare whole sites).
    /// - Parameters:
    ///   - accessibility: the last site check's results (content/accessibility-results.json),
    ///     shown on the accessibility page.
    ///   - furigana: the annotator for easy pages; nil opens one with the content's
    ///     overrides. Passed in to read its statistics after the build.
    ///   - scope: `.initiatives(ids)` renders only those initiatives' pages, charts and
    ///     JSON files, exactly as the full render would (live preview's first step).
    package static func render(_ bundle: SiteBundle, theme: SiteTheme, accessibility: AccessibilityResults? = nil,
                              furigana annotator: FuriganaAnnotator? = nil,
                              scope: RenderScope = .all) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        render(bundle, theme: theme, accessibility: accessibility, furigana: annotator, scope: scope, pageMemo: nil)
    }

    package static func render(_ bundle: SiteBundle, theme: SiteTheme, accessibility: AccessibilityResults?,
                       furigana annotator: FuriganaAnnotator?, scope: RenderScope,
                       pageMemo: PageMemo?) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let collected = CollectedFiles()
        let diagnostics = render(bundle, theme: theme, accessibility: accessibility, furigana: annotator, scope: scope,
                                 pageMemo: pageMemo, emit: collected.add)
        return (collected.sorted, diagnostics)
    }

    /// Renders and hands each file to `emit` as soon as it is finished (from several
    /// threads), so a build of thousands of pages never holds the whole site in
    /// memory: `sitegen build` writes each file into the staging folder at once.
    package static func render(_ bundle: SiteBundle, theme: SiteTheme, accessibility: AccessibilityResults? = nil,
                              furigana annotator: FuriganaAnnotator? = nil, scope: RenderScope = .all,
                              emit: @escaping @Sendable ([OutputFile]) -> Void) -> [Diagnostic] {
        render(bundle, theme: theme, accessibility: accessibility, furigana: annotator, scope: scope, pageMemo: nil, emit: emit)
    }

    /// - Parameter pageMemo: `sitegen serve`'s memo of initiative pages (see `PageMemo`).
    package static func render(_ bundle: SiteBundle, theme: SiteTheme, accessibility: AccessibilityResults?,
                       furigana annotator: FuriganaAnnotator?, scope: RenderScope, pageMemo: PageMemo?,
                       emit plainEmit: @escaping @Sendable ([OutputFile]) -> Void) -> [Diagnostic] {
        // What a page job hands over (its page and the charts drawn for it) is also
        // recorded for the page memo while the job runs.
        let emit: @Sendable ([OutputFile]) -> Void = { files in
            JobRecorder.current?.record(files)
            plainEmit(files)
        }
        let (furigana, furiganaDiagnostics) = StageTimings.measure("render: furigana dictionary") { openAnnotator(bundle, given: annotator) }
        let easyLabels: (@Sendable (String) -> String)?
        if let furigana { easyLabels = { furigana.reading($0) } } else { easyLabels = nil }
        // What open data draws from: every initiative, or only the edited ones.
        let drawn: SiteBundle
        switch scope {
        case .all: drawn = bundle
        case .initiatives(let ids): drawn = bundle.keepingInitiatives(ids)
        }
        // Open data: each initiative's own JSON and row counts first (initiative pages link
        // to them); the documents and the catalog (home and data pages) are written on a
        // thread of their own while the pages render. A scoped render needs only the first part.
        let openData = StageTimings.measure("render: open data tables") { OpenDataStages(bundle: drawn) }
        let links = StageTimings.measure("render: initiative data") { () -> [InitiativeDataLinks] in
            let (files, links) = openData.initiativeData()
            switch scope {
            case .all: emit(files)
            case .initiatives(let ids):
                let own = Set(ids.map(OpenDataPaths.initiativeJSON))
                emit(files.filter { own.contains($0.path) })
            }
            return links  // the files are written; not kept
        }
        let dataLinks = Dictionary(links.map { ($0.initiativeID, $0) }, uniquingKeysWith: { first, _ in first })
        let catalog = Eventually<DataCatalog>()
        if scope.isAll {
            Thread.detachNewThread {
                let documents = openData.documents(initiativeLinks: links)
                emit(documents.files)
                catalog.fulfil(documents.catalog)
            }
        }
        // The data page is rendered once per language, when first asked for.
        let dataPages = DataPages(catalog: catalog)
        // Charts are drawn when their page asks for them; the standalone file goes out at the same time.
        let charts = ChartDrawer(bundle: bundle, easyLabels: easyLabels, emit: emit)
        let extras = PageExtras(
            kpiChart: { site, initiative, kpi, _ in charts.kpi(site, initiative, kpi).map { HTML(rendered: $0.figureHTML) } },
            initiativeGantt: { site, initiative, _ in charts.gantt(site, initiative).map { HTML(rendered: $0.figureHTML) } },
            overallGantt: { site, _ in charts.overall(site).map { HTML(rendered: $0.figureHTML) } },
            dataPage: { site, _ in HTML(rendered: dataPages.page(for: site)) },
            hasDataPage: true,  // open data is always published, and with it the data page
            initiativeDataLinks: { site, initiative, pagePath in
                dataLinks[initiative.id].map { HTML(rendered: DataPageHTML.initiativeLinks($0, site: site, pagePath: pagePath)) }
            },
            structuredData: { site, path in StructuredData.json(site: site, path: path, catalog: { catalog.value }).map(HTML.init(rendered:)) },
            accessibilityResults: accessibility)
        // Easy pages get their furigana as soon as they are rendered, on the same core.
        let easyFolders = bundle.sites.filter { $0.language.isEasy }.map { $0.language.folder + "/" }
        let finish: @Sendable (OutputFile) -> OutputFile = { file in
            guard let furigana, file.path.hasSuffix(".html"), easyFolders.contains(where: { file.path.hasPrefix($0) }) else {
                return file
            }
            return OutputFile(path: file.path, text: furigana.annotateHTML(String(decoding: file.data, as: UTF8.self)))
        }
        let diagnostics = StageTimings.measure("render: pages, charts, furigana") {
            PageRenderer.render(bundle: bundle, theme: theme, extras: extras, scope: scope, memo: pageMemo,
                                finish: finish, emit: emit)
        }
        // Every file is out only when the documents' thread is done too.
        if scope.isAll { _ = StageTimings.measure("render: waiting for open data") { catalog.value } }
        return diagnostics + furiganaDiagnostics
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
