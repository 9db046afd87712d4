import SitegenSupport
import SitegenModel
import SitegenContent

/// The places (`#…`) a link may point at on each page of the site: the sections
/// the default theme gives an `id`, when the page shows that section. Links to
/// anything else on a page (a chart's inner parts) are refused: those ids are
/// not a promise. `PageAnchorsTests` renders the pages and checks each is there.
enum PageAnchors {
    /// A page of one language's site, as a link names it.
    enum Page {
        case home, kpis, schedule, glossary, data, accessibility, notFound
        case background(Background?)
        case initiative(Initiative), theme(Theme), free(SitegenModel.Page)
    }

    static func anchors(of page: Page, in site: Site) -> [String] {
        var ids = ["main"] // the skip link's target, on every page
        switch page {
        case .home:
            ids += ["mission", "vision", "values", "themes"] + site.themes.map { "theme-" + $0.id }
        case .initiative(let initiative):
            if !initiative.vision.isEmpty { ids.append("vision") }
            if !initiative.kpis.isEmpty { ids += ["kpis"] + initiative.kpis.map { "kpi-" + $0.id } }
            if !initiative.schedule.isEmpty { ids.append("schedule") }
            if !initiative.notes.isEmpty { ids.append("notes") }
            if !isBlank(initiative.body) { ids.append("details") }
            ids.append("data")
        case .kpis:
            // A split list's first page is its index; the rows are on the pages of each theme.
            guard !ListLayout.isSplit(site) else { break }
            let owners = KPIOwners(site)
            ids += site.initiatives.flatMap { initiative in initiative.kpis.map { owners.overviewAnchor($0, of: initiative) } }
        case .background(let background?):
            if background.policy != nil || !background.achievements.isEmpty || !background.challenges.isEmpty { ids.append("current") }
            if !isBlank(background.priorityIssueTitle ?? "") { ids.append("priority-issue") }
            if !background.towardNextYear.isEmpty { ids.append("next-year") }
            if !isBlank(background.conclusion ?? "") { ids.append("conclusion") }
        case .glossary:
            ids += site.glossary.map(\.anchor)
        case .data:
            ids += ["data-files", "data-columns", "data-license"]
        case .accessibility:
            ids += ["policy", "claim"] // #results only when test results exist
        case .background(nil), .schedule, .theme, .free, .notFound:
            break
        }
        return ids
    }


    private static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }
}

/// Which initiative first uses each KPI id, looked up once per site (a search per row
/// made the KPI overview quadratic: 10,000 initiatives asked 30,000 times).
struct KPIOwners: Sendable {
    private let firstOwner: [String: String]

    init(_ site: Site) {
        var owners: [String: String] = [:]
        let initiatives = site.initiatives
        for i in initiatives.indices {
            let kpis = initiatives[i].kpis
            for k in kpis.indices where owners[kpis[k].id] == nil { owners[kpis[k].id] = initiatives[i].id }
        }
        firstOwner = owners
    }

    /// For each KPI of these initiatives in order: whether its initiative is the first to use its id.
    func ownsAnchors(of initiatives: [Initiative]) -> [Bool] {
        var owns: [Bool] = []
        for i in initiatives.indices {
            let kpis = initiatives[i].kpis
            for k in kpis.indices { owns.append(firstOwner[kpis[k].id] == initiatives[i].id) }
        }
        return owns
    }

    /// A KPI's place on the KPI overview: `kpi-<id>`; an id another initiative used first
    /// gets its initiative's id too (`kpi-<initiative>-<id>`), so places stay unique.
    func overviewAnchor(_ kpi: KPI, of initiative: Initiative) -> String {
        firstOwner[kpi.id] == initiative.id ? "kpi-" + kpi.id : "kpi-" + initiative.id + "-" + kpi.id
    }
}
