import SitegenSupport
import SitegenModel
import SitegenContent

/// catalog.jsonld: a DCAT description of the dataset and its distributions for
/// catalogue harvesters (CKAN's DCAT harvester, DCAT-AP / DCAT-GoJ). The
/// @context is inline, so reading it fetches nothing.
enum DCATCatalogDocument {
    static func make(_ site: Site, files: [DataFile]) -> JSONValue {
        let report = site.report
        let license = DataLicense(spdx: report.license)
        let datasetID = OpenDataPaths.absoluteURL(base: report.baseURL, path: OpenDataPaths.dcatCatalog) + "#dataset"
        let landingPage = OpenDataPaths.absoluteURL(base: report.baseURL, path: SitePaths.data)
        // JSON-LD ignores a null: without a stated date the catalogue states none.
        let issued = report.asOf.map { typed($0.iso, "xsd:date") } ?? .null
        let licenseNode: JSONValue = license.url.map { .object([("@id", .string($0))]) } ?? .string(license.id)
        let publisher = JSONValue.object([
            ("@type", .string("foaf:Organization")),
            ("foaf:name", text(site.organization.name)),
        ])
        return .object([
            ("@context", .object([
                ("dcat", .string("http://www.w3.org/ns/dcat#")),
                ("dct", .string("http://purl.org/dc/terms/")),
                ("foaf", .string("http://xmlns.com/foaf/0.1/")),
                ("xsd", .string("http://www.w3.org/2001/XMLSchema#")),
            ])),
            ("@id", .string(datasetID)),
            ("@type", .string("dcat:Dataset")),
            ("dct:identifier", .string(datasetID)),
            ("dct:title", text("\(site.organization.name) \(report.title) オープンデータ")),
            ("dct:description", text(DataPackageDocument.packageDescription(site))),
            ("dcat:keyword", .array(DataPackageDocument.keywords(site).map(text))),
            ("dct:publisher", publisher),
            ("dct:creator", publisher),
            ("dct:issued", issued),
            ("dct:modified", issued),
            ("dct:language", .object([("@id", .string("http://id.loc.gov/vocabulary/iso639-1/ja"))])),
            ("dct:temporal", .object([
                ("@type", .string("dct:PeriodOfTime")),
                ("dcat:startDate", typed(site.fiscalYear.firstMonth.firstDay.iso, "xsd:date")),
                ("dcat:endDate", typed(site.fiscalYear.lastMonth.lastDay.iso, "xsd:date")),
            ])),
            ("dct:license", licenseNode),
            ("dct:rights", text(Attribution.modified(site))),
            ("dct:source", .array(report.sources.map { text("\($0.publisher)『\($0.title)』") })),
            ("dcat:landingPage", .object([("@id", .string(landingPage))])),
            ("dcat:distribution", .array(files.map { file in
                .object([
                    ("@id", .string(file.url)),
                    ("@type", .string("dcat:Distribution")),
                    ("dct:title", text(file.title)),
                    ("dct:description", text(file.description)),
                    ("dct:format", .string(file.format)),
                    ("dcat:mediaType", .object([("@id", .string("https://www.iana.org/assignments/media-types/" + file.mediaType))])),
                    ("dcat:byteSize", typed(String(file.byteSize), "xsd:nonNegativeInteger")),
                    ("dcat:downloadURL", .object([("@id", .string(file.url))])),
                    ("dcat:accessURL", .object([("@id", .string(landingPage))])),
                    ("dct:license", licenseNode),
                    ("dct:issued", issued),
                    ("dct:modified", issued),
                ])
            })),
        ])
    }

    private static func text(_ value: String) -> JSONValue {
        .object([("@value", .string(value)), ("@language", .string("ja"))])
    }

    private static func typed(_ value: String, _ type: String) -> JSONValue {
        .object([("@value", .string(value)), ("@type", .string(type))])
    }
}
