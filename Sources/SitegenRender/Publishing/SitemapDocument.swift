import SitegenSupport
import SitegenModel
import SitegenContent

/// `sitemap.xml`: every indexable page of every language, each with
/// `xhtml:link` alternates to its versions in the other languages (and
/// `x-default` for the base language), as search engines read them.
enum SitemapDocument {
    /// - Parameter latest: each language's newest update (`ReportUpdates`), in the bundle's order.
    static func render(bundle: SiteBundle, inventory: PageInventory, latest: [CalendarDate?]) -> OutputFile {
        let baseURL = bundle.base.report.baseURL
        let languages = bundle.sites.map(\.language)
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

        """
        for (site, latest) in zip(bundle.sites, latest) {
            let lastmod = latest?.iso
            for path in inventory.paths(in: site.language) {
                out += "<url>\n<loc>\(Escape.xml(PublicURL.page(path, in: site.language, baseURL: baseURL)))</loc>\n"
                if let lastmod { out += "<lastmod>\(lastmod)</lastmod>\n" }
                let versions = languages.filter { inventory.contains(path, in: $0) }
                if versions.count > 1 {
                    for language in versions {
                        out += alternate(LanguagePageRenderer.hreflang(language), PublicURL.page(path, in: language, baseURL: baseURL))
                    }
                    if versions.contains(bundle.base.language) {
                        out += alternate("x-default", PublicURL.page(path, in: bundle.base.language, baseURL: baseURL))
                    }
                }
                out += "</url>\n"
            }
        }
        out += "</urlset>\n"
        return OutputFile(path: SitePaths.sitemap, text: out)
    }

    private static func alternate(_ hreflang: String, _ href: String) -> String {
        "<xhtml:link rel=\"alternate\" hreflang=\"\(Escape.xml(hreflang))\" href=\"\(Escape.xml(href))\"/>\n"
    }
}
