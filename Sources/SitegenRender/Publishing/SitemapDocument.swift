import SitegenSupport
import SitegenModel
import SitegenContent

/// `sitemap.xml`: every indexable page of every language, each with
/// `xhtml:link` alternates to its versions in the other languages (and
/// `x-default` for the base language), as search engines read them.
enum SitemapDocument {
    /// - Parameter latest: each language's newest update (`ReportUpdates`), in the bundle's order.
    /// Written as UTF-8, each address escaped straight into the bytes.
    static func render(bundle: SiteBundle, inventory: PageInventory, latest: [CalendarDate?]) -> OutputFile {
        let baseURL = bundle.base.report.baseURL
        let languages = bundle.sites.map(\.language)
        var out = ByteBuffer()
        out.append("""
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

        """)
        for (site, latest) in zip(bundle.sites, latest) {
            let lastmod = latest?.iso
            for path in inventory.paths(in: site.language) {
                out.append("<url>\n<loc>")
                Escape.appendXML(PublicURL.page(path, in: site.language, baseURL: baseURL), to: &out)
                out.append("</loc>\n")
                if let lastmod {
                    out.append("<lastmod>")
                    out.append(lastmod)
                    out.append("</lastmod>\n")
                }
                let versions = languages.filter { inventory.contains(path, in: $0) }
                if versions.count > 1 {
                    for language in versions {
                        appendAlternate(LanguagePageRenderer.hreflang(language), PublicURL.page(path, in: language, baseURL: baseURL),
                                        to: &out)
                    }
                    if versions.contains(bundle.base.language) {
                        appendAlternate("x-default", PublicURL.page(path, in: bundle.base.language, baseURL: baseURL), to: &out)
                    }
                }
                out.append("</url>\n")
            }
        }
        out.append("</urlset>\n")
        return OutputFile(path: SitePaths.sitemap, contents: .buffer(out))
    }

    private static func appendAlternate(_ hreflang: String, _ href: String, to out: inout ByteBuffer) {
        out.append("<xhtml:link rel=\"alternate\" hreflang=\"")
        Escape.appendXML(hreflang, to: &out)
        out.append("\" href=\"")
        Escape.appendXML(href, to: &out)
        out.append("\"/>\n")
    }
}
