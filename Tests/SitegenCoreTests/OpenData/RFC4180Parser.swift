import Foundation

/// A strict RFC 4180 reader for the tests: CRLF records, quoted fields with
/// doubled quotes, a UTF-8 BOM at the start. Throws on anything else, so a
/// malformed file fails the test instead of parsing loosely.
enum RFC4180Parser {
    struct Malformed: Error, CustomStringConvertible { let description: String }

    /// Header names and rows as dictionaries keyed by header.
    struct Table {
        let header: [String]
        let rows: [[String: String]]

        func rows(where column: String, is value: String) -> [[String: String]] { rows.filter { $0[column] == value } }
    }

    static func table(_ data: Data) throws -> Table {
        let records = try parse(data)
        guard let header = records.first else { throw Malformed(description: "no header") }
        let rows = try records.dropFirst().map { record -> [String: String] in
            guard record.count == header.count else {
                throw Malformed(description: "record has \(record.count) fields, header \(header.count): \(record)")
            }
            return Dictionary(uniqueKeysWithValues: zip(header, record))
        }
        return Table(header: header, rows: rows)
    }

    static func parse(_ data: Data) throws -> [[String]] {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        guard data.starts(with: bom) else { throw Malformed(description: "no UTF-8 BOM") }
        guard let text = String(data: data.dropFirst(3), encoding: .utf8) else { throw Malformed(description: "not UTF-8") }
        let scalars = Array(text.unicodeScalars)
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var i = 0
        var quoted = false
        var fieldStarted = false
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" { field.append("\""); i += 2; continue }
                    quoted = false
                    i += 1
                    guard i == scalars.count || scalars[i] == "," || scalars[i] == "\r" else {
                        throw Malformed(description: "text after closing quote at \(i)")
                    }
                    continue
                }
                field.append(c)
                i += 1
                continue
            }
            switch c {
            case "\"":
                guard !fieldStarted, field.isEmpty else { throw Malformed(description: "quote inside unquoted field at \(i)") }
                quoted = true
                fieldStarted = true
                i += 1
            case ",":
                record.append(String(field)); field = .init(); fieldStarted = false
                i += 1
            case "\r":
                guard i + 1 < scalars.count, scalars[i + 1] == "\n" else { throw Malformed(description: "CR without LF at \(i)") }
                record.append(String(field)); field = .init(); fieldStarted = false
                records.append(record); record = []
                i += 2
            case "\n":
                throw Malformed(description: "bare LF at \(i)")
            default:
                field.append(c)
                fieldStarted = true
                i += 1
            }
        }
        guard !quoted else { throw Malformed(description: "unterminated quote") }
        guard record.isEmpty, field.isEmpty else { throw Malformed(description: "last record not ended by CRLF") }
        return records
    }
}
