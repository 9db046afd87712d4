import SitegenSupport
import SitegenModel
import SitegenContent

/// The files that make the site findable and followable, next to its pages:
/// `sitemap.xml`, `robots.txt` and one Atom feed per language (when there is a dated update).
enum PublishingFiles {
    /// Wraps the making of the sitemap, given each language's newest update (`PublishingMemo`).
    typealias SitemapWrapper = (_ latest: [CalendarDate?], _ make: () -> OutputFile) -> OutputFile

    /// - Parameters:
    ///   - sitemap: wraps the making of the sitemap (`sitegen serve`'s memo).
    ///   - entry: wraps the making of each feed entry of the bundle's `language`-th site.
    static func render(bundle: SiteBundle, inventory: PageInventory, sitemap wrapSitemap: SitemapWrapper? = nil,
                       entry wrapEntry: ((_ language: Int) -> AtomFeed.EntryWrapper)? = nil) -> [OutputFile] {
        // Each language's updates, listed once for its sitemap dates and its feed.
        let updates = bundle.sites.map(ReportUpdates.of)
        let latest = updates.map { $0.first?.date }
        let sitemap = { SitemapDocument.render(bundle: bundle, inventory: inventory, latest: latest) }
        var files = [wrapSitemap.map { $0(latest, sitemap) } ?? sitemap(), RobotsFile.render(baseURL: bundle.base.report.baseURL)]
        // A feed needs dated entries: a report that states no date and no actuals has none.
        for (index, site) in bundle.sites.enumerated() where !updates[index].isEmpty {
            files.append(AtomFeed.render(site: site, updates: updates[index], entry: wrapEntry?(index)))
        }
        return files
    }
}
