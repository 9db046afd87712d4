import SitegenSupport
import SitegenModel
import SitegenContent

/// Which dates of the content a page's 「最終更新日」 is taken from: the report's own date
/// (`as_of`) and, where the page shows KPI figures, the dates of those actuals.
/// Never the build clock: a page whose content states no date shows none.
enum DatedContent {
    /// The report's date only (pages without KPI figures).
    case report
    /// The report's date and the actuals of these initiatives' KPIs.
    case initiatives([Initiative])
    /// The report's date and every actual (pages that summarise every KPI).
    case everything

    /// The latest date stated, or nil when there is none.
    func lastUpdated(in site: Site) -> CalendarDate? {
        let initiatives: [Initiative]
        switch self {
        case .report: initiatives = []
        case .initiatives(let some): initiatives = some
        case .everything: initiatives = site.initiatives
        }
        let actualDates = initiatives.lazy.flatMap(\.kpis).compactMap(\.actuals.last?.date)
        return ([site.report.asOf].compactMap { $0 } + actualDates).max()
    }
}
