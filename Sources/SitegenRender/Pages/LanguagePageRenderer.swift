import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// A rendered page before it becomes bytes: its output path and its HTML.
struct PageMarkup {
    let path: String
    let markup: HTML
}

/// One page before it is wrapped in the layout.
struct PageDraft {
    /// Language-relative output path (`initiatives/x/index.html`).
    let path: String
    let template: String
    let model: any TemplateModel
    /// The `<h1>` content.
    let heading: HTML
    /// Plain text of the page's own name, for `<title>`; nil on the home page.
    let titleText: String?
    let description: String
    /// Ancestors from the home page down, as (label, language-relative path).
    let trail: [(label: HTML, path: String)]
    /// Which primary menu item this page is (its path), if any.
    let navPath: String?
    let isFallback: Bool
    /// The standalone chart files drawn for this page, returned with it.
    var charts: [OutputFile] = []
    /// Where its 「最終更新日」 comes from.
    var dated = DatedContent.report
}

/// The pages of one language.
struct LanguagePageRenderer: Sendable {
    let bundle: SiteBundle
    let site: Site
    let theme: SiteTheme
    private(set) var extras: PageExtras
    let inventory: PageInventory
    let labels: PageLabels
    /// How the lists of initiatives (theme pages, schedule, KPI list) are split as the report grows.
    let layout: ListLayout
    /// Who first uses each KPI id, for the KPI overview's row anchors.
    let kpiOwners: KPIOwners
    /// Grades and their words: made once (each grade cell built its words and chart text anew).
    let assessor: ProgressAssessor
    /// The section labels every page template gets, made once (reflected, they cost each page).
    private let labelsValue: TemplateValue
    /// The language's fixed words (the theme's strings file).
    var strings: FrameStrings { labels.strings }

    init(bundle: SiteBundle, site: Site, theme: SiteTheme, extras: PageExtras, inventory: PageInventory) {
        self.bundle = bundle
        self.site = site
        self.theme = theme
        self.extras = extras
        self.inventory = inventory
        self.labels = PageLabels(theme.strings.forLanguage(site.language))
        self.layout = inventory.layout(of: site)
        self.kpiOwners = KPIOwners(site)
        self.assessor = ProgressAssessor(site: site, strings: labels.strings)
        self.labelsValue = .model(LabelsModel(
            vision: labels.vision, kpis: labels.kpiSection, schedule: labels.scheduleSection, notes: labels.notes,
            details: labels.details, dataLinks: labels.dataLinks, neighbours: labels.neighbours,
            previous: labels.previous, next: labels.next, themes: labels.themes, theme: labels.theme,
            initiative: labels.initiative, source: labels.source, versionNote: labels.versionNote))
    }

    var language: Language { site.language }

    /// The same pages with other fragments (the second wave's, which show the catalog).
    func showing(_ extras: PageExtras) -> LanguagePageRenderer {
        var renderer = self
        renderer.extras = extras
        return renderer
    }

    /// One page to render. Drafts (with their charts) are made by the worker that
    /// renders them, so charts are drawn on all cores and never wait in memory.
    enum PageJob: Sendable {
        /// An initiative page, by the initiative's index in `site.initiatives` (a job is copied
        /// several times on its way to a core: an index, not the initiative).
        case home, theme(ListPart), initiative(index: Int), background(Background), glossary
        /// The whole report's list (or, split, its index: nil), or one page of it.
        case kpis(ListPart?), schedule(ListPart?)
        case free(Page), data, accessibility, notFound

        /// The pages that list every initiative: spread through the work order (`JobOrder`).
        /// (The index of a split list is small.)
        var isLarge: Bool {
            switch self {
            case .schedule(nil), .kpis(nil): true
            default: false
            }
        }

        /// Whether the page shows the open-data catalog: rendered in the second wave,
        /// once the first has made the catalog.
        var showsCatalog: Bool {
            switch self {
            case .data, .home: true
            default: false
            }
        }
    }

    /// The language's pages (or the scope's).
    func jobs(_ scope: RenderScope) -> [PageJob] {
        let initiatives = site.initiatives.indices.filter { scope.includes(initiative: site.initiatives[$0].id) }
            .map { PageJob.initiative(index: $0) }
        guard scope.isAll else { return initiatives }
        var jobs: [PageJob] = [.home, .schedule(nil), .kpis(nil)]
        let parts = site.themes.flatMap { layout.parts(of: $0) }
        jobs += parts.map { .theme($0) }
        if layout.isSplit { jobs += parts.map { .schedule($0) } + parts.map { .kpis($0) } }
        jobs += initiatives
        if let background = site.background { jobs.append(.background(background)) }
        if !site.glossary.isEmpty { jobs.append(.glossary) }
        jobs += site.pages.map { .free($0) }
        jobs.append(.accessibility)
        if inventory.contains(SitePaths.data, in: language) { jobs.append(.data) }
        jobs.append(.notFound)
        return jobs
    }

