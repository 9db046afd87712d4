import SitegenSupport
import SitegenModel
import SitegenContent

/// The dated updates of a report, from its own data: the report's `as_of` (when stated)
/// and every date on which KPI actuals were reported. No clock is read, so
/// the feed and the sitemap's `lastmod` are the same on every build.
struct ReportUpdate: Sendable, Hashable {
    enum Subject: Sendable, Hashable {
        /// The report as a whole, as of its `as_of` date.
        case report
        /// Actuals of one initiative's KPIs reported on that date (KPI ids in table order).
        case actuals(initiativeID: String, kpiIDs: [String])
    }

    let date: CalendarDate
    let subject: Subject
}

enum ReportUpdates {
    /// Newest first; on one date the report entry comes first, then initiatives by number.
    static func of(_ site: Site) -> [ReportUpdate] {
        var updates = site.report.asOf.map { [ReportUpdate(date: $0, subject: .report)] } ?? []
        for initiative in site.initiatives {
            var dates: [CalendarDate] = []
            for kpi in initiative.kpis { for actual in kpi.actuals where !dates.contains(actual.date) { dates.append(actual.date) } }
            for date in dates.sorted() {
                let ids = initiative.kpis.filter { $0.actuals.contains { $0.date == date } }.map(\.id)
                updates.append(ReportUpdate(date: date, subject: .actuals(initiativeID: initiative.id, kpiIDs: ids)))
            }
        }
        let order = Dictionary(uniqueKeysWithValues: site.initiatives.enumerated().map { ($1.id, $0 + 1) })
        func rank(_ u: ReportUpdate) -> Int {
            if case .actuals(let id, _) = u.subject { return order[id] ?? Int.max }
            return 0
        }
        return updates.sorted { a, b in a.date != b.date ? b.date < a.date : rank(a) < rank(b) }
    }

    /// The newest update date: the feed's `updated` and the sitemap's `lastmod`; nil when
    /// the content states no date at all (then none is shown and no feed is written).
    static func latest(_ site: Site) -> CalendarDate? {
        of(site).first?.date
    }

    /// Whether the report has anything dated to announce (cheap when it states `as_of`).
    static func hasAny(_ site: Site) -> Bool {
        site.report.asOf != nil || site.initiatives.contains { $0.kpis.contains { !$0.actuals.isEmpty } }
    }

    /// `2024-04-01T00:00:00+09:00`: report dates are dates in Japan.
    static func timestamp(_ date: CalendarDate) -> String { date.iso + "T00:00:00+09:00" }
}
