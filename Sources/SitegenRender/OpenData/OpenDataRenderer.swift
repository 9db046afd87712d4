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
        let documents = stages.documents(links: perInitiative.map(\.links), rows: perInitiative.map(\.rows))
        return OpenDataOutput(files: documents.files + perInitiative.map(\.file), catalog: documents.catalog)
    }
}

/// Open data in two parts, so the pages need not wait for all of it: each
/// initiative's own part (its JSON, what its page links to, and its rows of the
/// tables and of initiatives.json), and the documents that join those rows (CSV
/// files, initiatives.json) with the schemas, datapackage and DCAT catalog (what
/// the home and data pages show).
struct OpenDataStages: Sendable {
    let texts: LanguageTexts
    let site: Site
    let initiatives: [Initiative]
    let tables: [CSVTable]

    init(bundle: SiteBundle, strings: FrameStrings) {
        texts = LanguageTexts(bundle: bundle, strings: strings)
        site = bundle.base
        initiatives = site.initiatives.sorted(by: { $0.number < $1.number })
        tables = [
            InitiativesTable.make(texts), KPIsTable.make(texts), KPIActualsTable.make(texts),
            ScheduleTable.make(texts), ThemesTable.make(texts), VisionTables.vision(texts), VisionTables.links(texts),
        ]
    }

    func url(_ path: String) -> String { OpenDataPaths.absoluteURL(base: site.report.baseURL, path: path) }

    /// Each initiative's open data (`data/initiatives/<id>.json`, its page's links, its rows), on all cores.
    /// - Parameters:
    ///   - wrap: wraps the making of each initiative's (`sitegen serve`'s memo).
    ///   - kept: what that memo holds, taken in one pass before the others go to the cores.
    /// Each initiative's CSV lines are kept for the documents job, which joins them: making
    /// its rows again there cost more than holding them (about 2 MB of text per 1,000 initiatives).
    func initiativeData(wrap: InitiativeDataWrapper? = nil,
                        kept: (@Sendable (Initiative) -> InitiativeData?)? = nil) -> [InitiativeData] {
        let singleSchemaURL = url(OpenDataPaths.initiativeSchema)
        let made: @Sendable (Initiative) -> InitiativeData = { initiative in
            guard let wrap else { return make(initiative, schemaURL: singleSchemaURL) }
            return wrap(initiative) { make(initiative, schemaURL: singleSchemaURL) }
        }
        guard let kept else { return ParallelMap.map(initiatives, made) }
        // The kept ones in one pass; only the others go to the cores.
        var data = initiatives.map(kept)
        let missing = data.indices.filter { data[$0] == nil }
        for (index, made) in zip(missing, ParallelMap.map(missing) { made(initiatives[$0]) }) { data[index] = made }
        return data.map { $0! }
    }

    /// One initiative's open data: what it alone decides, with the site-wide texts.
    private func make(_ initiative: Initiative, schemaURL singleSchemaURL: String) -> InitiativeData {
        let path = OpenDataPaths.initiativeJSON(initiative.id)
        // Its object is written once, where its own file has it; initiatives.json has it one level deeper.
        let object = JSONWriter.fragment(InitiativesDocument.initiative(initiative, texts), indent: InitiativesDocument.singleIndent)
        let file = OutputFile(path: path, contents: .buffer(JSONWriter.bytes(
            InitiativesDocument.single(texts, schemaURL: singleSchemaURL, object: .written(object)))))
        let longLines = longTableLines(of: initiative)
        let tableRows = zip(tables.filter { $0.initiativeLines != nil }, longLines).map { table, lines in
            InitiativeDataLinks.TableRows(
                path: table.path, title: table.title, column: table.name == InitiativesTable.name ? "id" : "initiative_id",
                value: initiative.id, rowCount: lines.count)
        }
        let links = InitiativeDataLinks(initiativeID: initiative.id, jsonPath: path, jsonURL: url(path),
                                        jsonByteSize: file.contents.count, tables: tableRows)
        let wholeReportObject = JSONWriter.indented(object, by: InitiativesDocument.initiativeIndent - InitiativesDocument.singleIndent)
        return InitiativeData(file: file, links: links,
                              rows: InitiativeRows(csvLines: longLines.map(\.lines),
                                                   wholeReportObject: wholeReportObject))
    }

    /// The initiative's lines of each long-format table, in table order.
    private func longTableLines(of initiative: Initiative) -> [(lines: ByteBuffer, count: Int)] {
        tables.compactMap { $0.initiativeLines?(initiative) }
    }

