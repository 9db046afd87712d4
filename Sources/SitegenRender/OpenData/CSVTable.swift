import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// A table published as CSV: its columns, keys and rows, with missing values as nil.
/// A long-format table (one that names its initiative in every row) has no rows of its
/// own: each initiative's rows are made on their own (`initiativeLines`), so that
/// `sitegen serve` can keep them per initiative and only join them.
struct CSVTable: Sendable {
    struct ForeignKey: Sendable {
        let fields: [String]
        let resource: String
        let referencedFields: [String]
    }

    /// Resource name in datapackage.json (`kpis`).
    let name: String
    let title: String
    let description: String
    let easyTitle: String
    let easyDescription: String
    let columns: [DataColumn]
    let primaryKey: [String]
    let foreignKeys: [ForeignKey]
    /// The rows of a table that does not list initiatives (themes, めざす姿); empty otherwise.
    let rows: [[String?]]
    /// One initiative's rows, in table order, written as CSV lines (`lines`), for a long-format
    /// table; nil otherwise. Written straight from the fields, with no array per row.
    let initiativeLines: (@Sendable (Initiative) -> (lines: ByteBuffer, count: Int))?

    var path: String { OpenDataPaths.csv(name) }

    /// The file's first part: a UTF-8 BOM (so spreadsheet software opens it as
    /// Japanese text) and the header line.
    var header: String {
        "\u{FEFF}" + columns.map { Escape.csvField($0.name) }.joined(separator: ",") + "\r\n"
    }

    /// Rows as RFC 4180 lines with CRLF ends, as UTF-8.
    static func lines(_ rows: [[String?]]) -> ByteBuffer {
        var out = ByteBuffer()
        for row in rows { appendLine(row, to: &out) }
        return out
    }

    /// One row as an RFC 4180 line with a CRLF end; every field passes `Escape.csvField`.
    static func appendLine(_ values: some Sequence<String?>, to out: inout ByteBuffer) {
        var first = true
        for value in values {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            Escape.appendCSVField(value ?? "", to: &out)
        }
        out.append(UInt8(ascii: "\r"))
        out.append(UInt8(ascii: "\n"))
    }
}

/// A column together with how to read its value from a row source.
struct CSVField<Row>: Sendable {
    let column: DataColumn
    let value: @Sendable (Row) -> String?
}

/// The key columns the long-format tables share: every row names its initiative
/// and its place, so the tables join on them (see the data package's keys).
extension CSVField {
    /// `initiative_id`: which initiative the row belongs to (initiatives.csv's `id`).
    static func initiativeID(_ value: @escaping @Sendable (Row) -> String) -> CSVField {
        identifier("initiative_id", title: "重点取組ID", description: "重点取組の識別子（initiatives.csv の id）。", value)
    }

    /// A required text identifier column.
    static func identifier(_ name: String, title: String, description: String, _ value: @escaping @Sendable (Row) -> String) -> CSVField {
        CSVField(column: DataColumn(name: name, title: title, description: description, type: .string, required: true),
                 value: { value($0) })
    }

    /// A required order column counting from 1.
    static func position(_ name: String, title: String, description: String, _ value: @escaping @Sendable (Row) -> Int) -> CSVField {
        CSVField(column: DataColumn(name: name, title: title, description: description, type: .integer, required: true, minimum: 1),
                 value: { String(value($0)) })
    }
}

extension CSVTable {
    /// A table of its own rows (not per initiative).
    init<Row>(name: String, title: String, description: String, easyTitle: String, easyDescription: String,
              fields: [CSVField<Row>], primaryKey: [String], foreignKeys: [ForeignKey], rows: [Row]) {
        self.init(name: name, title: title, description: description, easyTitle: easyTitle,
                  easyDescription: easyDescription, columns: fields.map(\.column), primaryKey: primaryKey,
                  foreignKeys: foreignKeys, rows: rows.map { row in fields.map { $0.value(row) } }, initiativeLines: nil)
    }

    /// A long-format table: `rows` gives one initiative's rows (the table lists initiatives by number).
    init<Row>(name: String, title: String, description: String, easyTitle: String, easyDescription: String,
              fields: [CSVField<Row>], primaryKey: [String], foreignKeys: [ForeignKey],
              rowsOf rows: @escaping @Sendable (Initiative) -> [Row]) {
        // Only the readers, taken out once: iterating the fields copied each column's texts per value.
        let values = fields.map(\.value)
        self.init(name: name, title: title, description: description, easyTitle: easyTitle,
                  easyDescription: easyDescription, columns: fields.map(\.column), primaryKey: primaryKey,
                  foreignKeys: foreignKeys, rows: [],
                  initiativeLines: { initiative in
                      let rows = rows(initiative)
                      var out = ByteBuffer()
                      for row in rows { CSVTable.appendLine(values.lazy.map { $0(row) }, to: &out) }
                      return (out, rows.count)
                  })
    }
}
