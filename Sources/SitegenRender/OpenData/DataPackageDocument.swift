import SitegenSupport
import SitegenModel
import SitegenContent

/// datapackage.json: a Frictionless Data Package whose tabular resources carry a
/// Table Schema (types, keys, foreign keys, missing values), the license and
/// the source. Dates come from report.as_of, never from the clock.
enum DataPackageDocument {
    static func make(_ site: Site, tables: [(table: CSVTable, bytes: Int)], documents: [(path: String, title: String, description: String, mediaType: String, format: String, bytes: Int)]) -> JSONValue {
        let report = site.report
        let license = DataLicense(spdx: report.license)
        var resources: [JSONValue] = tables.map { resource($0.table, bytes: $0.bytes) }
        resources += documents.map { document in
            .object([
                ("name", .string(resourceName(document.path))),
                ("path", .string(relative(document.path))),
                ("title", .string(document.title)),
                ("description", .string(document.description)),
                ("format", .string(document.format)),
                ("mediatype", .string(document.mediaType)),
                ("encoding", .string("utf-8")),
                ("bytes", .int(document.bytes)),
            ])
        }
        return .object([
            ("profile", .string("data-package")),
            ("name", .string(packageName(site))),
            ("id", .string(OpenDataPaths.absoluteURL(base: report.baseURL, path: OpenDataPaths.dataPackage))),
            ("title", .string("\(site.organization.name) \(report.title) オープンデータ")),
            ("description", .string(packageDescription(site))),
            ("homepage", .string(OpenDataPaths.absoluteURL(base: report.baseURL, path: SitePaths.data))),
        ] + (report.asOf.map { [("version", .string($0.iso)), ("created", .string($0.iso + "T00:00:00+09:00"))] } ?? []) + [
            ("keywords", .strings(keywords(site))),
            ("licenses", .array([licenseJSON(license)])),
            ("sources", .array(report.sources.map { source in
                .object([("title", .string("\(source.publisher)『\(source.title)』"))] +
                        (source.url.map { [("path", JSONValue.string($0))] } ?? []))
            })),
            ("contributors", .array([.object([("title", .string(site.organization.name)), ("role", .string("publisher"))])])),
            ("resources", .array(resources)),
        ])
    }

    static func licenseJSON(_ license: DataLicense) -> JSONValue {
        .object([("name", .string(license.id))] +
                (license.url.map { [("path", JSONValue.string($0))] } ?? []) +
                [("title", .string(license.title))])
    }

    static func packageName(_ site: Site) -> String { "digital-strategy-fy\(site.report.fiscalYear)" }

    static func packageDescription(_ site: Site) -> String {
        "\(site.organization.name)『\(site.report.title)』（\(site.report.fiscalYearLabel)：\(site.report.fiscalYear)年4月～\(site.report.fiscalYear + 1)年3月）の戦略テーマ、重点取組、目標・指標（KPI）、スケジュール。\(site.report.asOf.map { $0.japanese + "時点。" } ?? "")CSVは文字コードUTF-8（BOM付き）、改行CRLF、1行目が項目名。数値は単位を除いた数字だけで、単位は別の列。空欄は値がないことを表す（0ではない）。日付は西暦（YYYY-MM-DD）。"
    }

    static func keywords(_ site: Site) -> [String] {
        [site.organization.name, site.report.title, site.report.fiscalYearLabel, "DX", "デジタル", "ICT", "KPI", "重点取組", "スケジュール"]
    }

    private static func resource(_ table: CSVTable, bytes: Int) -> JSONValue {
        .object([
            ("name", .string(table.name)),
            ("path", .string(relative(table.path))),
            ("profile", .string("tabular-data-resource")),
            ("title", .string(table.title)),
            ("description", .string(table.description + " 文字コードUTF-8（BOM付き）、改行CRLF。")),
            ("format", .string("csv")),
            ("mediatype", .string("text/csv")),
            ("encoding", .string("utf-8")),
            ("bytes", .int(bytes)),
            ("dialect", .object([
                ("delimiter", .string(",")),
                ("lineTerminator", .string("\r\n")),
                ("quoteChar", .string("\"")),
                ("doubleQuote", .bool(true)),
                ("header", .bool(true)),
            ])),
            ("schema", .object([
                ("fields", .array(table.columns.map(field))),
                ("primaryKey", .strings(table.primaryKey)),
                ("foreignKeys", .array(table.foreignKeys.map { key in
                    .object([
                        ("fields", .strings(key.fields)),
                        ("reference", .object([("resource", .string(key.resource)), ("fields", .strings(key.referencedFields))])),
                    ])
                })),
                ("missingValues", .strings([""])),
            ])),
        ])
    }

    private static func field(_ column: DataColumn) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("name", .string(column.name)),
            ("title", .string(column.title)),
            ("description", .string(column.description + (column.unit.map { "単位：\($0)。" } ?? ""))),
            ("type", .string(column.type.rawValue)),
        ]
        if let unit = column.unit { members.append(("unit", .string(unit))) }
        var constraints: [(String, JSONValue)] = []
        if column.required { constraints.append(("required", .bool(true))) }
        if let values = column.allowedValues { constraints.append(("enum", .strings(values))) }
        if let minimum = column.minimum { constraints.append(("minimum", .int(minimum))) }
        if let maximum = column.maximum { constraints.append(("maximum", .int(maximum))) }
        if !constraints.isEmpty { members.append(("constraints", .object(constraints))) }
        return .object(members)
    }

    /// Paths inside a package are relative to datapackage.json (in data/).
    static func relative(_ path: String) -> String {
        path.hasPrefix(OpenDataPaths.folder) ? String(path.dropFirst(OpenDataPaths.folder.count)) : path
    }

    static func resourceName(_ path: String) -> String {
        String(relative(path).lowercased().unicodeScalars.map {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) ? Character($0) : "-"
        })
    }
}
