import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// The whole report as open data, from the same model the pages use:
/// CSV tables (long format), initiatives.json with its JSON Schema, one JSON
/// per initiative, a Frictionless datapackage.json and a DCAT catalog.jsonld.
/// Structure comes from `bundle.base`; texts from every language's `Site`.
package enum OpenDataRenderer {
    /// - Parameter strings: the base language's fixed words (the grade explanations in kpis.csv).
    package static func render(bundle: SiteBundle, strings: FrameStrings) -> OpenDataOutput {
        let stages = OpenDataStages(bundle: bundle, strings: strings)
        let perInitiative = stages.initiativeData()
        let documents = stages.documents(initiativeLinks: perInitiative.links)
        return OpenDataOutput(files: documents.files + perInitiative.files, catalog: documents.catalog)
    }
}

/// Open data in two parts, so the pages need not wait for all of it: each
/// initiative's own JSON and row counts (what an initiative page links to), and
/// the documents (CSV bytes, initiatives.json, schemas, datapackage, DCAT) with
/// the catalog that lists them (what the home and data pages show).
struct OpenDataStages: Sendable {
    let texts: LanguageTexts
    let site: Site
    let initiatives: [Initiative]
    let tables: [CSVTable]
    /// Rows per initiative id in each table, counted once (not once per initiative).
    let rowCounts: [(table: CSVTable, column: String, counts: [String: Int])]

    init(bundle: SiteBundle, strings: FrameStrings) {
        texts = LanguageTexts(bundle: bundle, strings: strings)
        site = bundle.base
        initiatives = site.initiatives.sorted(by: { $0.number < $1.number })
        tables = [
            InitiativesTable.make(texts), KPIsTable.make(texts), KPIActualsTable.make(texts),
            ScheduleTable.make(texts), ThemesTable.make(texts), VisionTables.vision(texts), VisionTables.links(texts),
        ]
        rowCounts = tables.compactMap { table in
            let column = table.name == InitiativesTable.name ? "id" : "initiative_id"
            guard let index = table.columns.firstIndex(where: { $0.name == column }) else { return nil }
            var counts: [String: Int] = [:]
            for row in table.rows { if let id = row[index] { counts[id, default: 0] += 1 } }
            return (table, column, counts)
        }
    }

    func url(_ path: String) -> String { OpenDataPaths.absoluteURL(base: site.report.baseURL, path: path) }

    /// `data/initiatives/<id>.json` of every initiative with the links its page shows, on all cores.
    /// - Parameter wrap: wraps the making of each initiative's (`sitegen serve`'s memo).
    func initiativeData(wrap: InitiativeDataWrapper? = nil) -> (files: [OutputFile], links: [InitiativeDataLinks]) {
        let singleSchemaURL = url(OpenDataPaths.initiativeSchema)
        let made = ParallelMap.map(initiatives) { initiative -> (OutputFile, InitiativeDataLinks) in
            guard let wrap else { return make(initiative, schemaURL: singleSchemaURL) }
            let data = wrap(initiative) {
                let (file, links) = make(initiative, schemaURL: singleSchemaURL)
                return InitiativeData(file: file, links: links)
            }
            return (data.file, data.links)
        }
        return (made.map(\.0), made.map(\.1))
    }

    /// One initiative's JSON and the links its page shows: what it alone decides, with the site-wide texts.
    private func make(_ initiative: Initiative, schemaURL singleSchemaURL: String) -> (OutputFile, InitiativeDataLinks) {
        let path = OpenDataPaths.initiativeJSON(initiative.id)
        let file = OutputFile(path: path, text: JSONWriter.write(
            InitiativesDocument.single(initiative, texts, schemaURL: singleSchemaURL)))
        let links = InitiativeDataLinks(
            initiativeID: initiative.id, jsonPath: path, jsonURL: url(path), jsonByteSize: file.contents.count,
            tables: rowCounts.map { entry in
                InitiativeDataLinks.TableRows(path: entry.table.path, title: entry.table.title, column: entry.column,
                                              value: initiative.id, rowCount: entry.counts[initiative.id] ?? 0)
            })
        return (file, links)
    }

