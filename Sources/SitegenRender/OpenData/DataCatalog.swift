import SitegenSupport
import SitegenModel
import SitegenContent

/// What a data page lists: every published file with what it holds, its
/// columns, the license and how to credit it. Built by `OpenDataRenderer`
/// from the same bytes it writes, so sizes and row counts are exact.
package struct DataCatalog: Sendable, Hashable {
    /// データセット名: 目黒区 令和6年度デジタル・ICT戦略 オープンデータ
    package let title: String
    package let description: String
    package let easyDescription: String
    package let publisher: String
    package let fiscalYear: Int
    package let fiscalYearLabel: String
    /// Nil when the report states no date.
    package let asOf: CalendarDate?
    package let license: DataLicense
    /// 出典：目黒区『令和6年度デジタル・ICT戦略』(CC BY 4.0)を加工して作成
    package let attributionExample: String
    /// 出典：目黒区『令和6年度デジタル・ICT戦略』(CC BY 4.0)
    package let attributionUnmodified: String
    package let files: [DataFile]
    /// One entry per initiative, in number order.
    package let initiatives: [InitiativeDataLinks]

    package func file(path: String) -> DataFile? { files.first { $0.path == path } }

    /// The data an initiative page links to.
    package func initiativeLinks(id: String) -> InitiativeDataLinks? { initiatives.first { $0.initiativeID == id } }
}

/// One published file.
package struct DataFile: Sendable, Hashable {
    /// Output-relative path (`data/kpis.csv`); link with `SitePaths.relativeURL(from:to:)`.
    package let path: String
    /// Absolute URL under the report's base URL.
    package let url: String
    /// CSV, JSON, JSON Schema, JSON-LD.
    package let format: String
    package let mediaType: String
    package let byteSize: Int
    /// Data rows (CSV lines after the header); nil for documents.
    package let rowCount: Int?
    package let title: String
    package let description: String
    /// Short やさしい日本語 title and description for the easy data page.
    package let easyTitle: String
    package let easyDescription: String
    /// The CSV columns in order; empty for documents.
    package let columns: [DataColumn]
    package let primaryKey: [String]
}

/// Where an initiative's own rows are.
package struct InitiativeDataLinks: Sendable, Hashable {
    package let initiativeID: String
    /// `data/initiatives/<id>.json`: this initiative alone, every text in every language.
    package let jsonPath: String
    package let jsonURL: String
    package let jsonByteSize: Int
    /// The shared tables, with the filter that selects this initiative's rows.
    package let tables: [TableRows]

    package struct TableRows: Sendable, Hashable {
        package let path: String
        package let title: String
        /// Always `initiative_id` (or `id` in initiatives.csv).
        package let column: String
        package let value: String
        package let rowCount: Int
    }
}
