import SitegenSupport
import SitegenModel
import SitegenContent

/// The schedule overview on a narrow screen: its months scroll sideways, and this second,
/// decorative drawing (`aria-hidden`) shows the left column again — row backgrounds, group
/// headings and task names, by reference (`<use>`) to the chart's own groups, so nothing is
/// drawn twice — pinned to the left edge (`position: sticky` in the theme's CSS).
/// Its width is the column's share of the chart's (222 of 640: 34.6875% in the theme's CSS; the
/// page's Content-Security-Policy allows no style attribute), so it lies exactly over the column.
enum GanttNames {
    static let rowsID = "rows"
    static let namesID = "names"
    /// The left column, up to where the months begin.
    static let width = GanttLayout.chartLeft

    /// The overlay's `<svg>` element, as UTF-8.
    static func overlay(output: ChartOutput, height: Double) -> ByteBuffer {
        var out = ByteBuffer(capacity: 700)
        func put(_ markup: String) { out.append(markup) }
        func number(_ value: Double) { SVGNumber.withDigits(value) { out.append($0) } }
        put("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt-names\" viewBox=\"0 0 ")
        number(width)
        put(" ")
        number(height)
        put("\" aria-hidden=\"true\" focusable=\"false\" font-family=\"")
        put(SVGCanvas.fontFamily)
        put("\" font-size=\"14\" fill=\"")
        put(ChartPalette.text)
        put("\">\n<rect x=\"0\" y=\"0\" width=\"")
        number(width)
        put("\" height=\"")
        number(height)
        put("\" fill=\"")
        put(ChartPalette.background)
        put("\"/>\n<use href=\"#")
        Escape.appendXML(output.id(rowsID), to: &out)
        put("\"/>\n<use href=\"#")
        Escape.appendXML(output.id(namesID), to: &out)
        put("\"/>\n<line x1=\"")
        number(width - 1)
        put("\" y1=\"0\" x2=\"")
        number(width - 1)
        put("\" y2=\"")
        number(height)
        put("\" stroke=\"")
        put(ChartPalette.grid)
        put("\" stroke-width=\"2\"/>\n</svg>")
        return out
    }
}
