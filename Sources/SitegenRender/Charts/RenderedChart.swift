import SitegenSupport
import SitegenModel
import SitegenContent

/// One chart in every form a page or a download needs.
package struct RenderedChart: Sendable, Hashable {
    /// `<svg role="img" …>` for use inside an HTML page (ids prefixed per page).
    package let inlineSVG: String
    /// A complete `.svg` file as UTF-8: XML declaration, its own title and description, no ARIA.
    package let standaloneFile: [UInt8]
    /// Sentences that carry the same information as the picture.
    package let textAlternative: String
    /// The same data as an HTML `<table>` with caption and header cells.
    package let dataTableHTML: String
    /// `<figure>` with caption, inline SVG and the data table in `<details>`.
    package let figureHTML: String

    /// Labels with readings (`ChartRuby`) keep only their kanji here: the drawing
    /// already shows the readings, and titles, descriptions, captions, tables and
    /// sentences are text that the page's own furigana (or a screen reader) reads.
    package init(inlineSVG: String, standaloneFile: [UInt8], textAlternative: String, dataTableHTML: String, figureHTML: String) {
        self.inlineSVG = ChartRuby.plain(inlineSVG)
        self.standaloneFile = ChartRuby.plain(standaloneFile)
        self.textAlternative = ChartRuby.plain(textAlternative)
        self.dataTableHTML = ChartRuby.plain(dataTableHTML)
        self.figureHTML = ChartRuby.plain(figureHTML)
    }

    /// A chart whose file was drawn as text.
    package init(inlineSVG: String, standaloneSVG: String, textAlternative: String, dataTableHTML: String, figureHTML: String) {
        self.init(inlineSVG: inlineSVG, standaloneFile: Array(standaloneSVG.utf8), textAlternative: textAlternative,
                  dataTableHTML: dataTableHTML, figureHTML: figureHTML)
    }

    /// The file as text (tests read it).
    package var standaloneSVG: String { String(decoding: standaloneFile, as: UTF8.self) }
}
