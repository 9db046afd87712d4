import SitegenSupport
import SitegenModel

/// A number for each initiative in each language that changes exactly when its
/// validated value changes: `sitegen serve`'s memos compare these numbers, not whole
/// initiatives, on every page of every build. Each build compares each initiative
/// once with its value in the previous build; an unchanged file gives the same value
/// (the content cache hands out the same decoded initiative), so that comparison
/// mostly finds the same storage. A number is never given twice in a session.
struct InitiativeStamps: Sendable {
    private struct Stamped: Sendable {
        let initiative: Initiative
        let stamp: Int
    }

    /// The previous build's initiatives by language code, then id.
    private var known: [String: [String: Stamped]] = [:]
    private var last = 0
    /// The last bundle's initiative lists, by language.
    private var updatedLists: [[Initiative]] = []
    /// The bundle's language codes, in its order.
    private(set) var languages: [String] = []
    /// Each initiative's numbers in every language (the bundle's order), by id.
    private(set) var byID: [String: [Int]] = [:]
    /// Every KPI list of each theme's initiatives, by language (the bundle's order) and theme id:
    /// a theme page's progress summary counts them all. An unchanged initiative's list is the
    /// same array, compared without being read.
    private(set) var themeKPIs: [[String: [[KPI]]]] = []

    /// This build's numbers: the previous ones where an initiative is unchanged.
    mutating func update(_ bundle: SiteBundle) {
        // The same bundle again (`sitegen serve`'s edited pages, then the whole site): the same
        // lists (kept, so their storage cannot be another list's), nothing to compare.
        let lists = bundle.sites.map(\.initiatives)
        if lists.count == updatedLists.count, zip(lists, updatedLists).allSatisfy(Self.sameStorage) { return }
        updatedLists = lists
        languages = bundle.sites.map(\.language.code)
        var byID: [String: [Int]] = [:]
        byID.reserveCapacity(bundle.base.initiatives.count)
        var known: [String: [String: Stamped]] = [:]
        themeKPIs = []
        for site in bundle.sites {
            let before = self.known[site.language.code] ?? [:]
            var now: [String: Stamped] = [:]
            now.reserveCapacity(site.initiatives.count)
            var kpis: [String: [[KPI]]] = [:]
            for initiative in site.initiatives {
                let stamp: Int
                if let old = before[initiative.id], old.initiative == initiative {
                    stamp = old.stamp
                } else {
                    last += 1
                    stamp = last
                }
                now[initiative.id] = Stamped(initiative: initiative, stamp: stamp)
                byID[initiative.id, default: []].append(stamp)
                kpis[initiative.theme, default: []].append(initiative.kpis)
            }
            known[site.language.code] = now
            themeKPIs.append(kpis)
        }
        self.known = known
        self.byID = byID
    }

    private static func sameStorage(_ a: [Initiative], _ b: [Initiative]) -> Bool {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress && x.count == y.count } }
    }

    /// An initiative's numbers in every language.
    func versions(of id: String) -> [Int] { byID[id] ?? [] }

    /// An initiative's number in the bundle's `language`-th site (-1: not there).
    func version(of id: String, language: Int) -> Int {
        guard let versions = byID[id], versions.indices.contains(language) else { return -1 }
        return versions[language]
    }

    /// Every theme's `kpis(inTheme:language:)`, by theme id.
    func kpisByTheme(language: Int) -> [String: [[KPI]]] {
        themeKPIs.indices.contains(language) ? themeKPIs[language] : [:]
    }

    /// `site.initiatives(inTheme:).map(\.kpis)` of the bundle's `language`-th site.
    func kpis(inTheme id: String, language: Int) -> [[KPI]] {
        themeKPIs.indices.contains(language) ? themeKPIs[language][id] ?? [] : []
    }
}
