import SitegenSupport
import SitegenModel
import SitegenContent

/// `robots.txt`: everything may be crawled; the sitemap is named with its
/// absolute URL, as the robots exclusion protocol (RFC 9309) expects.
/// Not-found pages keep crawlers away with their own `noindex`.
enum RobotsFile {
    static func render(baseURL: String) -> OutputFile {
        let sitemap = PublicURL.file(SitePaths.sitemap, baseURL: baseURL)
        // A URL with a line break would end the line early; base URLs are validated, this is belt and braces.
        let safe = sitemap.filter { !$0.isNewline }
        return OutputFile(path: SitePaths.robots, text: "User-agent: *\nAllow: /\n\nSitemap: \(safe)\n")
    }
}
