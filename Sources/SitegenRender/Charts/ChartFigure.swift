import SitegenSupport
import SitegenModel
import SitegenContent

/// The HTML around a chart: the figure and the data table.
enum ChartFigure {
    /// One table cell; `html` is already escaped.
    struct Cell {
        let html: String
        let isHeader: Bool
        let scope: String?
        let colspan: Int

        static func header(_ text: String, scope: String = "row", colspan: Int = 1) -> Cell {
            Cell(html: Escape.html(text), isHeader: true, scope: scope, colspan: colspan)
        }
        static func data(_ text: String, colspan: Int = 1) -> Cell {
            Cell(html: Escape.html(text), isHeader: false, scope: nil, colspan: colspan)
        }
        static func link(_ text: String, href: String?, asHeader: Bool) -> Cell {
            let inner = href.map { "<a href=\"\(Escape.html($0))\">\(Escape.html(text))</a>" } ?? Escape.html(text)
            return Cell(html: inner, isHeader: asHeader, scope: asHeader ? "row" : nil, colspan: 1)
        }

        /// Appends the cell in place: a schedule table has thousands of cells.
        func append(to out: inout String) {
            out += isHeader ? "<th" : "<td"
            if let scope {
                out += " scope=\""
                out += scope
                out += "\""
            }
            if colspan > 1 {
                out += " colspan=\""
                out += String(colspan)
                out += "\""
            }
            out += ">"
            out += html
            out += isHeader ? "</th>" : "</td>"
        }
    }

    /// A table with a caption, column headers and one or more row groups.
    static func table(caption: String, columns: [String], groups: [[[Cell]]]) -> String {
        var out = "<table class=\"chart-data\">\n<caption>"
        out += Escape.html(caption)
        out += "</caption>\n<thead><tr>"
        for column in columns { Cell.header(column, scope: "col").append(to: &out) }
        out += "</tr></thead>\n"
        for group in groups where !group.isEmpty {
            out += "<tbody>\n"
            for row in group {
                out += "<tr>"
                for cell in row { cell.append(to: &out) }
                out += "</tr>\n"
            }
            out += "</tbody>\n"
        }
        out += "</table>"
        return out
    }

    static func figure(kind: String, caption: String, inlineSVG: String, table: String, summary: String) -> String {
        // On narrow screens the drawing keeps a legible minimum width and scrolls
        // sideways inside a focusable region (keyboard users can scroll it too).
        "<figure class=\"chart chart-\(kind)\">\n<figcaption>\(Escape.html(caption))</figcaption>\n"
            + "<div class=\"chart-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(Escape.html(caption))\">\n"
            + inlineSVG
            + "\n</div>"
            + "\n<details class=\"chart-data-details\"><summary>\(Escape.html(summary))</summary>\n"
            + table + "\n</details>\n</figure>"
    }
}
