import SitegenSupport

/// A link to another page of the site written by id in Markdown, so that it
/// survives renamed files and works in every language and under any folder:
/// `[説明](initiative:online-procedures)`, `(page:about)`, `(theme:service)`,
/// `(site:kpis)`, each with an optional `#場所`. Pages write it as the relative
/// URL from the page that shows it, in that page's language (`easy/…` links
/// stay in the easy site).
package struct SiteLink: Sendable, Hashable {
    package enum Target: Sendable, Hashable {
        case initiative(String), page(String), theme(String)
        /// One of `sitePages` (`site:kpis`).
        case site(String)
    }

    package let target: Target
    package let fragment: String?

    /// The pages every site has, by the name written after `site:`.
    package static let sitePages: [(name: String, path: String)] = [
        ("home", SitePaths.home), ("kpis", SitePaths.kpis), ("schedule", SitePaths.schedule),
        ("background", SitePaths.background), ("glossary", SitePaths.glossary), ("data", SitePaths.data),
        ("accessibility", SitePaths.accessibility),
    ]

    /// `initiative:id#x` → the link; nil for a URL of any other form (`https:`, `../x/`).
    package static func parse(_ url: String) -> SiteLink? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon]
        var rest = url[url.index(after: colon)...]
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        let id = String(rest)
        switch scheme {
        case "initiative": return SiteLink(target: .initiative(id), fragment: fragment)
        case "page": return SiteLink(target: .page(id), fragment: fragment)
        case "theme": return SiteLink(target: .theme(id), fragment: fragment)
        case "site": return SiteLink(target: .site(id), fragment: fragment)
        default: return nil
        }
    }

    /// The page's language-relative output path; nil for a `site:` name no site has.
    package var path: String? {
        switch target {
        case .initiative(let id): SitePaths.initiative(id)
        case .page(let id): SitePaths.page(id)
        case .theme(let id): SitePaths.theme(id)
        case .site(let name): Self.sitePages.first { $0.name == name }?.path
        }
    }

    /// The relative URL from the page at `from` (output path) in `language`.
    package func url(from: String, in language: Language) -> String? {
        guard let path else { return nil }
        return SitePaths.relativeURL(from: from, to: SitePaths.localized(path, language)) + (fragment.map { "#" + $0 } ?? "")
    }
}
