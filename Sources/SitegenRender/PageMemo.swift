import Foundation
import Synchronization
import SitegenSupport
import SitegenModel
import SitegenContent

/// Initiative pages and pages of split lists (with the chart files drawn for them)
/// from the previous build of `sitegen serve`, handed out again while nothing they
/// show has changed: the initiatives in every language (an initiative's JSON link shows
/// the size of a file with all languages' texts), the numbers and titles of an initiative's
/// neighbours, a list page's place among its theme's pages, and everything
/// site-wide (every language's site without its initiatives, the theme's files,
/// the accessibility results). A change site-wide forgets every page. Where the
/// site file's texts are written (`Site.sourceMap`) is not shown on any page:
/// moving them (a comment added to site.yaml) keeps the pages.
package final class PageMemo: Sendable {
    package init() {}

    struct SiteWide: Sendable, Equatable {
        let sites: [Site]
        let theme: [FileVersion]
        /// The test results, without the fingerprint of the sources they were checked
        /// against: that changes with every edit, and only the accessibility page (never
        /// memoised) shows it. With it, every edit forgot every page.
        let accessibility: AccessibilityTestRun?
    }

    struct Neighbour: Sendable, Equatable {
        let id: String
        let number: Int
        let title: String
    }

    struct Input: Sendable, Equatable {
        let versions: [Initiative]
        let previous: Neighbour?
        let next: Neighbour?
        /// A page of a split list: its page number and the theme's page count (the pager).
        var place: [Int] = []
        /// A theme page: every KPI of the theme (its progress summary counts them all), one
        /// list per initiative: an unchanged initiative's list is the same array, compared
        /// without reading it (compared KPI by KPI, the theme pages' inputs cost O(pages × KPIs)).
        var themeKPIs: [[KPI]] = []
    }

    private let siteWide = Mutex<SiteWide?>(nil)
    private let pages = InputMemo<Input, RenderedJob>()
    /// Each initiative's JSON and the links its page shows, by the initiative in every language.
    private let initiativeData = InputMemo<[Initiative], InitiativeData>()
    /// This build's initiatives in every language, for the JSON memo's inputs.
    private let versions = Mutex<InitiativeVersions?>(nil)

    /// Starts a build; returns false (memo unused) where the theme's versions are unknown.
    package func begin(bundle: SiteBundle, themeVersions: [FileVersion]?, accessibility: AccessibilityResults?) -> Bool {
        guard let themeVersions else { return false }
        let now = SiteWide(sites: bundle.sites.map { $0.replacing(initiatives: [], sourceMap: SourceMap(path: "")) }, theme: themeVersions,
                           accessibility: accessibility?.run)
        siteWide.withLock { siteWide in
            if siteWide != now {
                pages.removeAll()
                initiativeData.removeAll()
                siteWide = now
            }
        }
        versions.withLock { $0 = InitiativeVersions(bundle) }
        return true
    }

    /// The render stage with this memo around it: an initiative page whose inputs are
    /// unchanged is handed out again (with its charts); every other job runs.
    package func wrapping(_ stage: @escaping RenderStage) -> RenderStage {
        { renderer, job in
            guard let (key, input) = renderer.memoInput(job) else { return stage(renderer, job) }
            return self.page(key, for: input) { stage(renderer, job) }
        }
    }

    /// The open-data stage's per-initiative step with this memo around it: an initiative
    /// unchanged in every language (site-wide unchanged, see `begin`) keeps its JSON.
    package func wrappingInitiativeData() -> InitiativeDataWrapper {
        { initiative, make in
            guard let versions = self.versions.withLock({ $0 })?.versions(of: initiative.id) else { return make() }
            return self.initiativeData.value(initiative.id, for: versions, compute: make)
        }
    }

    func page(_ key: String, for input: Input, render: () -> RenderedJob) -> RenderedJob {
        pages.value(key, for: input, compute: render)
    }
}
