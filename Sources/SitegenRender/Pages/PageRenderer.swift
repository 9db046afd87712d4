import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// Renders every HTML page of every language of the site with a theme. Pages
/// of a language live under its folder (`SitePaths.localized`); the theme's
/// static files are shared at the output root. The sitemap, robots.txt and
/// feeds come from the same page inventory, so they list exactly these pages.
package enum PageRenderer {
    /// Every page of every language (with the theme's files, the sitemap and feeds),
    /// sorted by path: the pages alone, with the fragments `extras` gives.
    package static func render(bundle: SiteBundle, theme: SiteTheme, extras: PageExtras = .none,
                              scope: RenderScope = .all) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let inventory = PageInventory(bundle: bundle, extras: extras)
        let renderers = bundle.sites.map { site in
            LanguagePageRenderer(bundle: bundle, site: site, theme: theme, extras: extras, inventory: inventory)
        }
        let ordered = renderers.indices.flatMap { index in renderers[index].jobs(scope).map { (renderer: index, job: $0) } }
        let made = ParallelMap.map(ordered) { item in renderers[item.renderer].run(item.job, finish: { .text($0.markup) }) }
        var files = made.flatMap(\.files)
        if scope.isAll { files += theme.staticFiles + PublishingFiles.render(bundle: bundle, inventory: inventory) }
        return (files.sorted { $0.path.precedesInByteOrder($1.path) }, Array(Set(made.flatMap(\.diagnostics))).sorted())
    }
}

/// Every language's version of each initiative, for the page memo's inputs.
struct InitiativeVersions: Sendable {
    private let byLanguage: [[String: Initiative]]
    /// Every KPI of each theme by language (the bundle's order) and theme id, gathered once:
    /// gathered per theme page, it cost O(pages × initiatives) in every build of `sitegen serve`.
    private let themeKPIs: [[String: [[KPI]]]]

    init(_ bundle: SiteBundle) {
        byLanguage = bundle.sites.map { site in
            Dictionary(site.initiatives.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        themeKPIs = bundle.sites.map { site in
            var kpis: [String: [[KPI]]] = [:]
            for initiative in site.initiatives { kpis[initiative.theme, default: []].append(initiative.kpis) }
            return kpis
        }
    }

    /// `site.initiatives(inTheme:).map(\.kpis)` of the bundle's `language`-th site.
    func kpis(inTheme id: String, language: Int) -> [[KPI]] { themeKPIs[language][id] ?? [] }

    func input(_ initiative: Initiative, index: Int, in site: Site) -> PageMemo.Input {
        func neighbour(_ i: Int) -> PageMemo.Neighbour? {
            guard site.initiatives.indices.contains(i) else { return nil }
            let other = site.initiatives[i]
            return PageMemo.Neighbour(id: other.id, number: other.number, title: other.title)
        }
        return PageMemo.Input(versions: byLanguage.compactMap { $0[initiative.id] },
                              previous: neighbour(index - 1), next: neighbour(index + 1))
    }

    /// The initiative in every language.
    func versions(of id: String) -> [Initiative] { byLanguage.compactMap { $0[id] } }

    /// A list page's initiatives in every language, and its place among its theme's pages.
    func input(_ part: ListPart) -> PageMemo.Input {
        PageMemo.Input(versions: part.initiatives.flatMap { initiative in byLanguage.compactMap { $0[initiative.id] } },
                       previous: nil, next: nil, place: [part.page, part.pageCount])
    }
}

/// Which language-relative pages exist in which language, so the language
/// switch and `hreflang` links only point at pages that are produced.
struct PageInventory {
    private let paths: [String: Set<String>]
    /// How each language's lists are split: decided here once, rendered by its language's pages.
    private let layouts: [String: ListLayout]

    init(bundle: SiteBundle, extras: PageExtras) {
        var paths: [String: Set<String>] = [:]
        var layouts: [String: ListLayout] = [:]
        for site in bundle.sites {
            let layout = ListLayout(site: site)
            layouts[site.language.code] = layout
            paths[site.language.code] = Self.pagePaths(of: site, layout: layout, extras: extras)
        }
        self.paths = paths
        self.layouts = layouts
    }

    /// The lists' layout of a language of the bundle.
    func layout(of site: Site) -> ListLayout { layouts[site.language.code] ?? ListLayout(site: site) }

    static func pagePaths(of site: Site, layout: ListLayout, extras: PageExtras) -> Set<String> {
        var result: Set<String> = [SitePaths.home, SitePaths.kpis, SitePaths.schedule, SitePaths.accessibility]
        if site.background != nil { result.insert(SitePaths.background) }
        if !site.glossary.isEmpty { result.insert(SitePaths.glossary) }
        if extras.hasDataPage ?? (extras.dataPage(site, SitePaths.localized(SitePaths.data, site.language)) != nil) {
            result.insert(SitePaths.data)
        }
        for part in site.themes.flatMap({ layout.parts(of: $0) }) {
            result.insert(part.path(in: "themes"))
            if layout.isSplit { result.formUnion([part.path(in: "schedule"), part.path(in: "kpis")]) }
        }
        for initiative in site.initiatives { result.insert(SitePaths.initiative(initiative.id)) }
        for page in site.pages { result.insert(SitePaths.page(page.id)) }
        return result
    }

    func contains(_ path: String, in language: Language) -> Bool { paths[language.code]?.contains(path) ?? false }

    /// The language-relative paths of a language's pages, home first, then in byte order.
    func paths(in language: Language) -> [String] {
        let all = paths[language.code] ?? []
        let rest = all.filter { $0 != SitePaths.home }.sorted { $0.precedesInByteOrder($1) }
        return all.contains(SitePaths.home) ? [SitePaths.home] + rest : rest
    }
}
