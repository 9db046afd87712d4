import SitegenSupport
import SitegenModel
import SitegenContent

/// Open Graph and Twitter card tags, so a page shared on LINE, X or Facebook
/// shows its title, summary and the report's picture. Every URL is absolute,
/// as those services require.
enum SocialMeta {
    static let imageWidth = 1200
    static let imageHeight = 630

    /// (attribute, name, content) triples, in the order they are written; values unescaped.
    static func tags(site: Site, pageTitle: String, description: String, url: String, isHome: Bool) -> [(String, String, String)] {
        let siteName = site.organization.name + " " + InlineText.plain(site.report.title)
        let image = PublicURL.file(SitePaths.shareImage, baseURL: site.report.baseURL)
        return [
            ("property", "og:type", isHome ? "website" : "article"),
            ("property", "og:site_name", siteName),
            ("property", "og:title", pageTitle),
            ("property", "og:description", description),
            ("property", "og:url", url),
            ("property", "og:image", image),
            ("property", "og:image:type", "image/png"),
            ("property", "og:image:width", String(imageWidth)),
            ("property", "og:image:height", String(imageHeight)),
            ("property", "og:image:alt", siteName),
            ("property", "og:locale", "ja_JP"),
            ("name", "twitter:card", "summary_large_image"),
        ]
    }
}
