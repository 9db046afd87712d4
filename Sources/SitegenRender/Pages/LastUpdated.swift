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
        var latest = site.report.asOf
        // Indexed, not a lazy chain: that copied every KPI of the report for each page that shows them all.
        func consider(_ initiatives: [Initiative]) {
            for i in initiatives.indices {
                let kpis = initiatives[i].kpis
                for k in kpis.indices {
                    if let date = kpis[k].actuals.last?.date, latest.map({ $0 < date }) ?? true { latest = date }
                }
            }
        }
        switch self {
        case .report: break
        case .initiatives(let some): consider(some)
        case .everything: consider(site.initiatives)
        }
        return latest
    }
}
