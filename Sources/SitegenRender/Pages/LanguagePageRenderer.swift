import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// One page before it is wrapped in the layout. Every text is HTML already.
struct PageDraft {
    /// Language-relative output path (`initiatives/x/index.html`).
    let path: String
    let template: String
    let context: [String: Any]
    /// The `<h1>` content (HTML).
    let heading: String
    /// Plain text of the page's own name, for `<title>`; nil on the home page.
    let titleText: String?
    let description: String
    /// Ancestors from the home page down, as (label HTML, language-relative path).
    let trail: [(label: String, path: String)]
    /// Which primary menu item this page is (its path), if any.
    let navPath: String?
    let isFallback: Bool
}

/// The pages of one language.
struct LanguagePageRenderer {
    let bundle: SiteBundle
    let site: Site
    let theme: SiteTheme
    let extras: PageExtras
    let inventory: PageInventory
    let labels: PageLabels

    init(bundle: SiteBundle, site: Site, theme: SiteTheme, extras: PageExtras, inventory: PageInventory) {
        self.bundle = bundle
        self.site = site
        self.theme = theme
        self.extras = extras
        self.inventory = inventory
        self.labels = PageLabels.forLanguage(site.language)
    }

    var language: Language { site.language }

    /// One page to render. Drafts (with their charts) are made by the worker that
    /// renders them, so charts are drawn on all cores and never wait in memory.
    enum PageJob: Sendable {
        case home, theme(Theme), initiative(Initiative, index: Int), background(Background), kpis, schedule, glossary
        case free(Page), data, accessibility, notFound

        /// Work order: the largest pages first (so no core is left with one at the end),
        /// the pages that show the open-data catalog last (another thread may still be writing it).
        var order: Int {
            switch self {
            case .schedule, .kpis: return 0
            case .data, .home: return 2
            default: return 1
            }
        }
    }

    /// The language's pages (or the scope's).
    func jobs(_ scope: RenderScope) -> [PageJob] {
        let initiatives = site.initiatives.enumerated().filter { scope.includes(initiative: $0.element.id) }
            .map { PageJob.initiative($0.element, index: $0.offset) }
        guard scope.isAll else { return initiatives }
        var jobs: [PageJob] = [.home, .schedule, .kpis]
        jobs += site.themes.map { .theme($0) }
        jobs += initiatives
        if let background = site.background { jobs.append(.background(background)) }
        if !site.glossary.isEmpty { jobs.append(.glossary) }
        jobs += site.pages.map { .free($0) }
        jobs.append(.accessibility)
        if inventory.contains(SitePaths.data, in: language) { jobs.append(.data) }
        jobs.append(.notFound)
        return jobs
    }

    /// Renders one page and hands it to `emit` once `finish`ed; returns what it found.
    func run(_ job: PageJob, finish: @Sendable (OutputFile) -> OutputFile,
             emit: @Sendable ([OutputFile]) -> Void) -> [Diagnostic] {
        if case .notFound = job {
            guard let page = notFoundPage() else { return [missingTemplate("not-found")] }
            emit([finish(page)])
            return []
        }
        var diagnostics: [Diagnostic] = []
        switch renderDraft(draft(job, &diagnostics)) {
        case .success(let file): emit([finish(file)])
        case .failure(let diagnostic): diagnostics.append(diagnostic)
        }
        return diagnostics
    }

    private func draft(_ job: PageJob, _ diagnostics: inout [Diagnostic]) -> PageDraft {
        switch job {
        case .home: return home(&diagnostics)
        case .theme(let theme): return themePage(theme)
        case .initiative(let initiative, let index): return initiativePage(initiative, index: index, &diagnostics)
        case .background(let background): return backgroundPage(background)
        case .kpis: return kpiListPage()
        case .schedule: return schedulePage()
        case .glossary: return glossaryPage()
        case .free(let page): return freePage(page, &diagnostics)
        case .data:
            let content = extras.dataPage(site, SitePaths.localized(SitePaths.data, language)) ?? ""
            return PageDraft(path: SitePaths.data, template: "data", context: ["content": content],
                             heading: Escape.html(labels.data), titleText: labels.data,
                             description: labels.data + " – " + InlineText.plain(site.report.title),
                             trail: [], navPath: SitePaths.data, isFallback: site.isFallback)
        case .accessibility: return accessibilityPage(extras.accessibilityResults)
        case .notFound: preconditionFailure("the 404 page has no draft (see run)")
        }
    }

