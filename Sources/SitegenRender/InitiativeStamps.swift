import SitegenSupport
import SitegenModel

/// A number for each initiative in each language that changes exactly when its
/// validated value changes: `sitegen serve`'s memos compare these numbers, not whole
/// initiatives, on every page of every build. Each build compares each initiative
/// once with its value in the previous build; an unchanged file gives the same value
/// (the content cache hands out the same decoded initiative), so that comparison
/// mostly finds the same storage. A number is never given twice in a session.
struct InitiativeStamps: Sendable {
    /// One language's initiatives of the last bundle, their numbers at the same positions,
    /// and each id's position.
    private struct Language: Sendable {
        let code: String
        let initiatives: [Initiative]
        let stamps: [Int]
        let positions: [String: Int]
    }

    private var sites: [Language] = []
    private var last = 0
    /// Every KPI list of each theme's initiatives, by language (the bundle's order) and theme id:
    /// a theme page's progress summary counts them all. An unchanged initiative's list is the
    /// same array, compared without being read.
    private(set) var themeKPIs: [[String: [[KPI]]]] = []

    /// The bundle's language codes, in its order.
    var languages: [String] { sites.map(\.code) }

    /// This build's numbers: the previous ones where an initiative is unchanged.
    mutating func update(_ bundle: SiteBundle) {
        // The same bundle again (`sitegen serve`'s edited pages, then the whole site): the same
        // lists (kept, so their storage cannot be another list's), nothing to compare.
        if bundle.sites.count == sites.count,
           zip(bundle.sites, sites).allSatisfy({ $0.initiatives.sharesStorage(with: $1.initiatives) }) { return }
        let before = Dictionary(sites.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        sites = bundle.sites.map { site in update(site.initiatives, code: site.language.code, from: before[site.language.code]) }
        themeKPIs = bundle.sites.map { site in
            var kpis: [String: [[KPI]]] = [:]
            for i in site.initiatives.indices { kpis[site.initiatives[i].theme, default: []].append(site.initiatives[i].kpis) }
            return kpis
        }
    }

    /// One language's numbers: compared position by position while the ids stand where they
    /// stood (no lookup per initiative), else by id.
    private mutating func update(_ initiatives: [Initiative], code: String, from old: Language?) -> Language {
        let samePlaces = old.map { old in
            old.initiatives.count == initiatives.count && initiatives.indices.allSatisfy { old.initiatives[$0].id == initiatives[$0].id }
        } ?? false
        var stamps: [Int] = []
        stamps.reserveCapacity(initiatives.count)
        for i in initiatives.indices {
            let previous = samePlaces ? i : old?.positions[initiatives[i].id]
            if let old, let previous, old.initiatives[previous] == initiatives[i] {
                stamps.append(old.stamps[previous])
            } else {
                last += 1
                stamps.append(last)
            }
        }
        let positions = samePlaces ? old?.positions ?? [:]
            : Dictionary(initiatives.indices.map { (initiatives[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        return Language(code: code, initiatives: initiatives, stamps: stamps, positions: positions)
    }

    /// An initiative's numbers in every language.
    func versions(of id: String) -> [Int] {
        sites.indices.compactMap { version(of: id, language: $0) }
    }

    /// An initiative's number in the bundle's `language`-th site (nil: not there).
    func version(of id: String, language: Int) -> Int? {
        guard sites.indices.contains(language), let position = sites[language].positions[id] else { return nil }
        return sites[language].stamps[position]
    }

    /// The number of the initiative at `position` of the `language`-th site's list, when it is `id`.
    func version(at position: Int, of id: String, language: Int) -> Int? {
        guard sites.indices.contains(language), sites[language].initiatives.indices.contains(position),
              sites[language].initiatives[position].id == id else { return version(of: id, language: language) }
        return sites[language].stamps[position]
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
