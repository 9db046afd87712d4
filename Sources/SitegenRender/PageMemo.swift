import Foundation
import Synchronization
import SitegenSupport
import SitegenModel
import SitegenContent

/// Pages (with the chart files drawn for them), each initiative's open data, the sitemap
/// and the feed entries from the previous build of `sitegen serve`, handed out again while
/// nothing they show has changed. Initiatives are compared by their stamps
/// (`InitiativeStamps`): an initiative page shows its initiative in every language (its
/// JSON link shows the size of a file with all languages' texts) and the numbers and titles
/// of its neighbours; a page of a split list its initiatives and its place among its theme's
/// pages; an index of a split list the shape of the parts it links to; a page that shows
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
        /// The stamps of the initiatives it shows, each in every language.
        var versions: [Int] = []
        var previous: Neighbour?
        var next: Neighbour?
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
                siteWide = now
            }
        }
        stamps.withLock { $0.update(bundle) }
        return true
    }

    /// The render stage with this memo around it: a page whose inputs are unchanged is
    /// handed out again (with its charts), the sitemap and feeds are joined from kept
    /// parts; every other job runs.
    package func wrapping(_ stage: @escaping RenderStage) -> RenderStage {
        let stamps = self.stamps.withLock { $0 }
        return { renderer, job in
            if case .publishing = job.kind {
                return RenderedJob(files: self.publishing.files(bundle: renderer.bundle, inventory: renderer.inventory, stamps: stamps))
            }
            guard let (key, input) = renderer.memoInput(job, stamps: stamps) else { return stage(renderer, job) }
            return self.page(key, for: input) { stage(renderer, job) }
        }
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
