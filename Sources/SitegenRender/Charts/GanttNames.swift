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

    static func overlay(output: ChartOutput, height: Double) -> String {
        let w = SVGNumber.format(width), h = SVGNumber.format(height)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt-names\" viewBox=\"0 0 \(w) \(h)\" "
            + "aria-hidden=\"true\" focusable=\"false\" "
            + "font-family=\"\(SVGCanvas.fontFamily)\" font-size=\"14\" fill=\"\(ChartPalette.text)\">\n"
            + "<rect x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"\(ChartPalette.background)\"/>\n"
            + "<use href=\"#\(Escape.xml(output.id(rowsID)))\"/>\n<use href=\"#\(Escape.xml(output.id(namesID)))\"/>\n"
            + "<line x1=\"\(SVGNumber.format(width - 1))\" y1=\"0\" x2=\"\(SVGNumber.format(width - 1))\" y2=\"\(h)\" stroke=\"\(ChartPalette.grid)\" stroke-width=\"2\"/>\n"
            + "</svg>"
    }
}