    /// The CSV files and documents, and the catalog of everything.
    func documents(initiativeLinks links: [InitiativeDataLinks]) -> (files: [OutputFile], catalog: DataCatalog) {
        let csv = tables.map { OutputFile(path: $0.path, data: $0.data) }  // each table serialised once
        var files = csv
        var entries = zip(tables, csv).map { table, file in
            DataFile(path: table.path, url: url(table.path), format: "CSV", mediaType: "text/csv",
                     byteSize: file.contents.count, rowCount: table.rows.count, title: table.title,
                     description: table.description, easyTitle: table.easyTitle, easyDescription: table.easyDescription,
                     columns: table.columns, primaryKey: table.primaryKey)
        }
        func document(_ path: String, _ json: JSONValue, format: String, mediaType: String, title: String,
                      description: String, easyTitle: String, easyDescription: String) {
            let file = OutputFile(path: path, text: JSONWriter.write(json))
            files.append(file)
            entries.append(DataFile(path: path, url: url(path), format: format, mediaType: mediaType,
                                    byteSize: file.contents.count, rowCount: nil, title: title, description: description,
                                    easyTitle: easyTitle, easyDescription: easyDescription, columns: [], primaryKey: []))
        }

        let wholeSchemaURL = url(OpenDataPaths.initiativesSchema)
        let singleSchemaURL = url(OpenDataPaths.initiativeSchema)
        document(OpenDataPaths.initiativesJSON, InitiativesDocument.make(texts, schemaURL: wholeSchemaURL),
                 format: "JSON", mediaType: "application/json", title: "報告書全体のデータ（JSON）",
                 description: "報告書の基本情報、DXビジョンのめざす姿、戦略テーマ、重点取組（目標・指標、実績、スケジュール）をまとめた1つのJSON。文章は標準の日本語（ja）とやさしい日本語（easy）の両方。数値は書かれた桁数のまま。",
                 easyTitle: "ぜんぶの データ（JSON）", easyDescription: "この サイトの ないようを ぜんぶ 入れた ファイルです。")
        document(OpenDataPaths.initiativesSchema, InitiativesSchema.make(texts, id: wholeSchemaURL),
                 format: "JSON Schema", mediaType: "application/schema+json", title: "報告書全体のデータの構造（JSON Schema）",
                 description: "initiatives.json の構造を定めた JSON Schema（draft 2020-12）。",
                 easyTitle: "JSONの かたち", easyDescription: "JSONの ファイルの かたちを 書いています。")
        document(OpenDataPaths.initiativeSchema, InitiativesSchema.makeSingle(texts, id: singleSchemaURL),
                 format: "JSON Schema", mediaType: "application/schema+json", title: "重点取組1件のデータの構造（JSON Schema）",
                 description: "重点取組ごとのJSON（initiatives/ID.json）の構造を定めた JSON Schema（draft 2020-12）。",
                 easyTitle: "とりくみの JSONの かたち", easyDescription: "とりくみ 1つの JSONの かたちを 書いています。")

        // JSON Schema files stay out of the package: frictionless reads a resource
        // named *.schema.json as a Table Schema. initiatives.json names its schema itself.
        let packageDocuments = entries.filter { $0.format == "JSON" }.map {
            (path: $0.path, title: $0.title, description: $0.description, mediaType: $0.mediaType,
             format: "json", bytes: $0.byteSize)
        }
        document(OpenDataPaths.dataPackage, DataPackageDocument.make(site, tables: tables, documents: packageDocuments),
                 format: "JSON", mediaType: "application/json", title: "データパッケージ（Frictionless Data Package）",
                 description: "CSVの各表の項目名・型・単位・主キー・表どうしの関係と、ライセンス・出典を機械が読める形で記述したもの（Frictionless Data Package / Table Schema）。",
                 easyTitle: "データの せつめい（きかい よう）", easyDescription: "コンピューターが データを よむための せつめいです。")
        document(OpenDataPaths.dcatCatalog, DCATCatalogDocument.make(site, files: entries),
                 format: "JSON-LD", mediaType: "application/ld+json", title: "データカタログ情報（DCAT）",
                 description: "データセットと各ファイルを DCAT で記述したもの（JSON-LD）。データカタログサイトへの登録に使う。",
                 easyTitle: "データの もくろく（きかい よう）", easyDescription: "データの いちらんを コンピューター よう に 書いたものです。")

        let license = DataLicense(spdx: site.report.license)
        let catalog = DataCatalog(
            title: "\(site.organization.name) \(site.report.title) オープンデータ",
            description: DataPackageDocument.packageDescription(site),
            easyDescription: "\(site.report.fiscalYearLabel)の とりくみ、もくひょう、よていの データです。だれでも つかえます。つかうときは、どこの データか 書いてください。",
            publisher: site.organization.name,
            fiscalYear: site.report.fiscalYear, fiscalYearLabel: site.report.fiscalYearLabel, asOf: site.report.asOf,
            license: license,
            attributionExample: Attribution.modified(site), attributionUnmodified: Attribution.unmodified(site),
            files: entries, initiatives: links)
        return (files, catalog)
    }
}

/// One initiative's open data: its JSON file and the links its page shows.
package struct InitiativeData: Sendable {
    let file: OutputFile
    let links: InitiativeDataLinks
}

/// Wraps the making of one initiative's open data from outside (`sitegen serve`'s memo).
package typealias InitiativeDataWrapper = @Sendable (_ initiative: Initiative, _ make: () -> InitiativeData) -> InitiativeData
