import SitegenSupport
import SitegenModel
import SitegenContent

/// The HTML around a chart: the figure and the data table, written with `MarkupWriter`
/// (tags as literals, texts and addresses escaped as they are written).
enum ChartFigure {
    /// One table cell: its text, and the address it links to (if any), escaped as the cell is written.
    struct Cell {
        let text: String
        let href: String?
        let isHeader: Bool
        let scope: StaticString?
        let colspan: Int

        static func header(_ text: String, scope: StaticString = "row", colspan: Int = 1) -> Cell {
            Cell(text: text, href: nil, isHeader: true, scope: scope, colspan: colspan)
        }
        static func data(_ text: String, colspan: Int = 1) -> Cell {
            Cell(text: text, href: nil, isHeader: false, scope: nil, colspan: colspan)
        }
        static func link(_ text: String, href: String?, asHeader: Bool) -> Cell {
            Cell(text: text, href: href, isHeader: asHeader, scope: asHeader ? "row" : nil, colspan: 1)
        }

        /// Writes the cell in place: a schedule table has thousands of cells.
        func write(to out: inout MarkupWriter) {
            out.markup(isHeader ? "<th" : "<td")
            if let scope {
                out.markup(" scope=\"")
                out.markup(scope)
                out.markup("\"")
            }
            if colspan > 1 {
                out.markup(" colspan=\"")
                out.number(colspan)
                out.markup("\"")
            }
            out.markup(">")
            if let href {
                out.markup("<a href=\"")
                out.text(href)
                out.markup("\">")
                out.text(text)
                out.markup("</a>")
            } else {
                out.text(text)
            }
            out.markup(isHeader ? "</th>" : "</td>")
        }
    }

    /// A table with a caption, column headers and one or more row groups.
    static func table(caption: String, columns: [String], groups: [[[Cell]]]) -> ByteBuffer {
        // Bytes: a String appended thousands of short pieces cost several hundred instructions each.
        var out = MarkupWriter()
        out.markup("<table class=\"chart-data\">\n<caption>")
        out.text(caption)
        out.markup("</caption>\n<thead><tr>")
        for column in columns { Cell.header(column, scope: "col").write(to: &out) }
        out.markup("</tr></thead>\n")
        for group in groups where !group.isEmpty {
            out.markup("<tbody>\n")
            for row in group {
                out.markup("<tr>")
                for cell in row { cell.write(to: &out) }
                out.markup("</tr>\n")
            }
            out.markup("</tbody>\n")
        }
        out.markup("</table>")
        return out.bytes
    }

    /// - Parameters:
    ///   - kind: the figure's class, `chart-` followed by it.
    ///   - pinned: drawn before the chart inside its scrolling region (`GanttNames`).
    static func figure(kind: String, caption: String, pinned: ByteBuffer = ByteBuffer(), inlineSVG: ByteBuffer,
                       table: ByteBuffer, summary: String) -> ByteBuffer {
        // On narrow screens the drawing keeps a legible minimum width and scrolls
        // sideways inside a focusable region (keyboard users can scroll it too).
        var out = MarkupWriter(capacity: inlineSVG.count + table.count + pinned.count + 2 * caption.utf8.count
                                   + summary.utf8.count + 300)
        out.markup("<figure class=\"chart chart-")
        out.text(kind)
        out.markup("\">\n<figcaption>")
        out.text(caption)
        out.markup("</figcaption>\n<div class=\"chart-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
        out.text(caption)
        out.markup("\">\n")
        out.html(HTML(renderedUTF8: pinned))
        out.html(HTML(renderedUTF8: inlineSVG))
        out.markup("\n</div>\n<details class=\"chart-data-details\"><summary>")
        out.text(summary)
        out.markup("</summary>\n")
        out.html(HTML(renderedUTF8: table))
        out.markup("\n</details>\n</figure>")
        return out.bytes
    }
}
