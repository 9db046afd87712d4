import SitegenSupport
import SitegenModel
import SitegenContent

/// The files that make the site findable and followable, next to its pages:
/// `sitemap.xml`, `robots.txt` and one Atom feed per language (when there is a dated update).
enum PublishingFiles {
    static func render(bundle: SiteBundle, inventory: PageInventory) -> [OutputFile] {
        // Each language's updates, listed once for its sitemap dates and its feed.
        let updates = bundle.sites.map(ReportUpdates.of)
        var files = [SitemapDocument.render(bundle: bundle, inventory: inventory, latest: updates.map { $0.first?.date }),
                     RobotsFile.render(baseURL: bundle.base.report.baseURL)]
        // A feed needs dated entries: a report that states no date and no actuals has none.
        files += zip(bundle.sites, updates).filter { !$0.1.isEmpty }.map { AtomFeed.render(site: $0, updates: $1) }
        return files
    }
}