    /// The language's pages that show the open-data catalog (`PageJob.showsCatalog`), in
    /// `jobs`' order: the second wave, without listing every page again.
    func catalogJobs(_ scope: RenderScope) -> [PageJob] {
        guard scope.isAll else { return [] }
        return ([.home] + (inventory.contains(SitePaths.data, in: language) ? [.data] : [])).filter(\.showsCatalog)
    }

    /// Renders one page: the page (its markup `finish`ed: furigana on easy pages, before it
    /// becomes bytes, so a large page is not copied twice), the chart files drawn for it and what it found.
    func run(_ job: PageJob, finish: (PageMarkup) -> FileBytes) -> RenderedJob {
        if case .notFound = job {
            guard let page = notFoundPage() else { return RenderedJob(diagnostics: [missingTemplate("not-found")]) }
            return RenderedJob(files: [OutputFile(path: page.path, contents: finish(page))])
        }
        var diagnostics: [Diagnostic] = []
        let draft = draft(job, &diagnostics)
        switch renderDraft(draft) {
        case .success(let page):
            return RenderedJob(files: draft.charts + [OutputFile(path: page.path, contents: finish(page))], diagnostics: diagnostics)
        case .failure(let diagnostic): return RenderedJob(files: draft.charts, diagnostics: diagnostics + [diagnostic])
        }
    }

    /// The page's view model and frame details; internal for the template tests.
    func draft(_ job: PageJob, _ diagnostics: inout [Diagnostic]) -> PageDraft {
        switch job {
        case .home: return home(&diagnostics)
        case .theme(let part): return themePage(part)
        case .initiative(let index): return initiativePage(site.initiatives[index], index: index, &diagnostics)
        case .background(let background): return backgroundPage(background)
        case .kpis(let part): return kpiListPage(part)
        case .schedule(let part): return schedulePage(part)
        case .glossary: return glossaryPage()
        case .free(let page): return freePage(page, &diagnostics)
        case .data:
            let content = extras.dataPage(site, SitePaths.localized(SitePaths.data, language)) ?? .empty
            return PageDraft(path: SitePaths.data, template: "data", model: DataPageModel(content: content),
                             heading: HTML(text: labels.data), titleText: labels.data,
                             description: labels.data + " – " + InlineText.plain(site.report.title),
                             trail: [], navPath: SitePaths.data, isFallback: site.isFallback, dated: .everything)
        case .accessibility: return accessibilityPage(extras.accessibilityResults)
        case .notFound: preconditionFailure("the 404 page has no draft (see run)")
        }
    }

    private func renderDraft(_ draft: PageDraft) -> Result<PageMarkup, Diagnostic> {
        guard let content = theme.render(draft.template, pageContext(draft.model)) else {
            return .failure(missingTemplate(draft.template))
        }
        guard let page = theme.render("layout", TemplateContext(layoutModel(draft, content: content))) else {
            return .failure(missingTemplate("layout"))
        }
        return .success(PageMarkup(path: SitePaths.localized(draft.path, language), markup: page))
    }

    private func missingTemplate(_ name: String) -> Diagnostic {
        Diagnostic(.templateError, "テーマ「\(theme.name)」にテンプレート \(name).mustache がありません。",
                   at: SourceLocation(path: "themes/\(theme.name)/templates/\(name).mustache"))
    }

    // MARK: Links

    /// Relative URL from the page at `from` (output path) to a language-relative path.
    func href(from: String, to path: String, in target: Language? = nil) -> String {
        SitePaths.relativeURL(from: from, to: SitePaths.localized(path, target ?? language))
    }

    /// The absolute URL of a page, in folder form.
    func absoluteURL(_ path: String, in target: Language) -> String {
        PublicURL.page(path, in: target, baseURL: site.report.baseURL)
    }

    /// `ja`, and `ja-x-easy` for easy Japanese: a valid BCP 47 private-use tag,
    /// so the two versions of a page do not claim the same `hreflang`.
    static func hreflang(_ language: Language) -> String {
        language.isEasy ? language.htmlLang + "-x-easy" : language.htmlLang
    }

