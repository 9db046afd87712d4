import SitegenSupport
import SitegenModel
import SitegenContent

/// One chart in every form a page or a download needs.
public struct RenderedChart: Sendable, Hashable {
    /// `<svg role="img" …>` for use inside an HTML page (ids prefixed per page).
    public let inlineSVG: String
    /// A complete `.svg` file: XML declaration, its own title and description, no ARIA.
    public let standaloneSVG: String
    /// Sentences that carry the same information as the picture.
    public let textAlternative: String
    /// The same data as an HTML `<table>` with caption and header cells.
    public let dataTableHTML: String
    /// `<figure>` with caption, inline SVG and the data table in `<details>`.
    public let figureHTML: String

    public init(inlineSVG: String, standaloneSVG: String, textAlternative: String, dataTableHTML: String, figureHTML: String) {
        self.inlineSVG = inlineSVG
        self.standaloneSVG = standaloneSVG
        self.textAlternative = textAlternative
        self.dataTableHTML = dataTableHTML
        self.figureHTML = figureHTML
    }
}