    private func renderDraft(_ draft: PageDraft) -> Result<OutputFile, Diagnostic> {
        let full = SitePaths.localized(draft.path, language)
        guard let content = theme.render(draft.template, withCommon(draft.context, at: full)) else {
            return .failure(missingTemplate(draft.template))
        }
        guard let page = theme.render("layout", layoutContext(draft, content: content)) else {
            return .failure(missingTemplate("layout"))
        }
        return .success(OutputFile(path: full, text: page))
    }

    private func missingTemplate(_ name: String) -> Diagnostic {
        Diagnostic(.templateError, "テーマ「\(theme.name)」にテンプレート \(name).mustache がありません。",
                   at: SourceLocation(path: "themes/\(theme.name)/templates/\(name).mustache"))
    }

    // MARK: Links

    /// Relative URL from the page at `from` (output path) to a language-relative path, attribute-escaped.
    func href(from: String, to path: String, in target: Language? = nil) -> String {
        Escape.html(SitePaths.relativeURL(from: from, to: SitePaths.localized(path, target ?? language)))
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

    private func initiativeLabel(_ initiative: Initiative) -> String {
        Escape.html(labels.initiative + "\(initiative.number)") + " " + InlineText.html(initiative.title)
    }

    private func themeLabel(_ theme: Theme) -> String {
        Escape.html(theme.circledNumber) + " " + InlineText.html(theme.title)
    }

    // MARK: Common context

    private func labelContext() -> [String: Any] {
        var context: [String: Any] = [
            "vision": Escape.html(labels.vision), "kpis": Escape.html(labels.kpiSection),
            "schedule": Escape.html(labels.scheduleSection), "notes": Escape.html(labels.notes),
            "details": Escape.html(labels.details), "dataLinks": Escape.html(labels.dataLinks),
            "neighbours": Escape.html(labels.neighbours), "previous": Escape.html(labels.previous),
            "next": Escape.html(labels.next), "themes": Escape.html(labels.themes),
            "theme": Escape.html(labels.theme), "initiative": Escape.html(labels.initiative),
            "source": Escape.html(labels.source),
        ]
        if let note = labels.versionNote { context["versionNote"] = Escape.html(note) }
        return context
    }

    private func withCommon(_ context: [String: Any], at path: String) -> [String: Any] {
        var result = context
        result["labels"] = labelContext()
        result["fiscalYear"] = Escape.html(site.report.fiscalYearLabel)
        return result
    }

    private func paragraphs(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .map { InlineText.html($0) }
    }

    private func markdown(_ text: String, line: Int, path: String, base: Int, _ diagnostics: inout [Diagnostic]) -> String? {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        let result = Markdown.render(text, bodyStartLine: line, path: path, headingBase: base)
        diagnostics += result.diagnostics
        return result.html
    }

    // MARK: Pages

    private func initiativeLinks(_ initiatives: [Initiative], from full: String) -> [[String: Any]] {
        initiatives.map { initiative in
            var item: [String: Any] = [
                "href": href(from: full, to: SitePaths.initiative(initiative.id)),
                "label": initiativeLabel(initiative),
            ]
            // Always set: Mustache would otherwise find the page's own `summary`.
            item["summary"] = initiative.summary.isEmpty ? false : InlineText.html(initiative.summary)
            return item
        }
    }

    private func home(_ diagnostics: inout [Diagnostic]) -> PageDraft {
        let full = SitePaths.localized(SitePaths.home, language)
        let introPath = language.isEasy ? "site.\(language.code).yaml" : "site.yaml"
        var context: [String: Any] = [
            "asOf": PageFormat.date(site.report.asOf) + Escape.html(labels.asOfSuffix),
            "mission": paragraphs(site.mission), "vision": paragraphs(site.vision), "values": paragraphs(site.values),
            "themes": site.themes.map { theme -> [String: Any] in
                var item: [String: Any] = [
                    "id": Escape.html(theme.id), "href": href(from: full, to: SitePaths.theme(theme.id)),
                    "label": themeLabel(theme),
                    "initiatives": initiativeLinks(site.initiatives(inTheme: theme.id), from: full),
                ]
                item["summary"] = theme.summary.flatMap { $0.isEmpty ? nil : InlineText.html($0) } ?? false
                return item
            },
        ]
        if let intro = markdown(site.report.introduction, line: 1, path: introPath, base: 2, &diagnostics) {
            context["introduction"] = intro
        }
        return PageDraft(path: SitePaths.home, template: "home", context: context,
                         heading: InlineText.html(site.report.title), titleText: nil,
                         description: InlineText.plain(site.report.description), trail: [],
                         navPath: SitePaths.home, isFallback: site.isFallback)
    }

    private func themePage(_ theme: Theme) -> PageDraft {
        let path = SitePaths.theme(theme.id)
        let full = SitePaths.localized(path, language)
        var context: [String: Any] = [
            "initiatives": initiativeLinks(site.initiatives(inTheme: theme.id), from: full),
        ]
        if let summary = theme.summary, !summary.isEmpty { context["summary"] = InlineText.html(summary) }
        let name = labels.theme + theme.circledNumber + " " + InlineText.plain(theme.title)
        return PageDraft(path: path, template: "theme", context: context,
                         heading: Escape.html(labels.theme) + themeLabel(theme), titleText: name,
                         description: InlineText.plain(theme.summary ?? "").isEmpty ? name : InlineText.plain(theme.summary ?? ""),
                         trail: [(Escape.html(labels.themes), SitePaths.home + "#themes")],
                         navPath: nil, isFallback: site.isFallback)
    }

    func kpiTable(_ initiative: Initiative, caption: String) -> [String: Any] {
        let rows: [[String: Any]] = initiative.kpis.map { kpi in
            var noteParts: [String] = []
            if let note = kpi.note, !note.isEmpty { noteParts.append(InlineText.html(note)) }
            if let code = kpi.evaluation {
                let level = site.evaluationLevel(code: code)
                noteParts.append("評価: " + Escape.html(code) + (level.map { "（" + InlineText.html($0.label) + "）" } ?? ""))
            }
            let target: String
            let actual: String
            switch kpi.kind {
            case .milestone:
                target = Escape.html(KPI.Status.done.japaneseLabel)
                actual = Escape.html((kpi.status ?? .planned).japaneseLabel)
            case .number:
                target = PageFormat.target(kpi) ?? Escape.html(labels.none)
                let actuals = PageFormat.actuals(kpi)
                actual = actuals.isEmpty ? Escape.html(labels.notReported) : actuals.joined(separator: "<br>")
            }
            return [
                "id": Escape.html(kpi.id),
                "label": InlineText.html(kpi.label),
                "target": target,
                "baseline": PageFormat.baseline(kpi) ?? Escape.html(labels.none),
                "actual": actual,
                "unit": Escape.html(kpi.unit ?? "") ,
                "note": noteParts.isEmpty ? Escape.html(labels.none) : noteParts.joined(separator: "<br>"),
                "isMilestone": kpi.kind == .milestone,
            ]
        }
        return ["caption": caption, "ariaLabel": Escape.html(stripTags(caption)), "rows": rows,
                "hasRows": !rows.isEmpty, "baselineHeader": baselineHeader(initiative.kpis)]
    }

    /// The baseline column is named after the baselines it holds when they agree (令和5年度実績).
    private func baselineHeader(_ kpis: [KPI]) -> String {
        let labels = Set(kpis.compactMap { $0.baseline?.label }.filter { !$0.isEmpty })
        return "基準値"
            + (labels.count == 1 ? "（" + InlineText.html(labels.first!) + "）" : "")
    }

    func scheduleTable(_ initiative: Initiative, caption: String) -> [String: Any] {
        let year = site.fiscalYear
        let rows: [[String: Any]] = initiative.schedule.map { task in
            var row: [String: Any] = ["task": InlineText.html(task.task), "hasTiming": task.hasPublishedTiming]
            row["bars"] = task.bars.map { bar -> String in
                let span = PageFormat.monthRange(from: bar.startMonth, to: bar.endMonth, in: year)
                return Escape.html(span) + (bar.label.map { ": " + InlineText.html($0) } ?? "")
            }
            row["milestones"] = task.milestones.map { milestone -> String in
                "<span aria-hidden=\"true\">▲</span>" + Escape.html(PageFormat.month(milestone.month, in: year))
                    + ": " + InlineText.html(milestone.label)
            }
            return row
        }
        return ["caption": caption, "ariaLabel": Escape.html(stripTags(caption)), "rows": rows,
                "hasRows": !rows.isEmpty, "noTiming": Escape.html(labels.noTiming), "none": Escape.html(labels.none),
                "span": Escape.html(year.label + "、" + PageFormat.fiscalYearSpan(year))]
    }

    private func initiativePage(_ initiative: Initiative, index: Int, _ diagnostics: inout [Diagnostic]) -> PageDraft {
        let path = SitePaths.initiative(initiative.id)
        let full = SitePaths.localized(path, language)
        let number = labels.initiative + "\(initiative.number)"
        var context: [String: Any] = [
            "number": Escape.html(number),
            "visions": initiative.vision.compactMap { site.visionItem(number: $0) }.map {
                ["mark": Escape.html($0.circledNumber), "text": InlineText.html($0.text)]
            },
            "kpiTable": kpiTable(initiative, caption: Escape.html(number + "の" + labels.kpiSection)),
            "scheduleTable": scheduleTable(initiative, caption: Escape.html(number + "の" + labels.scheduleSection)),
            "notes": initiative.notes.map { InlineText.html($0) },
        ]
        if !initiative.summary.isEmpty { context["summary"] = InlineText.html(initiative.summary) }
        if let theme = site.theme(id: initiative.theme) {
            context["theme"] = ["href": href(from: full, to: SitePaths.theme(theme.id)), "label": themeLabel(theme)]
        }
        let charts = initiative.kpis.compactMap { extras.kpiChart(site, initiative, $0, full) }
        if !charts.isEmpty { context["kpiCharts"] = charts }
        if let gantt = extras.initiativeGantt(site, initiative, full) { context["gantt"] = gantt }
        if let data = extras.initiativeDataLinks(site, initiative, full) { context["data"] = data }
        if let body = markdown(initiative.body, line: initiative.bodyStartLine, path: initiative.location.path,
                               base: 3, &diagnostics) {
            context["body"] = body
        }
        if index > 0 {
            let previous = site.initiatives[index - 1]
            context["previous"] = ["href": href(from: full, to: SitePaths.initiative(previous.id)), "label": initiativeLabel(previous)]
        }
        if index + 1 < site.initiatives.count {
            let next = site.initiatives[index + 1]
            context["next"] = ["href": href(from: full, to: SitePaths.initiative(next.id)), "label": initiativeLabel(next)]
        }
        var trail: [(String, String)] = []
        if let theme = site.theme(id: initiative.theme) {
            trail.append((Escape.html(labels.theme) + themeLabel(theme), SitePaths.theme(theme.id)))
        }
        return PageDraft(path: path, template: "initiative", context: context,
                         heading: initiativeLabel(initiative),
                         titleText: number + " " + InlineText.plain(initiative.title),
                         description: InlineText.plain(initiative.summary.isEmpty ? initiative.title : initiative.summary),
                         trail: trail, navPath: nil, isFallback: site.isFallback || initiative.isFallback)
    }

    private func backgroundPage(_ background: Background) -> PageDraft {
        var context: [String: Any] = [
            "achievements": background.achievements.map { InlineText.html($0) },
            "challenges": background.challenges.map { InlineText.html($0) },
            "towardNextYear": background.towardNextYear.map { InlineText.html($0) },
            "towardNextYearHeading": Escape.html(site.report.fiscalYearLabel + "に向けて"),
            "hasCurrent": background.policy != nil || !background.achievements.isEmpty || !background.challenges.isEmpty,
        ]
        context["policy"] = paragraphs(background.policy ?? "")
        if let title = background.priorityIssueTitle, !title.isEmpty {
            var issue: [String: Any] = ["title": InlineText.html(title)]
            if let source = background.priorityIssueSource, !source.isEmpty { issue["source"] = InlineText.html(source) }
            context["priorityIssue"] = issue
        }
        context["conclusion"] = paragraphs(background.conclusion ?? "")
        return PageDraft(path: SitePaths.background, template: "background", context: context,
                         heading: Escape.html(labels.background), titleText: labels.background,
                         description: labels.background + " – " + InlineText.plain(site.report.title),
                         trail: [], navPath: SitePaths.background, isFallback: site.isFallback)
    }

    private func kpiListPage() -> PageDraft {
        let full = SitePaths.localized(SitePaths.kpis, language)
        let groups: [[String: Any]] = site.initiatives.filter { !$0.kpis.isEmpty }.map { initiative in
            let number = labels.initiative + "\(initiative.number)"
            return [
                "href": href(from: full, to: SitePaths.initiative(initiative.id)),
                "label": initiativeLabel(initiative),
                "kpiTable": kpiTable(initiative, caption: Escape.html(number + "の" + labels.kpiSection)),
            ]
        }
        return PageDraft(path: SitePaths.kpis, template: "kpis", context: ["groups": groups],
                         heading: Escape.html(labels.kpis), titleText: labels.kpis,
                         description: labels.kpis + " – " + InlineText.plain(site.report.title),
                         trail: [], navPath: SitePaths.kpis, isFallback: site.isFallback)
    }

    private func schedulePage() -> PageDraft {
        let full = SitePaths.localized(SitePaths.schedule, language)
        let themes: [[String: Any]] = site.themes.map { theme in
            [
                "label": Escape.html(labels.theme) + themeLabel(theme),
                "initiatives": site.initiatives(inTheme: theme.id).map { initiative -> [String: Any] in
                    let number = labels.initiative + "\(initiative.number)"
                    return [
                        "href": href(from: full, to: SitePaths.initiative(initiative.id)),
                        "label": initiativeLabel(initiative),
                        "scheduleTable": scheduleTable(initiative, caption: Escape.html(number + "の" + labels.scheduleSection)),
                    ]
                },
            ]
        }
        var context: [String: Any] = ["themes": themes,
                                      "span": Escape.html(site.fiscalYear.label + "（" + PageFormat.fiscalYearSpan(site.fiscalYear) + "）")]
        if let gantt = extras.overallGantt(site, full) { context["gantt"] = gantt }
        return PageDraft(path: SitePaths.schedule, template: "schedule", context: context,
                         heading: Escape.html(labels.schedule), titleText: labels.schedule,
                         description: labels.schedule + " – " + InlineText.plain(site.report.title),
                         trail: [], navPath: SitePaths.schedule, isFallback: site.isFallback)
    }

    private func glossaryPage() -> PageDraft {
        let entries: [[String: Any]] = site.glossary.map { entry in
            var item: [String: Any] = ["anchor": Escape.html(entry.anchor), "term": InlineText.html(entry.term),
                                       "text": paragraphs(entry.text)]
            item["reading"] = entry.reading.flatMap { $0.isEmpty ? nil : Escape.html($0) } ?? false
            return item
        }
        return PageDraft(path: SitePaths.glossary, template: "glossary", context: ["entries": entries],
                         heading: Escape.html(labels.glossary), titleText: labels.glossary,
                         description: labels.glossary + " – " + InlineText.plain(site.report.title),
                         trail: [], navPath: SitePaths.glossary, isFallback: site.isFallback)
    }

    private func freePage(_ page: Page, _ diagnostics: inout [Diagnostic]) -> PageDraft {
        var context: [String: Any] = [:]
        if let summary = page.summary, !summary.isEmpty { context["summary"] = InlineText.html(summary) }
        if let body = markdown(page.body, line: page.location.line, path: page.location.path, base: 2, &diagnostics) {
            context["body"] = body
        }
        return PageDraft(path: SitePaths.page(page.id), template: "page", context: context,
                         heading: InlineText.html(page.title), titleText: InlineText.plain(page.title),
                         description: InlineText.plain(page.summary ?? page.title),
                         trail: [], navPath: nil, isFallback: site.isFallback || page.isFallback)
    }

    private func stripTags(_ html: String) -> String {
        // Captions are built here from escaped text and ruby; keep only the base text.
        var out = ""
        var inTag = false
        var inRT = false
        var tag = ""
        for ch in html {
            if ch == "<" { inTag = true; tag = ""; continue }
            if inTag {
                if ch == ">" {
                    inTag = false
                    if tag == "rt" { inRT = true } else if tag == "/rt" { inRT = false }
                } else { tag.append(ch) }
                continue
            }
            if !inRT { out.append(ch) }
        }
        // Every entity starts with "&": without one there is nothing to replace.
        guard out.utf8.contains(UInt8(ascii: "&")) else { return out }
        return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
