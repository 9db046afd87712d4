import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite("OpenData files and catalog")
struct OpenDataFilesTests {
    @Test func writesEveryFileUnderData() throws {
        let output = OpenDataTestSupport.render()
        let paths = output.files.map(\.path)
        #expect(paths == [
            "data/initiatives.csv", "data/kpis.csv", "data/kpi_actuals.csv", "data/schedule.csv",
            "data/themes.csv", "data/dx_vision.csv", "data/initiative_vision.csv",
            "data/initiatives.json", "data/initiatives.schema.json", "data/initiative.schema.json",
            "data/datapackage.json", "data/catalog.jsonld",
            "data/initiatives/online-procedures.json", "data/initiatives/security.json", "data/initiatives/training.json",
        ])
        #expect(Set(paths).count == paths.count)
    }

    /// The data links name a file by its path's last part, as splitting the path at "/" gives.
    @Test func aFileIsNamedByItsPathsLastPart() {
        for path in ["data/kpis.csv", "kpis.csv", "data/initiatives/", "a//b", "/", "", "データ/表.csv"] {
            let split = path.split(separator: "/").last.map(String.init) ?? path
            #expect(DataPageHTML.fileName(path) == split, "\(path)")
        }
    }

    @Test func renderingTwiceGivesIdenticalBytes() {
        let first = OpenDataTestSupport.render()
        let second = OpenDataTestSupport.render()
        #expect(first.files == second.files)
        #expect(first.catalog == second.catalog)
    }

    @Test func datesComeFromAsOfNotTheClock() throws {
        let later = OpenDataTestSupport.render(OpenDataFixture.bundle(asOf: CalendarDate(year: 2024, month: 10, day: 1)!))
        let package = try OpenDataTestSupport.json(later, "data/datapackage.json")
        #expect(package["created"] as? String == "2024-10-01T00:00:00+09:00")
        #expect(package["version"] as? String == "2024-10-01")
        let whole = try OpenDataTestSupport.json(later, "data/initiatives.json")
        #expect((whole["site"] as? [String: Any])?["as_of"] as? String == "2024-10-01")
        let dcat = try OpenDataTestSupport.json(later, "data/catalog.jsonld")
        #expect((dcat["dct:issued"] as? [String: String])?["@value"] == "2024-10-01")
        #expect((dcat["dct:modified"] as? [String: String])?["@value"] == "2024-10-01")
        let distributions = try #require(dcat["dcat:distribution"] as? [[String: Any]])
        #expect(distributions.allSatisfy { ($0["dct:issued"] as? [String: String])?["@value"] == "2024-10-01" })
    }

    @Test func catalogDescribesEachFileFromItsBytes() throws {
        let output = OpenDataTestSupport.render()
        let catalog = output.catalog
        #expect(catalog.files.count == 12)
        for entry in catalog.files {
            let data = try OpenDataTestSupport.file(output, entry.path)
            #expect(entry.byteSize == data.count, "\(entry.path)")
            #expect(entry.url == "https://dx.city.test/" + entry.path)
            #expect(!entry.title.isEmpty && !entry.description.isEmpty && !entry.easyTitle.isEmpty)
            if entry.format == "CSV" {
                #expect(entry.mediaType == "text/csv")
                let table = try RFC4180Parser.table(data)
                #expect(entry.rowCount == table.rows.count, "\(entry.path)")
                #expect(entry.columns.map(\.name) == table.header)
                #expect(entry.columns.allSatisfy { !$0.title.isEmpty && !$0.description.isEmpty })
                #expect(entry.columns.allSatisfy { $0.name.allSatisfy { $0.isASCII } })
                #expect(!entry.primaryKey.isEmpty)
            } else {
                #expect(entry.rowCount == nil)
                #expect(entry.columns.isEmpty)
            }
        }
        #expect(catalog.file(path: "data/kpis.csv")?.rowCount == 7)
        #expect(catalog.file(path: "data/schedule.csv")?.rowCount == 8)
        #expect(catalog.file(path: "data/catalog.jsonld")?.mediaType == "application/ld+json")
        #expect(catalog.file(path: "data/initiatives.schema.json")?.mediaType == "application/schema+json")
    }

    @Test func licenseAndAttribution() {
        let catalog = OpenDataTestSupport.render().catalog
        #expect(catalog.license.id == "CC-BY-4.0")
        #expect(catalog.license.url == "https://creativecommons.org/licenses/by/4.0/")
        #expect(catalog.attributionExample == "出典：目黒区『令和6年度デジタル・ICT戦略』(CC BY 4.0)を加工して作成")
        #expect(catalog.attributionUnmodified == "出典：目黒区『令和6年度デジタル・ICT戦略』(CC BY 4.0)")
        #expect(catalog.fiscalYearLabel == "令和6年度")
        #expect(catalog.title == "目黒区 令和6年度デジタル・ICT戦略 オープンデータ")
    }

    @Test func unknownLicenseIsKeptAsWritten() {
        let license = DataLicense(spdx: "LicenseRef-ward")
        #expect(license.title == "LicenseRef-ward" && license.shortName == "LicenseRef-ward" && license.url == nil)
    }

    @Test func eachInitiativeLinksToItsOwnRows() throws {
        let output = OpenDataTestSupport.render()
        let bundle = OpenDataFixture.bundle()
        #expect(output.catalog.initiatives.map(\.initiativeID) == bundle.base.initiatives.map(\.id))
        for initiative in bundle.base.initiatives {
            let links = try #require(output.catalog.initiativeLinks(id: initiative.id))
            #expect(links.jsonPath == "data/initiatives/\(initiative.id).json")
            let document = try OpenDataTestSupport.json(output, links.jsonPath)
            #expect(links.jsonByteSize == (try OpenDataTestSupport.file(output, links.jsonPath)).count)
            let embedded = try #require(document["initiative"] as? [String: Any])
            #expect(embedded["id"] as? String == initiative.id)
            #expect((embedded["kpis"] as? [Any])?.count == initiative.kpis.count)
            let kpiRows = try #require(links.tables.first { $0.path == "data/kpis.csv" })
            #expect(kpiRows.column == "initiative_id" && kpiRows.value == initiative.id)
            #expect(kpiRows.rowCount == initiative.kpis.count)
            #expect(links.tables.first { $0.path == "data/initiatives.csv" }?.rowCount == 1)
            let scheduleRows = links.tables.first { $0.path == "data/schedule.csv" }?.rowCount
            #expect(scheduleRows == initiative.schedule.map { max(1, $0.bars.count + $0.milestones.count) }.reduce(0, +))
        }
        #expect(output.catalog.initiativeLinks(id: "no-such") == nil)
    }

    @Test func baselineFiscalYearIsReadFromTheLabel() {
        #expect(FiscalYearLabelParser.fiscalYear(in: "令和5年度実績") == 2023)
        #expect(FiscalYearLabelParser.fiscalYear(in: "令和元年度実績") == 2019)
        #expect(FiscalYearLabelParser.fiscalYear(in: "平成30年度") == 2018)
        #expect(FiscalYearLabelParser.fiscalYear(in: "令和５年度末") == 2023)
        #expect(FiscalYearLabelParser.fiscalYear(in: "令和5年12月時点") == nil)
        #expect(FiscalYearLabelParser.fiscalYear(in: "") == nil)
        // Mixed and many digits, a digit with a combining mark (not a digit), a later match.
        #expect(FiscalYearLabelParser.fiscalYear(in: "令和1５年度") == 2033)
        #expect(FiscalYearLabelParser.fiscalYear(in: "令和0005年度") == 2023)
        #expect(FiscalYearLabelParser.fiscalYear(in: "令和99999999999999999999年度") == nil)
        #expect(FiscalYearLabelParser.fiscalYear(in: "令和5\u{301}年度") == nil)
        #expect(FiscalYearLabelParser.fiscalYear(in: "令和5年 令和6年度") == 2024)
        #expect(FiscalYearLabelParser.fiscalYear(in: "令和100年度 平成2年度") == 1990)
    }
}
