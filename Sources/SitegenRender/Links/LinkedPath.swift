import SitegenSupport
import SitegenModel
import SitegenContent

/// What a path of the output is, for the link check: a page of the site (and
/// the link by id that names it), a page of a kind the site has but with an id
/// it does not have, or not a page.
enum LinkedPath {
    case page(PageAnchors.Page, idLink: String)
    case missing(idLink: String)

    var idLink: String {
        switch self {
        case .page(_, let link), .missing(let link): link
        }
    }

    /// `path` is output-relative (`easy/initiatives/x/`, `kpis/index.html`, `` for the top page).
    static func of(_ path: String, in site: Site) -> LinkedPath? {
        var rest = Substring(path)
        // Every language has the same pages: the folder of another language names the same one.
        for language in site.languages where !language.folder.isEmpty {
            if rest == language.folder { rest = "" } else if rest.hasPrefix(language.folder + "/") {
                rest = rest.dropFirst(language.folder.count + 1)
            }
        }
        if rest.hasSuffix("index.html") { rest = rest.dropLast("index.html".count) }
        let parts = rest.split(separator: "/", omittingEmptySubsequences: false)
        // A page is a folder: `kpis/` or `kpis` (a server adds the slash).
        let segments = parts.last == "" ? Array(parts.dropLast()) : parts
        if segments.isEmpty { return .page(.home, idLink: "site:home") }
        if segments.count == 1, let page = sitePage(String(segments[0]), in: site, byFolder: true) {
            return .page(page, idLink: "site:" + sitePageName(folder: String(segments[0])))
        }
        guard segments.count == 2 else { return nil }
        let id = String(segments[1])
        switch segments[0] {
        case "initiatives":
            return site.initiatives.first { $0.id == id }.map { .page(.initiative($0), idLink: "initiative:" + id) }
                ?? .missing(idLink: "initiative:" + id)
        case "pages":
            return site.pages.first { $0.id == id }.map { .page(.free($0), idLink: "page:" + id) } ?? .missing(idLink: "page:" + id)
        case "themes":
            return site.themes.first { $0.id == id }.map { .page(.theme($0), idLink: "theme:" + id) } ?? .missing(idLink: "theme:" + id)
        default:
            return nil
        }
    }

    /// The page `site:name` names, when this site has it (no background page without `background`).
    static func sitePage(_ name: String, in site: Site, byFolder: Bool = false) -> PageAnchors.Page? {
        let key = byFolder ? sitePageName(folder: name) : name
        switch key {
        case "home": return byFolder ? nil : .home
        case "kpis": return .kpis
        case "schedule": return .schedule
        case "background": return site.background.map { .background($0) }
        case "glossary": return site.glossary.isEmpty ? nil : .glossary
        case "data": return .data
        case "accessibility": return .accessibility
        default: return nil
        }
    }

    /// The names `site:` takes on this site.
    static func sitePageNames(in site: Site) -> [String] {
        SiteLink.sitePages.map(\.name).filter { sitePage($0, in: site) != nil }
    }

    /// The `site:` name of a page's folder (`kpis/index.html` → kpis).
    private static func sitePageName(folder: String) -> String {
        SiteLink.sitePages.first { $0.path == folder + "/index.html" }?.name ?? folder
    }

    /// Files beside the pages: open data, charts, the theme's assets, publishing files.
    static func isFile(_ path: String, in site: Site) -> Bool {
        var rest = Substring(path)
        for language in site.languages where !language.folder.isEmpty && rest.hasPrefix(language.folder + "/") {
            rest = rest.dropFirst(language.folder.count + 1)
        }
        return ["data/", "charts/", "assets/"].contains { rest.hasPrefix($0) && rest.count > $0.count }
            || [SitePaths.feed, SitePaths.sitemap, SitePaths.robots, "404.html"].contains(String(rest))
    }

    /// `url`'s path from the page at `from` (output-relative), with `.` and `..` worked
    /// out; nil when it climbs above the output folder.
    static func resolve(_ url: String, from: String) -> String? {
        var parts = from.split(separator: "/").dropLast().map(String.init)
        let pieces = url.split(separator: "/", omittingEmptySubsequences: false)
        for (i, piece) in pieces.enumerated() {
            switch piece {
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            case ".":
                continue
            case "" where i < pieces.count - 1:
                continue // `a//b`
            default:
                parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }
}

extension PageAnchors.Page {
    /// The page's language-relative output path.
    var path: String {
        switch self {
        case .home: SitePaths.home
        case .kpis: SitePaths.kpis
        case .schedule: SitePaths.schedule
        case .glossary: SitePaths.glossary
        case .data: SitePaths.data
        case .accessibility: SitePaths.accessibility
        case .notFound: "404.html"
        case .background: SitePaths.background
        case .initiative(let i): SitePaths.initiative(i.id)
        case .theme(let t): SitePaths.theme(t.id)
        case .free(let p): SitePaths.page(p.id)
        }
    }
}
