import SitegenSupport
import SitegenModel
import SitegenContent

/// A chart as a page shows it: its `<figure>`, and the standalone `.svg` file
/// drawn with it, which the page's render job returns beside the page.
package struct ChartFragment: Sendable, ExpressibleByStringLiteral {
    package let figure: HTML
    package let file: OutputFile?

    package init(_ figure: HTML, file: OutputFile? = nil) {
        self.figure = figure
        self.file = file
    }

    package init(stringLiteral figure: StaticString) { self.init(HTML(stringLiteral: figure)) }
}

/// HTML fragments other stages (charts, open data) add to pages. Each closure
/// gets the language's site, what the fragment is for and the output path of
/// the page it lands on (to build relative URLs); nil leaves the spot out.
/// Fragments are `HTML`, inserted as they are: complete, with their text escaped.
/// The closures are pure: what they draw comes back as values (a chart's file
/// travels in its `ChartFragment`), never written from inside a page job.
package struct PageExtras: Sendable {
    /// A `<figure>` for one KPI, shown under the initiative's KPI table.
    package var kpiChart: @Sendable (_ site: Site, _ initiative: Initiative, _ kpi: KPI, _ pagePath: String) -> ChartFragment?
    /// A `<figure>` of one KPI's values over the years (nil: fewer than two points), under its KPI chart.
    package var kpiHistory: @Sendable (_ site: Site, _ initiative: Initiative, _ kpi: KPI, _ pagePath: String) -> ChartFragment? = { _, _, _, _ in nil }
    /// The initiative's Gantt `<figure>`, shown above its schedule table.
    package var initiativeGantt: @Sendable (_ site: Site, _ initiative: Initiative, _ pagePath: String) -> ChartFragment?
    /// The Gantt of every initiative at the top of the schedule page, or of one page's
    /// initiatives when the schedule is split (the part, and what follows its chart's title).
    package var overallGantt: @Sendable (_ site: Site, _ part: (ListPart, captionSuffix: String)?, _ pagePath: String) -> ChartFragment?
    /// The progress summary `<figure>` of a theme's page, or of every theme (the home page).
    package var progressSummary: @Sendable (_ site: Site, _ scope: SummaryScope, _ pagePath: String) -> ChartFragment?
    /// The body of the data page (SitePaths.data); nil means no data page and no menu item.
    package var dataPage: @Sendable (_ site: Site, _ pagePath: String) -> HTML?
    /// Whether there is a data page, when known without rendering it (nil: ask `dataPage`).
    package var hasDataPage: Bool?
    /// Links to the initiative's open data (CSV/JSON), in its own section.
    package var initiativeDataLinks: @Sendable (_ site: Site, _ initiative: Initiative, _ pagePath: String) -> HTML?
    /// schema.org JSON-LD for a language-relative page (`index.html`), or nil;
    /// written into a `<script type="application/ld+json">` block, so it must keep `<` escaped.
    package var structuredData: @Sendable (_ site: Site, _ path: String) -> HTML?
    /// The last site check's results for the accessibility page; nil: not tested yet.
    package var accessibilityResults: AccessibilityResults?

    package init(kpiChart: @escaping @Sendable (Site, Initiative, KPI, String) -> ChartFragment? = { _, _, _, _ in nil },
                initiativeGantt: @escaping @Sendable (Site, Initiative, String) -> ChartFragment? = { _, _, _ in nil },
                overallGantt: @escaping @Sendable (Site, (ListPart, captionSuffix: String)?, String) -> ChartFragment? = { _, _, _ in nil },
                progressSummary: @escaping @Sendable (Site, SummaryScope, String) -> ChartFragment? = { _, _, _ in nil },
                dataPage: @escaping @Sendable (Site, String) -> HTML? = { _, _ in nil },
                hasDataPage: Bool? = nil,
                initiativeDataLinks: @escaping @Sendable (Site, Initiative, String) -> HTML? = { _, _, _ in nil },
                structuredData: @escaping @Sendable (Site, String) -> HTML? = { _, _ in nil },
                accessibilityResults: AccessibilityResults? = nil) {
        self.kpiChart = kpiChart
        self.initiativeGantt = initiativeGantt
        self.overallGantt = overallGantt
        self.progressSummary = progressSummary
        self.dataPage = dataPage
        self.hasDataPage = hasDataPage
        self.initiativeDataLinks = initiativeDataLinks
        self.structuredData = structuredData
        self.accessibilityResults = accessibilityResults
    }

    /// No fragments: pages render without charts and data links.
    package static let none = PageExtras()
}
