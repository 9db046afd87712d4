import Foundation
import Synchronization
import SitegenSupport
import SitegenModel
import SitegenContent

/// Pages (with the chart files drawn for them), each initiative's open data, the sitemap
/// and the feed entries from the previous build of `sitegen serve`, handed out again while
/// nothing they show has changed. Initiatives are compared by their stamps
/// (`InitiativeStamps`): an initiative page shows its initiative in its language, its open
/// data's links (the size of its JSON, which has every language's texts) and the numbers
/// and titles of its neighbours; a page of a list its initiatives in its language and its
/// place among its theme's pages; an index of a split list the shape of the parts it links to; a page that shows
/// nothing of the initiatives (glossary, background, free pages, 404) only what is site-wide.
/// Everything site-wide (every language's site without its initiatives, the theme's files,
/// the accessibility results, whether each language has a feed) is compared once per
/// build, and a change there forgets everything. Where the site file's texts are
/// written (`Site.sourceMap`) is not shown on any page: moving them (a comment added to
/// site.yaml) keeps the pages. The home, data and accessibility pages show the open-data
/// catalog or the sources' fingerprint, which change with every edit: they are not kept.
package final class PageMemo: Sendable {
    package init() {}

    struct SiteWide: Sendable, Equatable {
        let sites: [Site]
        let theme: [FileVersion]
        /// The test results, without the fingerprint of the sources they were checked
        /// against: that changes with every edit, and only the accessibility page (never
        /// memoised) shows it. With it, every edit forgot every page.
        let accessibility: AccessibilityTestRun?
        /// Whether each language has dated updates: every page links the feed only then, and a
        /// report that states no `as_of` has them only through its initiatives' actuals.
        let hasUpdates: [Bool]
    }

    struct Neighbour: Sendable, Equatable {
        let id: String
        let number: Int
        let title: String
    }

    /// A page of one language: the bundle's index of its site, its folder (`initiatives`,
    /// `themes`, `glossary`…), the initiative, theme or page id, and the page of a split list.
    struct Key: Sendable, Hashable {
        let language: Int
        let kind: String
        var name = ""
        var page = 0
    }

    struct Input: Sendable, Equatable {
        /// The stamps of the initiatives it shows, in its language.
        var versions: [Int] = []
        var previous: Neighbour?
        var next: Neighbour?
        /// An initiative page: the links to its open data, with the size of its JSON (which holds
        /// its texts in every language).
        var dataLinks: InitiativeDataLinks?
        /// A page of a split list: its page number and the theme's page count (the pager). An
        /// index of a split list: each theme's number of pages, then each page's number of
        /// initiatives and its first and last initiative's numbers.
        var place: [Int] = []
        /// A theme page: every KPI of the theme (its progress summary counts them all), one
        /// list per initiative: an unchanged initiative's list is the same array, compared
        /// without reading it (compared KPI by KPI, the theme pages' inputs cost O(pages × KPIs)).
        var themeKPIs: [[KPI]] = []
        /// A page of the KPI list: whether each row's initiative is the first to use its KPI's
        /// id (the row's anchor is `kpi-<id>`, else it names its initiative too).
        var ownsKPIAnchor: [Bool] = []
        /// A page dated by the newest actual of the whole report (the index of a split KPI list).
        var lastUpdated: CalendarDate?
    }

    private let siteWide = Mutex<SiteWide?>(nil)
    private let pages = InputMemo<Key, Input, RenderedJob>()
    /// Each initiative's JSON and the links its page shows, by id, while its stamps are unchanged.
    private let initiativeData = InputMemo<String, [Int], InitiativeData>()
    /// This build's initiative stamps (and the previous build's initiatives they are compared with).
    private let stamps = Mutex(InitiativeStamps())
    private let publishing = PublishingMemo()
    /// The last bundle's render structure, with the bundle's sites (kept: their storage
    /// cannot be another bundle's while they are held).
    private let structure = Mutex<(sites: [Site], value: RenderStructure)?>(nil)

    /// Each language's list of pages (`PageInventory`), by language code, while its initiatives'
    /// ids and themes (so its lists' parts) are unchanged.
    private let pagePaths = InputMemo<String, [String], Set<String>>()
    /// The home page's progress summary by language code (see `SummaryInput`).
    private let summaries = InputMemo<String, SummaryInput, ChartFragment?>()
    /// Each theme's KPIs by grade ("ja/1"), while its initiatives' KPIs are unchanged: every page
    /// of the theme shows them, and the edited initiative's page counted the whole theme again.
    private let tallies = InputMemo<String, [[KPI]], ProgressSummary.ThemeTally>()
    /// Each language's Gantt overview rows, by language code: a page of the schedule draws its
    /// edited initiative's rows, and those that moved, and takes the others as drawn before.
    private let ganttRows = Mutex<[String: GanttRowMemo]>([:])

    /// What the home page's progress summary shows: every theme's KPIs (counted by grade),
    /// and, where it draws each KPI, its initiative (number and title) in every language.
    struct SummaryInput: Sendable, Equatable {
        let themeKPIs: [String: [[KPI]]]
        let marked: [Int]?
    }

    /// Starts a build; returns false (memo unused) where the theme's versions are unknown.
    package func begin(bundle: SiteBundle, themeVersions: [FileVersion]?, accessibility: AccessibilityResults?) -> Bool {
        guard let themeVersions else { return false }
        let now = SiteWide(sites: bundle.sites.map { $0.replacing(initiatives: [], sourceMap: SourceMap(path: "")) }, theme: themeVersions,
                           accessibility: accessibility?.run, hasUpdates: bundle.sites.map(ReportUpdates.hasAny))
        siteWide.withLock { siteWide in
            if siteWide != now {
                pages.removeAll()
                initiativeData.removeAll()
                publishing.removeAll()
                pagePaths.removeAll()
                summaries.removeAll()
                tallies.removeAll()
                ganttRows.withLock { $0.removeAll() }
                siteWide = now
            }
        }
        stamps.withLock { $0.update(bundle) }
        return true
    }

    /// Stage 4's steps with this memo around them (see `RenderWrappers`): a page whose inputs
    /// are unchanged is handed out again (with its charts), the sitemap and feeds are joined
    /// from kept parts, each language's list of pages and the home page's progress summary
    /// are kept while what they show is unchanged; every other job runs.
    package func wrappers() -> RenderWrappers {
        let stamps = self.stamps.withLock { $0 }
        var wrappers = RenderWrappers()
        wrappers.kept = { renderer, job in
            guard let (key, input) = renderer.memoInput(job, stamps: stamps) else { return nil }
            return self.pages.cached(key, for: input)
        }
        wrappers.stage = { renderer, job in
            if case .publishing = job.kind {
                return RenderedJob(files: self.publishing.files(bundle: renderer.bundle, inventory: renderer.inventory, stamps: stamps))
            }
            guard let (key, input) = renderer.memoInput(job, stamps: stamps) else { return renderer.run(job) }
            return self.page(key, for: input) { renderer.run(job) }
        }
        // `sitegen serve` renders the edited initiatives, then the whole site, of one bundle.
        wrappers.structure = { bundle, make in
            if let kept = self.structure.withLock({ $0 }), kept.sites.sharesStorage(with: bundle.sites) { return kept.value }
            let made = make()
            self.structure.withLock { $0 = (bundle.sites, made) }
            return made
        }
        wrappers.initiativeData = wrappingInitiativeData()
        wrappers.keptInitiativeData = { initiative in
            let versions = stamps.versions(of: initiative.id)
            return versions.isEmpty ? nil : self.initiativeData.cached(initiative.id, for: versions)
        }
        // A language's pages: its initiatives' pages and the pages of its lists, split by theme
        // (the data page is always there: `SiteRenderer.extras`).
        wrappers.pagePaths = { site, make in
            var names: [String] = []
            names.reserveCapacity(site.initiatives.count * 2)
            for initiative in site.initiatives { names += [initiative.id, initiative.theme] }
            return self.pagePaths.value(site.language.code, for: names, compute: make)
        }
        // Every theme's KPIs are counted; with `showsKPIs` each KPI is drawn with its initiative.
        wrappers.reportSummary = { site, showsKPIs, make in
            let language = stamps.languages.firstIndex(of: site.language.code) ?? -1
            let input = SummaryInput(themeKPIs: stamps.kpisByTheme(language: language),
                                     marked: showsKPIs ? site.initiatives.flatMap { stamps.versions(of: $0.id) } : nil)
            return self.summaries.value(site.language.code, for: input, compute: make)
        }
        wrappers.themeTally = { site, theme, make in
            let language = stamps.languages.firstIndex(of: site.language.code) ?? -1
            return self.tallies.value(site.language.code + "/" + theme.id, for: stamps.kpis(inTheme: theme.id, language: language),
                                      compute: make)
        }
        wrappers.ganttRows = { code in
            self.ganttRows.withLock { memos in
                if let memo = memos[code] { return memo }
                let memo = GanttRowMemo()
                memos[code] = memo
                return memo
            }
        }
        return wrappers
    }

    /// The open-data stage's per-initiative step with this memo around it: an initiative
    /// unchanged in every language (site-wide unchanged, see `begin`) keeps its JSON.
    package func wrappingInitiativeData() -> InitiativeDataWrapper {
        let stamps = self.stamps.withLock { $0 }
        return { initiative, make in
            let versions = stamps.versions(of: initiative.id)
            guard !versions.isEmpty else { return make() }
            return self.initiativeData.value(initiative.id, for: versions, compute: make)
        }
    }

    func page(_ key: Key, for input: Input, render: () -> RenderedJob) -> RenderedJob {
        pages.value(key, for: input, compute: render)
    }
}
