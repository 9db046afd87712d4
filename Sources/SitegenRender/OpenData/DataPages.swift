import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// The data page's body per language, rendered from the catalog when first asked for.
final class DataPages: @unchecked Sendable {
    private let catalog: Eventually<DataCatalog>
    private let lock = NSLock()
    private var pages: [String: String] = [:]

    init(catalog: Eventually<DataCatalog>) { self.catalog = catalog }

    func page(for site: Site) -> String {
        if let page = lock.withLock({ pages[site.language.code] }) { return page }
        let page = DataPageHTML.page(catalog: catalog.value, site: site,
                                     pagePath: SitePaths.localized(SitePaths.data, site.language))
        lock.withLock { pages[site.language.code] = page }
        return page
    }
}
