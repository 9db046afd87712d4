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
        let made = ParallelMap.map(ordered) { item in renderers[item.renderer].run(item.job, finish: { $0.markup.fileBytes }) }
        var files = made.flatMap(\.files)
        if scope.isAll { files += theme.staticFiles + PublishingFiles.render(bundle: bundle, inventory: inventory) }
        return (files.sorted { $0.path.precedesInByteOrder($1.path) }, Array(Set(made.flatMap(\.diagnostics))).sorted())
    }
}

/// Which language-relative pages exist in which language, so the language
/// switch and `hreflang` links only point at pages that are produced.
struct PageInventory {
    private let paths: [String: Set<String>]
    /// How each language's lists are split: decided here once, rendered by its language's pages.
    private let layouts: [String: ListLayout]

    /// - Parameter wrap: wraps the making of each language's list (`sitegen serve`'s memo).
    init(bundle: SiteBundle, extras: PageExtras,
         pagePaths wrap: (@Sendable (_ site: Site, _ make: () -> Set<String>) -> Set<String>)? = nil) {
        var paths: [String: Set<String>] = [:]
        var layouts: [String: ListLayout] = [:]
        for site in bundle.sites {
            let layout = ListLayout(site: site)
            layouts[site.language.code] = layout
            let make = { Self.pagePaths(of: site, layout: layout, extras: extras) }
            paths[site.language.code] = wrap.map { $0(site, make) } ?? make()
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

    /// Every language's pages by language code (what the sitemap lists).
    var pagesByLanguage: [String: Set<String>] { paths }

    /// The language-relative paths of a language's pages, home first, then in byte order.
    func paths(in language: Language) -> [String] {
        let all = paths[language.code] ?? []
        let rest = all.filter { $0 != SitePaths.home }.sorted { $0.precedesInByteOrder($1) }
        return all.contains(SitePaths.home) ? [SitePaths.home] + rest : rest
    }
}
