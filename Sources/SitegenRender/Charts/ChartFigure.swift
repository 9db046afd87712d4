import SitegenSupport
import SitegenModel
import SitegenContent

/// The HTML around a chart: the figure and the data table.
enum ChartFigure {
    /// One table cell: its text, and the address it links to (if any), escaped as the cell is written.
    struct Cell {
        let text: String
        let href: String?
        let isHeader: Bool
        let scope: String?
        let colspan: Int

        static func header(_ text: String, scope: String = "row", colspan: Int = 1) -> Cell {
            Cell(text: text, href: nil, isHeader: true, scope: scope, colspan: colspan)
        }
        static func data(_ text: String, colspan: Int = 1) -> Cell {
            Cell(text: text, href: nil, isHeader: false, scope: nil, colspan: colspan)
        }
        static func link(_ text: String, href: String?, asHeader: Bool) -> Cell {
            Cell(text: text, href: href, isHeader: asHeader, scope: asHeader ? "row" : nil, colspan: 1)
        }

        /// Appends the cell in place, its text escaped straight into `out`: a schedule table has thousands of cells.
        func append(to out: inout ByteBuffer) {
            out.append(isHeader ? "<th" : "<td")
            if let scope {
                out.append(" scope=\"")
                out.append(scope)
                out.append("\"")
            }
            if colspan > 1 {
                out.append(" colspan=\"")
                out.append(String(colspan))
                out.append("\"")
            }
            out.append(">")
            if let href {
                out.append("<a href=\"")
                Escape.appendXML(href, to: &out)
                out.append("\">")
                Escape.appendXML(text, to: &out)
                out.append("</a>")
            } else {
                Escape.appendXML(text, to: &out)
            }
            out.append(isHeader ? "</th>" : "</td>")
        }
    }

    /// A table with a caption, column headers and one or more row groups.
    static func table(caption: String, columns: [String], groups: [[[Cell]]]) -> ByteBuffer {
        // Bytes: a String appended thousands of short pieces cost several hundred instructions each.
        var out = ByteBuffer()
        out.append("<table class=\"chart-data\">\n<caption>")
        Escape.appendXML(caption, to: &out)
        out.append("</caption>\n<thead><tr>")
        for column in columns { Cell.header(column, scope: "col").append(to: &out) }
        out.append("</tr></thead>\n")
        for group in groups where !group.isEmpty {
            out.append("<tbody>\n")
            for row in group {
                out.append("<tr>")
                for cell in row { cell.append(to: &out) }
                out.append("</tr>\n")
            }
            out.append("</tbody>\n")
        }
        out.append("</table>")
        return out
    }

    /// - Parameter pinned: drawn before the chart inside its scrolling region (`GanttNames`).
    static func figure(kind: String, caption: String, pinned: ByteBuffer = ByteBuffer(), inlineSVG: ByteBuffer,
                       table: ByteBuffer, summary: String) -> ByteBuffer {
        // On narrow screens the drawing keeps a legible minimum width and scrolls
        // sideways inside a focusable region (keyboard users can scroll it too).
        var out = ByteBuffer(capacity: inlineSVG.count + table.count + pinned.count + 2 * caption.utf8.count
                                 + summary.utf8.count + 300)
        out.append("<figure class=\"chart chart-")
        out.append(kind)
        out.append("\">\n<figcaption>")
        Escape.appendXML(caption, to: &out)
        out.append("</figcaption>\n<div class=\"chart-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
        Escape.appendXML(caption, to: &out)
        out.append("\">\n")
        out.append(pinned)
        out.append(inlineSVG)
        out.append("\n</div>\n<details class=\"chart-data-details\"><summary>")
        Escape.appendXML(summary, to: &out)
        out.append("</summary>\n")
        out.append(table)
        out.append("\n</details>\n</figure>")
        return out
    }
}
