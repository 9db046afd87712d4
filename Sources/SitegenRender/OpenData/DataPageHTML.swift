import SitegenSupport
import SitegenModel
import SitegenContent

/// The body of the data page (standard and easy) and the per-initiative data
/// links, as HTML fragments for the page templates. Everything comes from the
/// `DataCatalog`, which is built from the bytes actually written; the words
/// around it from the language's strings (`data.*`).
package enum DataPageHTML {
    package static func page(catalog: DataCatalog, site: Site, strings s: FrameStrings, pagePath: String) -> String {
        let easy = site.language.isEasy
        func link(_ path: String) -> String { Escape.html(SitePaths.relativeURL(from: pagePath, to: path)) }
        func text(_ key: String) -> String { Escape.html(s[key]) }
        // A language without `data.sizeHeader` leaves file sizes out (easy Japanese: bytes mean nothing to most readers).
        let showsSize = s.has("dataPage.sizeHeader")
        // Where the column tables are: this page, or the standard data page (`dataPage.columnsElsewhere`).
        let columnsPage = s.has("dataPage.columnsElsewhere") ? Escape.html(SitePaths.relativeURL(from: pagePath, to: SitePaths.data)) : ""
        var html = ""
        html += "<p class=\"lead\">\(Escape.html(easy ? catalog.easyDescription : catalog.description))</p>\n"
        html += "<section aria-labelledby=\"data-files\">\n<h2 id=\"data-files\">\(text("dataPage.filesHeading"))</h2>\n"
        html += "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"data-files\" tabindex=\"0\">\n<table>\n"
        let caption = catalog.asOf.map { s.text("dataPage.filesCaptionAsOf", ["date": $0.japanese]) } ?? s["dataPage.filesCaption"]
        html += "<caption>\(Escape.html(caption))</caption>\n"
        html += "<thead><tr><th scope=\"col\">\(text("dataPage.fileHeader"))</th><th scope=\"col\">\(text("dataPage.formatHeader"))</th>"
            + (showsSize ? "<th scope=\"col\">\(text("dataPage.sizeHeader"))</th>" : "") + "<th scope=\"col\">\(text("dataPage.rowsHeader"))</th>"
            + "<th scope=\"col\">\(text("dataPage.contentHeader"))</th></tr></thead>\n<tbody>\n"
        for file in catalog.files {
            let name = fileName(file.path)
            let title = easy ? file.easyTitle : file.title
            let description = easy ? file.easyDescription : file.description
            html += "<tr><th scope=\"row\"><a href=\"\(link(file.path))\">\(Escape.html(name))</a></th>"
            html += "<td>\(Escape.html(file.format))</td>" + (showsSize ? "<td>\(byteLabel(file.byteSize, s))</td>" : "")
            html += "<td>\(Escape.html(file.rowCount.map { s.text("dataPage.rows", ["count": "\($0)"]) } ?? s["dataPage.noRows"]))</td>"
            html += "<td>\(Escape.html(title))。\(Escape.html(description))"
            if !file.columns.isEmpty {
                html += " <a href=\"\(columnsPage)#columns-\(anchor(file.path))\">\(text("dataPage.columnsLink"))</a>"
            }
            html += "</td></tr>\n"
        }
        html += "</tbody>\n</table>\n</div>\n</section>\n"

        html += "<section aria-labelledby=\"data-license\">\n<h2 id=\"data-license\">\(text("dataPage.licenseHeading"))</h2>\n"
        let license = catalog.license.url.map { "<a href=\"\(Escape.html($0))\" rel=\"license noopener\">\(Escape.html(catalog.license.title))</a>" }
            ?? Escape.html(catalog.license.title)
        let licenseSlots: KeyValuePairs<String, HTML> = ["license": HTML(rendered: license),
                                                         "shortName": HTML(text: catalog.license.shortName)]
        html += "<p>" + s.html("dataPage.licenseText", licenseSlots).markup + "</p>\n"
        if s.has("dataPage.licenseText2") { html += "<p>" + s.html("dataPage.licenseText2", licenseSlots).markup + "</p>\n" }
        html += "<ul>\n<li>\(text("dataPage.unmodified")): <q>\(Escape.html(catalog.attributionUnmodified))</q></li>\n"
        html += "<li>\(text("dataPage.modified")): <q>\(Escape.html(catalog.attributionExample))</q></li>\n</ul>\n"
        // How the CSV files are encoded (UTF-8 BOM付き、CRLF …): the strings file says it in each language.
        html += "<p>\(text("dataPage.csvNote"))</p>\n</section>\n"

        let tables = catalog.files.filter { !$0.columns.isEmpty }
        if !tables.isEmpty {
            html += "<section aria-labelledby=\"data-columns\">\n<h2 id=\"data-columns\">\(text("dataPage.columnsHeading"))</h2>\n"
            if s.has("dataPage.columnsElsewhere") {
                // The column tables are for programmers; this language points to them once.
                html += "<p><a href=\"\(columnsPage)#data-columns\">\(text("dataPage.columnsElsewhere"))</a></p>\n</section>\n"
                return html
            }
            for file in tables {
                html += columnTable(file, s)
            }
            html += "</section>\n"
        }
        return html
    }

    /// One CSV file's columns: name, title, type, unit, description.
    private static func columnTable(_ file: DataFile, _ s: FrameStrings) -> String {
        func text(_ key: String) -> String { Escape.html(s[key]) }
        let id = "columns-" + anchor(file.path)
        let name = fileName(file.path)
        var html = "<h3 id=\"\(id)\">\(Escape.html(name))(\(Escape.html(file.title)))</h3>\n"
        if !file.primaryKey.isEmpty {
            html += "<p>\(text("dataPage.primaryKey")): <code>\(Escape.html(file.primaryKey.joined(separator: ", ")))</code></p>\n"
        }
        html += "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"\(id)\" tabindex=\"0\">\n<table>\n"
        html += "<caption>\(Escape.html(s.text("dataPage.columnsCaption", ["file": name])))</caption>\n"
        html += "<thead><tr><th scope=\"col\">\(text("dataPage.columnNameHeader"))</th><th scope=\"col\">\(text("dataPage.columnTitleHeader"))</th>"
            + "<th scope=\"col\">\(text("dataPage.columnTypeHeader"))</th><th scope=\"col\">\(text("dataPage.columnUnitHeader"))</th>"
            + "<th scope=\"col\">\(text("dataPage.columnDescriptionHeader"))</th></tr></thead>\n<tbody>\n"
        for column in file.columns {
            html += "<tr><th scope=\"row\"><code>\(Escape.html(column.name))</code></th><td>\(Escape.html(column.title))</td>"
            html += "<td>\(Escape.html(s[typeKey(column.type)]))</td><td>\(Escape.html(column.unit ?? s["dataPage.noUnit"]))</td>"
            html += "<td>\(Escape.html(column.description))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</div>\n"
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
    package static func initiativeLinks(_ links: InitiativeDataLinks, site: Site, strings s: FrameStrings, pagePath: String) -> String {
        func link(_ path: String) -> String { Escape.html(SitePaths.relativeURL(from: pagePath, to: path)) }
        // Appended piece by piece into room given up front: every initiative page in every language has
        // this list, and interpolated lines grew and copied their strings (330 M instructions per 1,000 initiatives).
        var html = "<ul class=\"data-links\">\n"
        html.reserveCapacity(256 + 256 * links.tables.count)
        // Citizens read this page: a format is named with what it is for.
        html += "<li><a href=\""
        html += link(links.jsonPath)
        html += "\">"
        html += Escape.html(s["dataPage.initiativeJSON"])
        html += "</a>"
        html += Escape.html(s.text("dataPage.initiativeJSONNote", ["size": byteLabel(links.jsonByteSize, s)]))
        html += "</li>\n"
        for table in links.tables {
            html += "<li><a href=\""
            html += link(table.path)
            html += "\">"
            html += Escape.html(fileName(table.path))
            html += "</a>: "
            html += s.html("dataPage.initiativeRows", [
                "title": HTML(text: table.title), "column": HTML(rendered: "<code>" + Escape.html(table.column) + "</code>"),
                "value": HTML(rendered: "<code>" + Escape.html(table.value) + "</code>"), "count": HTML(rendered: String(table.rowCount)),
            ]).markup
            html += "</li>\n"
        }
        html += "<li><a href=\""
        html += link(SitePaths.localized(SitePaths.data, site.language))
        html += "\">"
        html += Escape.html(s["dataPage.aboutData"])
        html += "</a></li>\n</ul>\n"
        return html
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

    static func anchor(_ path: String) -> String {
        String(path.split(separator: "/").last ?? "").replacingOccurrences(of: ".", with: "-")
    }
}