    /// The CSV files and documents, and the catalog of everything.
    /// - Parameters: `initiativeData()`'s links and rows, in its order (each initiative's rows are only joined here).
    func documents(links: [InitiativeDataLinks], rows: [InitiativeRows]) -> (files: [OutputFile], catalog: DataCatalog) {
        // Each initiative's rows, joined in initiative order; each table's size is known first.
        var longTexts = tables.filter { $0.initiativeLines != nil }.enumerated().map { index, table in
            var text = ByteBuffer(capacity: rows.reduce(table.header.utf8.count) { $0 + $1.csvLines[index].count })
            text.append(table.header)
            return text
        }
        var objects: [ByteBuffer] = []
        objects.reserveCapacity(initiatives.count)
        for index in initiatives.indices {
            for table in longTexts.indices { longTexts[table].append(rows[index].csvLines[table]) }
            objects.append(rows[index].wholeReportObject)
        }
        var rowCounts: [Int] = []
        var csv: [OutputFile] = []
        var longTable = 0
        for table in tables {
            if table.initiativeLines == nil {
                var text = ByteBuffer()
                text.append(table.header)
                text.append(CSVTable.lines(table.rows))
                csv.append(OutputFile(path: table.path, contents: .buffer(text)))
                rowCounts.append(table.rows.count)
            } else {
                csv.append(OutputFile(path: table.path, contents: .buffer(longTexts[longTable])))
                rowCounts.append(links.reduce(0) { $0 + $1.tables[longTable].rowCount })
                longTable += 1
            }
        }
        var files = csv
        var entries = tables.indices.map { index in
            let table = tables[index]
            return DataFile(path: table.path, url: url(table.path), format: "CSV", mediaType: "text/csv",
                     byteSize: csv[index].contents.count, rowCount: rowCounts[index], title: table.title,
                     description: table.description, easyTitle: table.easyTitle, easyDescription: table.easyDescription,
                     columns: table.columns, primaryKey: table.primaryKey)
        }
        func document(_ path: String, _ json: JSONValue, format: String, mediaType: String, title: String,
                      description: String, easyTitle: String, easyDescription: String, reserving: Int = 0) {
            let file = OutputFile(path: path, contents: .buffer(JSONWriter.bytes(json, reserving: reserving)))
            files.append(file)
            entries.append(DataFile(path: path, url: url(path), format: format, mediaType: mediaType,
                                    byteSize: file.contents.count, rowCount: nil, title: title, description: description,
                                    easyTitle: easyTitle, easyDescription: easyDescription, columns: [], primaryKey: []))
        }

        let wholeSchemaURL = url(OpenDataPaths.initiativesSchema)
        let singleSchemaURL = url(OpenDataPaths.initiativeSchema)
        document(OpenDataPaths.initiativesJSON, InitiativesDocument.make(texts, schemaURL: wholeSchemaURL,
                                                                          initiatives: objects),
                 format: "JSON", mediaType: "application/json", title: "報告書全体のデータ（JSON）",
                 description: "報告書の基本情報、DXビジョンのめざす姿、戦略テーマ、重点取組（目標・指標、実績、スケジュール）をまとめた1つのJSON。文章は標準の日本語（ja）とやさしい日本語（easy）の両方。数値は書かれた桁数のまま。",
                 easyTitle: "ぜんぶの データ（JSON）", easyDescription: "この サイトの ないようを ぜんぶ 入れた ファイルです。",
                 reserving: objects.reduce(1 << 16) { $0 + $1.count + 8 })
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
        document(OpenDataPaths.dataPackage, DataPackageDocument.make(site, tables: Array(zip(tables, csv.map(\.contents.count))), documents: packageDocuments),
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

/// One initiative's open data: its JSON file, the links its page shows, and its rows
/// of the documents that list every initiative.
package struct InitiativeData: Sendable {
    let file: OutputFile
    let links: InitiativeDataLinks
    let rows: InitiativeRows
}

/// One initiative's part of the documents that list every initiative, already written.
struct InitiativeRows: Sendable {
    /// Its CSV lines in each long-format table (`CSVTable.initiativeLines`), in table order, as UTF-8.
    let csvLines: [ByteBuffer]
    /// Its object in initiatives.json (the object of its own file, one level deeper), as UTF-8.
    let wholeReportObject: ByteBuffer
}

/// Wraps the making of one initiative's open data from outside (`sitegen serve`'s memo).
package typealias InitiativeDataWrapper = @Sendable (_ initiative: Initiative, _ make: () -> InitiativeData) -> InitiativeData
