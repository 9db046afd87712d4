import SitegenModel
import SitegenContent

/// One page of a list of initiatives that is split: a theme's initiatives, or one
/// page of them when the theme has more than a page holds.
package struct ListPart: Sendable {
    package let theme: Theme
    /// From 1.
    package let page: Int
    package let pageCount: Int
    package let initiatives: [Initiative]

    /// The part's page in a list folder (`themes`, `schedule`, `kpis`).
    func path(in list: String) -> String { SitePaths.listPart(list, theme: theme.id, page: page) }
}

/// How the pages that list initiatives are laid out as a report grows (issue 18).
/// A report that fits on one page keeps its one-page schedule and KPI list; a larger
/// one gets an index by theme, then pages of at most `site.pageSize` initiatives, the way
/// readers browse (theme, then page). A theme page is split the same way when its
/// theme alone is more than a page holds.
///
/// At 10,000 initiatives the one-page schedule was 75 MB of HTML; a page of 20
/// initiatives (the default size) is about 200 KB (`scripts/bench` prints the largest page).
struct ListLayout: Sendable {
    /// Whether the schedule and the KPI list are an index of parts.
    let isSplit: Bool
    private let partsByTheme: [String: [ListPart]]

    init(site: Site) {
        let perPage = max(1, site.pageSize)
        isSplit = Self.isSplit(site)
        var parts: [String: [ListPart]] = [:]
        var byTheme: [String: [Initiative]] = [:]
        for initiative in site.initiatives { byTheme[initiative.theme, default: []].append(initiative) }
        for theme in site.themes where parts[theme.id] == nil {
            parts[theme.id] = Self.split(byTheme[theme.id] ?? [], of: theme, perPage: perPage)
        }
        partsByTheme = parts
    }

    static func isSplit(_ site: Site) -> Bool { site.initiatives.count > site.pageSize }

    /// A theme's pages, at least one (a theme without initiatives still has its page).
    func parts(of theme: Theme) -> [ListPart] {
        partsByTheme[theme.id] ?? [ListPart(theme: theme, page: 1, pageCount: 1, initiatives: [])]
    }

    /// The page numbers a pager shows: the first and last, two on each side of the
    /// current one, nil where pages are left out ("…"). 7 of 125: 1 … 5 6 7 8 9 … 125.
    static func pagerPages(current: Int, of count: Int) -> [Int?] {
        let shown = Set([1, count] + Array(max(1, current - 2)...max(1, min(count, current + 2)))).sorted()
        var pages: [Int?] = []
        for page in shown {
            if let last = pages.last, let previous = last, page > previous + 1 { pages.append(nil) }
            pages.append(page)
        }
        return pages
    }

    /// Pages of even size: 25 initiatives are 13 + 12, not 20 + 5.
    static func split(_ initiatives: [Initiative], of theme: Theme, perPage: Int) -> [ListPart] {
        let pageCount = max(1, (initiatives.count + perPage - 1) / perPage)
        let size = initiatives.count / pageCount
        let larger = initiatives.count % pageCount
        var parts: [ListPart] = []
        var start = 0
        for index in 0..<pageCount {
            let end = start + size + (index < larger ? 1 : 0)
            parts.append(ListPart(theme: theme, page: index + 1, pageCount: pageCount,
                                  initiatives: Array(initiatives[start..<end])))
            start = end
        }
        return parts
    }
}
