import SitegenSupport
import SitegenModel
import SitegenContent

/// Where the open data files live in the output (shared by every language)
/// and their absolute URLs.
package enum OpenDataPaths {
    package static let folder = "data/"
    package static let initiativesJSON = "data/initiatives.json"
    package static let initiativesSchema = "data/initiatives.schema.json"
    package static let initiativeSchema = "data/initiative.schema.json"
    package static let dataPackage = "data/datapackage.json"
    package static let dcatCatalog = "data/catalog.jsonld"

    package static func csv(_ table: String) -> String { "data/\(table).csv" }
    /// One initiative's own rows, linked from its page.
    package static func initiativeJSON(_ id: String) -> String { "data/initiatives/\(id).json" }

    /// `base` + an output-relative path; `…/index.html` is written as its folder.
    static func absoluteURL(base: String, path: String) -> String {
        let root = base.hasSuffix("/") ? base : base + "/"
        var tail = path
        if tail == "index.html" { tail = "" } else if tail.hasSuffix("/index.html") { tail.removeLast("index.html".count) }
        return root + tail
    }

    /// Absolute URL of a language's page.
    static func pageURL(base: String, page: String, language: Language) -> String {
        absoluteURL(base: base, path: SitePaths.localized(page, language))
    }
}