    func initiativeLabel(_ initiative: Initiative) -> HTML {
        HTML(text: labels.initiative) + HTML(text: String(initiative.number)) + " " + HTML(inlineText: initiative.title)
    }

    func themeLabel(_ theme: Theme) -> HTML {
        HTML(text: theme.circledNumber) + " " + HTML(inlineText: theme.title)
    }

    // MARK: Common context

    /// A page template's keys plus `labels` and `fiscalYear`, which every page template gets.
    func pageContext(_ model: any TemplateModel) -> TemplateContext {
        var context = TemplateContext(model)
        context.set("labels", value: labelsValue)
        context.set("strings", value: strings.templateTree())
        context.set("fiscalYear", value: .text(site.report.fiscalYearLabel))
        return context
    }

    func paragraphs(_ text: String) -> [HTML] {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty }
            .map { HTML(inlineText: $0) }
    }

    /// - Parameter page: the output path of the page that shows it, for links by id.
    private func markdown(_ text: String, line: Int, path: String, base: Int, page: String,
                          _ diagnostics: inout [Diagnostic]) -> HTML? {
        guard !text.isBlank else { return nil }
        let language = language
        let result = Markdown.render(text, bodyStartLine: line, path: path, headingBase: base,
                                     linkURL: { SiteLink.parse($0)?.url(from: page, in: language) })
        diagnostics += result.diagnostics
        return result.html
    }

    func nonEmpty(_ text: String?) -> HTML? {
        guard let text, !text.isEmpty else { return nil }
        return HTML(inlineText: text)
    }

    // MARK: Pages

    func initiativeLinks(_ initiatives: [Initiative], from full: String) -> [InitiativeLinkModel] {
        initiatives.map { initiative in
            InitiativeLinkModel(href: href(from: full, to: SitePaths.initiative(initiative.id)),
                                label: initiativeLabel(initiative), summary: nonEmpty(initiative.summary))
        }
    }

    private func home(_ diagnostics: inout [Diagnostic]) -> PageDraft {
        let full = SitePaths.localized(SitePaths.home, language)
        // A split report's home page shows each theme's counts; the bars are on the theme pages.
        let summary = extras.progressSummary(site, .report(showsKPIs: !layout.isSplit), full)
        let introPath = language.isEasy ? "site.\(language.code).yaml" : "site.yaml"
        let model = HomeModel(
            progressSummary: summary?.figure,
            asOf: site.report.asOf.map { PageFormat.date($0) + HTML(text: labels.asOfSuffix) },
            introduction: markdown(site.report.introduction, line: 1, path: introPath, base: 2, page: full, &diagnostics),
            mission: paragraphs(site.mission), vision: paragraphs(site.vision), values: paragraphs(site.values),
            themes: site.themes.map { theme in
                let initiatives = site.initiatives(inTheme: theme.id)
                return HomeModel.ThemeCard(
                    id: theme.id, href: href(from: full, to: SitePaths.theme(theme.id)),
                    label: themeLabel(theme), summary: nonEmpty(theme.summary), listsInitiatives: !layout.isSplit,
                    initiatives: layout.isSplit ? [] : initiativeLinks(initiatives, from: full),
                    initiativeCount: layout.isSplit ? strings.text("list.initiativeCount", ["count": String(initiatives.count)]) : nil)
            })
        return PageDraft(path: SitePaths.home, template: "home", model: model,
                         heading: HTML(inlineText: site.report.title), titleText: nil,
                         description: InlineText.plain(site.report.description), trail: [],
                         navPath: SitePaths.home, isFallback: site.isFallback, charts: summary?.file.map { [$0] } ?? [],
                         dated: .everything)
    }

    private func initiativePage(_ initiative: Initiative, index: Int, _ diagnostics: inout [Diagnostic]) -> PageDraft {
        let path = SitePaths.initiative(initiative.id)
        let full = SitePaths.localized(path, language)
        let number = labels.initiative + "\(initiative.number)"
        let theme = site.theme(id: initiative.theme)
        func neighbour(_ i: Int) -> LinkModel? {
            guard site.initiatives.indices.contains(i) else { return nil }
            let other = site.initiatives[i]
            return LinkModel(href: href(from: full, to: SitePaths.initiative(other.id)), label: initiativeLabel(other))
        }
        // Each KPI's chart, then its values over the years when it has a history.
        let kpiCharts = initiative.kpis.flatMap { [extras.kpiChart(site, initiative, $0, full), extras.kpiHistory(site, initiative, $0, full)] }
            .compactMap { $0 }
        let gantt = extras.initiativeGantt(site, initiative, full)
        let model = InitiativeModel(
            number: number,
            theme: theme.map { LinkModel(href: href(from: full, to: SitePaths.theme($0.id)), label: themeLabel($0)) },
            summary: nonEmpty(initiative.summary),
            visions: initiative.vision.compactMap { site.visionItem(number: $0) }.map {
                // As this initiative's page in the source quotes it, when its words differ from site.yaml.
                InitiativeModel.Vision(mark: $0.circledNumber, text: HTML(inlineText: initiative.visionWording[$0.number] ?? $0.text))
            },
            kpiTable: kpiTable(initiative, caption: labels.sectionCaption(number, labels.kpiSection)),
            kpiCharts: kpiCharts.map(\.figure),
            gantt: gantt?.figure,
            scheduleTable: scheduleTable(initiative, caption: labels.sectionCaption(number, labels.scheduleSection)),
            notes: initiative.notes.map { HTML(inlineText: $0) },
            body: markdown(initiative.body, line: initiative.bodyStartLine, path: initiative.location.path,
                           base: 3, page: full, &diagnostics),
            data: extras.initiativeDataLinks(site, initiative, full),
            previous: index > 0 ? neighbour(index - 1) : nil,
            next: neighbour(index + 1))
        let trail = theme.map { [(HTML(text: labels.theme) + themeLabel($0), SitePaths.theme($0.id))] } ?? []
        return PageDraft(path: path, template: "initiative", model: model,
                         heading: initiativeLabel(initiative),
                         titleText: number + " " + InlineText.plain(initiative.title),
                         description: InlineText.plain(initiative.summary.isEmpty ? initiative.title : initiative.summary),
                         trail: trail, navPath: nil, isFallback: site.isFallback || initiative.isFallback,
                         charts: (kpiCharts + [gantt].compactMap { $0 }).compactMap(\.file), dated: .initiatives([initiative]))
    }

    private func backgroundPage(_ background: Background) -> PageDraft {
        let model = BackgroundModel(
            hasCurrent: background.policy != nil || !background.achievements.isEmpty || !background.challenges.isEmpty,
            policy: paragraphs(background.policy ?? ""),
            achievements: background.achievements.map { HTML(inlineText: $0) },
            challenges: background.challenges.map { HTML(inlineText: $0) },
            priorityIssue: nonEmpty(background.priorityIssueTitle).map {
                BackgroundModel.PriorityIssue(title: $0, source: nonEmpty(background.priorityIssueSource))
            },
            towardNextYearHeading: strings.text("background.towardNextYear", ["year": site.report.fiscalYearLabel]),
            towardNextYear: background.towardNextYear.map { HTML(inlineText: $0) },
            conclusion: paragraphs(background.conclusion ?? ""))
        return PageDraft(path: SitePaths.background, template: "background", model: model,
                         heading: HTML(text: labels.background), titleText: labels.background,
                         description: labels.background + " – " + InlineText.plain(site.report.title),
                         trail: [], navPath: SitePaths.background, isFallback: site.isFallback)
    }

    private func glossaryPage() -> PageDraft {
        let entries = site.glossary.map { entry in
            GlossaryModel.Entry(anchor: entry.anchor, term: HTML(inlineText: entry.term),
                                reading: GlossaryReading.shown(for: entry), text: paragraphs(entry.text))
        }
        return PageDraft(path: SitePaths.glossary, template: "glossary", model: GlossaryModel(entries: entries),
                         heading: HTML(text: labels.glossary), titleText: labels.glossary,
                         description: labels.glossary + " – " + InlineText.plain(site.report.title),
                         trail: [], navPath: SitePaths.glossary, isFallback: site.isFallback)
    }

    private func freePage(_ page: Page, _ diagnostics: inout [Diagnostic]) -> PageDraft {
        let full = SitePaths.localized(SitePaths.page(page.id), language)
        let model = FreePageModel(summary: nonEmpty(page.summary),
                                  body: markdown(page.body, line: page.location.line, path: page.location.path, base: 2,
                                                 page: full, &diagnostics))
        return PageDraft(path: SitePaths.page(page.id), template: "page", model: model,
                         heading: HTML(inlineText: page.title), titleText: InlineText.plain(page.title),
                         description: InlineText.plain(page.summary ?? page.title),
                         trail: [], navPath: nil, isFallback: site.isFallback || page.isFallback)
    }
}
