import Foundation
import Synchronization
import SitegenSupport
import SitegenModel
import SitegenContent

/// The data page's body per language, rendered from the catalog when first asked for.
final class DataPages: Sendable {
    private let catalog: Eventually<DataCatalog>
    private let pages = Mutex<[String: String]>([:])

    init(catalog: Eventually<DataCatalog>) { self.catalog = catalog }

    func page(for site: Site) -> String {
        if let page = pages.withLock({ $0[site.language.code] }) { return page }
        let page = DataPageHTML.page(catalog: catalog.value, site: site,
                                     pagePath: SitePaths.localized(SitePaths.data, site.language))
        pages.withLock { $0[site.language.code] = page }
        return page
    }
}
