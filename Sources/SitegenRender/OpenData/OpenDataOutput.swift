import SitegenSupport
import SitegenModel
import SitegenContent

/// What the open data stage produces: the files under `data/` and the catalog
/// a data page (and each initiative page) is rendered from.
package struct OpenDataOutput: Sendable {
    /// Every file, paths under `data/`, in a fixed order.
    package let files: [OutputFile]
    package let catalog: DataCatalog
}
