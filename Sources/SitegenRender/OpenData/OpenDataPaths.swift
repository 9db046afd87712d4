import SitegenSupport
import SitegenModel
import SitegenContent

/// Where the open data files live in the output (shared by every language)
/// and their absolute URLs.
public enum OpenDataPaths {
    public static let folder = "data/"
    public static let initiativesJSON = "data/initiatives.json"
    public static let initiativesSchema = "data/initiatives.schema.json"
    public static let initiativeSchema = "data/initiative.schema.json"
    public static let dataPackage = "data/datapackage.json"
    public static let dcatCatalog = "data/catalog.jsonld"

    public static func csv(_ table: String) -> String { "data/\(table).csv" }
    /// One initiative's own rows, linked from its page.
    public static func initiativeJSON(_ id: String) -> String { "data/initiatives/\(id).json" }

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
