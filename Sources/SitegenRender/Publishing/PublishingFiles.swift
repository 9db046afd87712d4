import SitegenSupport
import SitegenModel
import SitegenContent

/// The files that make the site findable and followable, next to its pages:
/// `sitemap.xml`, `robots.txt` and one Atom feed per language (when there is a dated update).
enum PublishingFiles {
    static func render(bundle: SiteBundle, inventory: PageInventory) -> [OutputFile] {
        var files = [SitemapDocument.render(bundle: bundle, inventory: inventory),
                     RobotsFile.render(baseURL: bundle.base.report.baseURL)]
        // A feed needs dated entries: a report that states no date and no actuals has none.
        files += bundle.sites.filter(ReportUpdates.hasAny).map { AtomFeed.render(site: $0) }
        return files
    }
}
