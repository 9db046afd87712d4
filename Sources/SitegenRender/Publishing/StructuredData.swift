import SitegenSupport
import SitegenModel
import SitegenContent

/// schema.org JSON-LD for search engines and data portals: the ward as a
/// `GovernmentOrganization`, the report as a `Report`, and the open data as a
/// `Dataset` whose distributions are the files under `data/`. Written into a
/// `<script type="application/ld+json">` data block: it is never executed, so
/// the Content-Security-Policy (`script-src 'self'`) does not apply to it, and
/// `Escape.jsonString` keeps `<` out of the block.
enum StructuredData {
    /// The JSON-LD for a language-relative page as UTF-8, or nil when the page has none
    /// (the home page describes the report and its data; the data page the data).
    /// - Parameter catalog: asked only for the pages that describe the data (it may
    ///   still be being written on another thread).
    static func json(site: Site, path: String, catalog: () -> DataCatalog?) -> ByteBuffer? {
        var graph: [JSONValue]
        switch path {
        case SitePaths.home:
            // The newest date reads every KPI of the report: once for both nodes.
            let modified = dateModified(site)
            graph = [organization(site), report(site, modified)]
            if let catalog = catalog() { graph.append(dataset(site, catalog, modified)) }
        case SitePaths.data:
            guard let catalog = catalog() else { return nil }
            graph = [organization(site), dataset(site, catalog, dateModified(site))]
        default:
            return nil
        }
        return JSONWriter.bytes(.object([("@context", .string("https://schema.org")), ("@graph", .array(graph))]))
    }

    private static func url(_ path: String, _ site: Site) -> String {
        PublicURL.page(path, in: site.language, baseURL: site.report.baseURL)
    }

    private static func organizationID(_ site: Site) -> String { site.report.baseURL + "#organization" }

    private static func organization(_ site: Site) -> JSONValue {
        .object([("@type", .string("GovernmentOrganization")), ("@id", .string(organizationID(site))),
                 ("name", .string(site.organization.name))])
    }

    private static func license(_ site: Site) -> JSONValue {
        .string(DataLicense(spdx: site.report.license).url ?? site.report.license)
    }

    /// The newest date the content states; nothing when it states none.
    private static func dateModified(_ site: Site) -> [(String, JSONValue)] {
        ReportUpdates.latest(site).map { [("dateModified", .string($0.iso))] } ?? []
    }

    private static func coverage(_ site: Site) -> JSONValue {
        .string(site.fiscalYear.firstMonth.description + "/" + site.fiscalYear.lastMonth.description)
    }

    private static func report(_ site: Site, _ dateModified: [(String, JSONValue)]) -> JSONValue {
        let home = url(SitePaths.home, site)
        var members: [(String, JSONValue)] = [
            ("@type", .string("Report")), ("@id", .string(home + "#report")),
            ("name", .string(InlineText.plain(site.report.title))),
            ("description", .string(InlineText.plain(site.report.description))),
            ("url", .string(home)), ("inLanguage", .string(site.language.htmlLang)),
        ] + dateModified + [
            ("temporalCoverage", coverage(site)),
            ("author", .object([("@id", .string(organizationID(site)))])),
            ("publisher", .object([("@id", .string(organizationID(site)))])),
            ("license", license(site)),
        ]
        let sources = site.report.sources.map { source -> JSONValue in
            var item: [(String, JSONValue)] = [("@type", .string("CreativeWork")), ("name", .string(InlineText.plain(source.title))),
                                               ("publisher", .object([("@type", .string("Organization")),
                                                                      ("name", .string(InlineText.plain(source.publisher)))]))]
            if let link = source.url, link.hasPrefix("https://") || link.hasPrefix("http://") { item.append(("url", .string(link))) }
            return .object(item)
        }
        if !sources.isEmpty { members.append(("isBasedOn", .array(sources))) }
        return .object(members)
    }

    private static func dataset(_ site: Site, _ catalog: DataCatalog, _ dateModified: [(String, JSONValue)]) -> JSONValue {
        let page = url(SitePaths.data, site)
        let distributions = catalog.files.map { file -> JSONValue in
            .object([("@type", .string("DataDownload")),
                     ("name", .string(site.language.isEasy ? file.easyTitle : file.title)),
                     ("encodingFormat", .string(file.mediaType)),
                     ("contentUrl", .string(file.url)),
                     ("contentSize", .string("\(file.byteSize) B"))])
        }
        return .object([
            ("@type", .string("Dataset")), ("@id", .string(page + "#dataset")),
            ("name", .string(catalog.title)),
            ("description", .string(site.language.isEasy ? catalog.easyDescription : catalog.description)),
            ("url", .string(page)), ("inLanguage", .string(site.language.htmlLang)),
        ] + dateModified + [
            ("temporalCoverage", coverage(site)),
            ("isAccessibleForFree", .bool(true)),
            ("license", license(site)),
            ("creator", .object([("@id", .string(organizationID(site)))])),
            ("publisher", .object([("@id", .string(organizationID(site)))])),
            ("distribution", .array(distributions)),
        ])
    }
}
