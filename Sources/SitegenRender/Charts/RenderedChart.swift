import SitegenSupport
import SitegenModel
import SitegenContent

/// One chart in every form a page or a download needs.
package struct RenderedChart: Sendable, Hashable {
    /// `<svg role="img" …>` for use inside an HTML page (ids prefixed per page).
    package let inlineSVG: String
    /// A complete `.svg` file: XML declaration, its own title and description, no ARIA.
    package let standaloneSVG: String
    /// Sentences that carry the same information as the picture.
    package let textAlternative: String
    /// The same data as an HTML `<table>` with caption and header cells.
    package let dataTableHTML: String
    /// `<figure>` with caption, inline SVG and the data table in `<details>`.
    package let figureHTML: String

    /// Labels with readings (`ChartRuby`) keep only their kanji here: the drawing
    /// already shows the readings, and titles, descriptions, captions, tables and
    /// sentences are text that the page's own furigana (or a screen reader) reads.
    package init(inlineSVG: String, standaloneSVG: String, textAlternative: String, dataTableHTML: String, figureHTML: String) {
        self.inlineSVG = ChartRuby.plain(inlineSVG)
        self.standaloneSVG = ChartRuby.plain(standaloneSVG)
        self.textAlternative = ChartRuby.plain(textAlternative)
        self.dataTableHTML = ChartRuby.plain(dataTableHTML)
        self.figureHTML = ChartRuby.plain(figureHTML)
    }
}
