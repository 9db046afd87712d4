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
        /// One actual of one KPI, reported on that date: each new actual is its own entry.
        case actual(initiativeID: String, kpiID: String)
    }

    let date: CalendarDate
    let subject: Subject
}

enum ReportUpdates {
    /// Newest first; on one date the report entry comes first, then initiatives by number.
    static func of(_ site: Site) -> [ReportUpdate] {
        var updates = site.report.asOf.map { [ReportUpdate(date: $0, subject: .report)] } ?? []
        // By index: a loop over the values copied every initiative and KPI of the report.
        let initiatives = site.initiatives
        for i in initiatives.indices {
            let kpis = initiatives[i].kpis
            for k in kpis.indices {
                for actual in kpis[k].actuals {
                    updates.append(ReportUpdate(date: actual.date, subject: .actual(initiativeID: initiatives[i].id, kpiID: kpis[k].id)))
                }
            }
        }
        // On one date, in the order listed: the report, then initiatives by number and KPIs in
        // table order (each update is listed once: one actual per KPI and date).
        // Their positions are sorted, not the updates (which would be copied at every move).
        let order = updates.indices.sorted { a, b in
            updates[a].date != updates[b].date ? updates[b].date < updates[a].date : a < b
        }
        return order.map { updates[$0] }
    }

    /// The newest update date: the feed's `updated` and the sitemap's `lastmod`; nil when
    /// the content states no date at all (then none is shown and no feed is written).
    /// The newest date among `of(site)`'s, found without listing and sorting them all.
    static func latest(_ site: Site) -> CalendarDate? {
        var newest = site.report.asOf
        // By index, as in `of`: the home and data pages ask for it on every build of `sitegen serve`.
        let initiatives = site.initiatives
        for i in initiatives.indices {
            let kpis = initiatives[i].kpis
            for k in kpis.indices {
                for actual in kpis[k].actuals where newest.map({ $0 < actual.date }) ?? true { newest = actual.date }
            }
        }
        return newest
    }

    /// Whether the report has anything dated to announce (cheap when it states `as_of`).
    static func hasAny(_ site: Site) -> Bool {
        site.report.asOf != nil || site.initiatives.contains { $0.kpis.contains { !$0.actuals.isEmpty } }
    }

    /// `2024-04-01T00:00:00+09:00`: report dates are dates in Japan.
    static func timestamp(_ date: CalendarDate) -> String { date.iso + timeOfDay }

    /// What follows the date in a timestamp (the start of the day in Japan).
    static let timeOfDay = "T00:00:00+09:00"
}
