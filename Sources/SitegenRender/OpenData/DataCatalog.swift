import SitegenSupport
import SitegenModel
import SitegenContent

/// What a data page lists: every published file with what it holds, its
/// columns, the license and how to credit it. Built by `OpenDataRenderer`
/// from the same bytes it writes, so sizes and row counts are exact.
public struct DataCatalog: Sendable, Hashable {
    /// データセット名: 目黒区 令和6年度デジタル・ICT戦略 オープンデータ
    public let title: String
    public let description: String
    public let easyDescription: String
    public let publisher: String
    public let fiscalYear: Int
    public let fiscalYearLabel: String
    public let asOf: CalendarDate
    public let license: DataLicense
    /// 出典：目黒区『令和6年度デジタル・ICT戦略』(CC BY 4.0)を加工して作成
    public let attributionExample: String
    /// 出典：目黒区『令和6年度デジタル・ICT戦略』(CC BY 4.0)
    public let attributionUnmodified: String
    /// How the CSV files are encoded (UTF-8 BOM付き、CRLF …), in Japanese.
    public let csvFormatNote: String
    public let files: [DataFile]
    /// One entry per initiative, in number order.
    public let initiatives: [InitiativeDataLinks]

    public func file(path: String) -> DataFile? { files.first { $0.path == path } }

    /// The data an initiative page links to.
    public func initiativeLinks(id: String) -> InitiativeDataLinks? { initiatives.first { $0.initiativeID == id } }
}

/// One published file.
public struct DataFile: Sendable, Hashable {
    /// Output-relative path (`data/kpis.csv`); link with `SitePaths.relativeURL(from:to:)`.
    public let path: String
    /// Absolute URL under the report's base URL.
    public let url: String
    /// CSV, JSON, JSON Schema, JSON-LD.
    public let format: String
    public let mediaType: String
    public let byteSize: Int
    /// Data rows (CSV lines after the header); nil for documents.
    public let rowCount: Int?
    public let title: String
    public let description: String
    /// Short やさしい日本語 title and description for the easy data page.
    public let easyTitle: String
    public let easyDescription: String
    /// The CSV columns in order; empty for documents.
    public let columns: [DataColumn]
    public let primaryKey: [String]
}

/// Where an initiative's own rows are.
public struct InitiativeDataLinks: Sendable, Hashable {
    public let initiativeID: String
    /// `data/initiatives/<id>.json`: this initiative alone, every text in every language.
    public let jsonPath: String
    public let jsonURL: String
    public let jsonByteSize: Int
    /// The shared tables, with the filter that selects this initiative's rows.
    public let tables: [TableRows]

    public struct TableRows: Sendable, Hashable {
        public let path: String
        public let title: String
        /// Always `initiative_id` (or `id` in initiatives.csv).
        public let column: String
        public let value: String
        public let rowCount: Int
    }
}
