import SitegenSupport
import SitegenModel
import SitegenContent

/// One chart in every form a page or a download needs. The drawing, table and
/// figure are UTF-8 as they were written: they reach the page's bytes without
/// becoming a `String` (tests read them as text).
package struct RenderedChart: Sendable, Hashable {
    /// `<svg role="img" …>` for use inside an HTML page (ids prefixed per page).
    package let inlineDrawing: HTML
    /// A complete `.svg` file as UTF-8: XML declaration, its own title and description, no ARIA.
    package let standaloneFile: ByteBuffer
    /// Sentences that carry the same information as the picture.
    package let textAlternative: String
    /// The same data as an HTML `<table>` with caption and header cells.
    package let dataTable: HTML
    /// `<figure>` with caption, inline SVG and the data table in `<details>`.
    package let figure: HTML

    /// Labels with readings (`ChartRuby`) keep only their kanji here: the drawing
    /// already shows the readings, and titles, descriptions, captions, tables and
    /// sentences are text that the page's own furigana (or a screen reader) reads.
    init(inlineSVG: ByteBuffer, standaloneFile: ByteBuffer, textAlternative: String, dataTable: ByteBuffer, figure: ByteBuffer) {
        inlineDrawing = HTML(renderedUTF8: ChartRuby.plain(inlineSVG))
        self.standaloneFile = ChartRuby.plain(standaloneFile)
        self.textAlternative = ChartRuby.plain(textAlternative)
        self.dataTable = HTML(renderedUTF8: ChartRuby.plain(dataTable))
        self.figure = HTML(renderedUTF8: ChartRuby.plain(figure))
    }

    /// The drawing as text (tests read it).
    package var inlineSVG: String { inlineDrawing.markup }
    /// The table as text (tests read it).
    package var dataTableHTML: String { dataTable.markup }
    /// The figure as text (tests read it).
    package var figureHTML: String { figure.markup }
    /// The file as text (tests read it).
    package var standaloneSVG: String { standaloneFile.string }
}
