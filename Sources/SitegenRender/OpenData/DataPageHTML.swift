import SitegenSupport
import SitegenModel
import SitegenContent

/// The body of the data page (standard and easy) and the per-initiative data
/// links, as HTML fragments for the page templates. Everything comes from the
/// `DataCatalog`, which is built from the bytes actually written; the words
/// around it from the language's strings (`data.*`).
package enum DataPageHTML {
    package static func page(catalog: DataCatalog, site: Site, strings s: FrameStrings, pagePath: String) -> HTML {
        let easy = site.language.isEasy
        func link(_ path: String) -> String { SitePaths.relativeURL(from: pagePath, to: path) }
        // A language without `data.sizeHeader` leaves file sizes out (easy Japanese: bytes mean nothing to most readers).
        let showsSize = s.has("dataPage.sizeHeader")
        // Where the column tables are: this page, or the standard data page (`dataPage.columnsElsewhere`).
        let columnsPage = s.has("dataPage.columnsElsewhere") ? link(SitePaths.data) : ""
        var w = MarkupWriter(capacity: 8192 + 1024 * catalog.files.count)
        w.markup("<p class=\"lead\">")
        w.text(easy ? catalog.easyDescription : catalog.description)
        w.markup("</p>\n<section aria-labelledby=\"data-files\">\n<h2 id=\"data-files\">")
        w.text(s["dataPage.filesHeading"])
        w.markup("</h2>\n<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"data-files\" tabindex=\"0\">\n<table>\n<caption>")
        w.text(catalog.asOf.map { s.text("dataPage.filesCaptionAsOf", ["date": $0.japanese]) } ?? s["dataPage.filesCaption"])
        w.markup("</caption>\n<thead><tr><th scope=\"col\">")
        w.text(s["dataPage.fileHeader"])
        w.markup("</th><th scope=\"col\">")
        w.text(s["dataPage.formatHeader"])
        w.markup("</th>")
        if showsSize {
            w.markup("<th scope=\"col\">")
            w.text(s["dataPage.sizeHeader"])
            w.markup("</th>")
        }
        w.markup("<th scope=\"col\">")
        w.text(s["dataPage.rowsHeader"])
        w.markup("</th><th scope=\"col\">")
        w.text(s["dataPage.contentHeader"])
        w.markup("</th></tr></thead>\n<tbody>\n")
        for file in catalog.files {
            w.markup("<tr><th scope=\"row\"><a href=\"")
            w.text(link(file.path))
            w.markup("\">")
            w.text(fileName(file.path))
            w.markup("</a></th><td>")
            w.text(file.format)
            w.markup("</td>")
            if showsSize {
                w.markup("<td>")
                w.text(byteLabel(file.byteSize, s))
                w.markup("</td>")
            }
            w.markup("<td>")
            w.text(file.rowCount.map { s.text("dataPage.rows", ["count": "\($0)"]) } ?? s["dataPage.noRows"])
            w.markup("</td><td>")
            w.text(easy ? file.easyTitle : file.title)
            w.markup("。")
            w.text(easy ? file.easyDescription : file.description)
            if !file.columns.isEmpty {
                w.markup(" <a href=\"")
                w.text(columnsPage)
                w.markup("#")
                w.text(columnsID(file.path))
                w.markup("\">")
                w.text(s["dataPage.columnsLink"])
                w.markup("</a>")
            }
            w.markup("</td></tr>\n")
        }
        w.markup("</tbody>\n</table>\n</div>\n</section>\n")

        w.markup("<section aria-labelledby=\"data-license\">\n<h2 id=\"data-license\">")
        w.text(s["dataPage.licenseHeading"])
        w.markup("</h2>\n<p>")
        let licenseSlots: KeyValuePairs<String, HTML> = ["license": licenseLink(catalog.license),
                                                         "shortName": HTML(text: catalog.license.shortName)]
        s.html("dataPage.licenseText", licenseSlots, into: &w)
        w.markup("</p>\n")
        if s.has("dataPage.licenseText2") {
            w.markup("<p>")
            s.html("dataPage.licenseText2", licenseSlots, into: &w)
            w.markup("</p>\n")
        }
        w.markup("<ul>\n<li>")
        w.text(s["dataPage.unmodified"])
        w.markup(": <q>")
        w.text(catalog.attributionUnmodified)
        w.markup("</q></li>\n<li>")
        w.text(s["dataPage.modified"])
        w.markup(": <q>")
        w.text(catalog.attributionExample)
        w.markup("</q></li>\n</ul>\n<p>")
        // How the CSV files are encoded (UTF-8 BOM付き、CRLF …): the strings file says it in each language.
        w.text(s["dataPage.csvNote"])
        w.markup("</p>\n</section>\n")

        let tables = catalog.files.filter { !$0.columns.isEmpty }
        if !tables.isEmpty {
            w.markup("<section aria-labelledby=\"data-columns\">\n<h2 id=\"data-columns\">")
            w.text(s["dataPage.columnsHeading"])
            w.markup("</h2>\n")
            if s.has("dataPage.columnsElsewhere") {
                // The column tables are for programmers; this language points to them once.
                w.markup("<p><a href=\"")
                w.text(columnsPage)
                w.markup("#data-columns\">")
                w.text(s["dataPage.columnsElsewhere"])
                w.markup("</a></p>\n</section>\n")
                return w.html
            }
            for file in tables {
                columnTable(file, s, into: &w)
            }
            w.markup("</section>\n")
        }
        return w.html
    }

    /// The licence's title, a link to its text where it has one.
    private static func licenseLink(_ license: DataLicense) -> HTML {
        var w = MarkupWriter(capacity: 128)
        guard let url = license.url else {
            w.text(license.title)
            return w.html
        }
        w.markup("<a href=\"")
        w.text(url)
        w.markup("\" rel=\"license noopener\">")
        w.text(license.title)
        w.markup("</a>")
        return w.html
    }

    /// One CSV file's columns: name, title, type, unit, description.
    private static func columnTable(_ file: DataFile, _ s: FrameStrings, into w: inout MarkupWriter) {
        let id = columnsID(file.path)
        let name = fileName(file.path)
        w.markup("<h3 id=\"")
        w.text(id)
        w.markup("\">")
        w.text(name)
        w.markup("(")
        w.text(file.title)
        w.markup(")</h3>\n")
        if !file.primaryKey.isEmpty {
            w.markup("<p>")
            w.text(s["dataPage.primaryKey"])
            w.markup(": <code>")
            w.text(file.primaryKey.joined(separator: ", "))
            w.markup("</code></p>\n")
        }
        w.markup("<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"")
        w.text(id)
        w.markup("\" tabindex=\"0\">\n<table>\n<caption>")
        w.text(s.text("dataPage.columnsCaption", ["file": name]))
        w.markup("</caption>\n<thead><tr><th scope=\"col\">")
        w.text(s["dataPage.columnNameHeader"])
        w.markup("</th><th scope=\"col\">")
        w.text(s["dataPage.columnTitleHeader"])
        w.markup("</th><th scope=\"col\">")
        w.text(s["dataPage.columnTypeHeader"])
        w.markup("</th><th scope=\"col\">")
        w.text(s["dataPage.columnUnitHeader"])
        w.markup("</th><th scope=\"col\">")
        w.text(s["dataPage.columnDescriptionHeader"])
        w.markup("</th></tr></thead>\n<tbody>\n")
        for column in file.columns {
            w.markup("<tr><th scope=\"row\"><code>")
            w.text(column.name)
            w.markup("</code></th><td>")
            w.text(column.title)
            w.markup("</td><td>")
            w.text(s[typeKey(column.type)])
            w.markup("</td><td>")
            w.text(column.unit ?? s["dataPage.noUnit"])
            w.markup("</td><td>")
            w.text(column.description)
            w.markup("</td></tr>\n")
        }
        w.markup("</tbody>\n</table>\n</div>\n")
    }

    static func typeKey(_ type: DataColumn.FieldType) -> String {
        switch type {
        case .string: "dataPage.typeString"
        case .integer: "dataPage.typeInteger"
        case .number: "dataPage.typeNumber"
        case .date: "dataPage.typeDate"
        case .yearmonth: "dataPage.typeYearmonth"
        case .boolean: "dataPage.typeBoolean"
        }
    }

    /// The initiative page's links to its own rows.
    package static func initiativeLinks(_ links: InitiativeDataLinks, site: Site, strings s: FrameStrings, pagePath: String) -> HTML {
        // Room given up front: every initiative page in every language has this list.
        var w = MarkupWriter(capacity: 256 + 256 * links.tables.count)
        // Citizens read this page: a format is named with what it is for.
        w.markup("<ul class=\"data-links\">\n<li><a href=\"")
        w.text(SitePaths.relativeURL(from: pagePath, to: links.jsonPath))
        w.markup("\">")
        w.text(s["dataPage.initiativeJSON"])
        w.markup("</a>")
        w.text(s.text("dataPage.initiativeJSONNote", ["size": byteLabel(links.jsonByteSize, s)]))
        w.markup("</li>\n")
        for table in links.tables {
            w.markup("<li><a href=\"")
            w.text(SitePaths.relativeURL(from: pagePath, to: table.path))
            w.markup("\">")
            w.text(fileName(table.path))
            w.markup("</a>: ")
            s.html("dataPage.initiativeRows", into: &w) { slot, w in
                switch slot {
                case "title": w.text(table.title)
                case "column": code(table.column, into: &w)
                case "value": code(table.value, into: &w)
                case "count": w.number(table.rowCount)
                default: break
                }
            }
            w.markup("</li>\n")
        }
        w.markup("<li><a href=\"")
        w.text(SitePaths.relativeURL(from: pagePath, to: SitePaths.localized(SitePaths.data, site.language)))
        w.markup("\">")
        w.text(s["dataPage.aboutData"])
        w.markup("</a></li>\n</ul>\n")
        return w.html
    }

    /// `<code>` around a text.
    private static func code(_ text: String, into w: inout MarkupWriter) {
        w.markup("<code>")
        w.text(text)
        w.markup("</code>")
    }

    /// 1234バイト / 12.3キロバイト, in words rather than B and KB; locale-independent.
    static func byteLabel(_ bytes: Int, _ s: FrameStrings) -> String {
        if bytes < 1024 { return s.text("dataPage.bytes", ["count": "\(bytes)"]) }
        let tenths = (bytes * 10 + 512) / 1024
        return s.text("dataPage.kilobytes", ["value": "\(tenths / 10).\(tenths % 10)"])
    }

    /// The path's last non-empty part (`data/kpis.csv` → `kpis.csv`), or the path when it has none;
    /// found in its UTF-8 (every initiative page names its tables' files).
    static func fileName(_ path: String) -> String {
        let utf8 = path.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") { end = utf8.index(before: end) }
        guard end > utf8.startIndex else { return path }
        let start = utf8[..<end].lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
        return String(path[start..<end])
    }

    /// The id of a file's column table (`columns-kpis-csv`).
    static func columnsID(_ path: String) -> String { "columns-" + anchor(path) }

    static func anchor(_ path: String) -> String {
        String(path.split(separator: "/").last ?? "").replacingOccurrences(of: ".", with: "-")
    }
}
