import SitegenSupport
import SitegenModel
import SitegenContent

/// What `sitegen serve`'s memos wrap around the pure steps of stage 4, from outside
/// (`PageMemo.wrappers`); a full build uses `.none` and runs every step.
package struct RenderWrappers: Sendable {
    /// A job's result without running it when a memo holds it: asked in one quick pass
    /// before the other jobs are handed to the cores, so kept pages cost no dispatch.
    var kept: (@Sendable (SiteRenderer, RenderJob) -> RenderedJob?)?
    /// Runs a job (and remembers what it made).
    var stage: RenderStage = SiteRenderer.plain
    /// Makes each initiative's open data (its JSON, its page's links, its rows).
    var initiativeData: InitiativeDataWrapper?
    /// An initiative's open data when the memo holds it (asked in one pass, like `kept`).
    var keptInitiativeData: (@Sendable (Initiative) -> InitiativeData?)?
    /// Makes the list of a language's pages (`PageInventory.pagePaths`).
    var pagePaths: (@Sendable (_ site: Site, _ make: () -> Set<String>) -> Set<String>)?
    /// Makes which pages a bundle has and each language's page renderer (`RenderStructure`).
    var structure: (@Sendable (_ bundle: SiteBundle, _ make: () -> RenderStructure) -> RenderStructure)?
    /// Draws the home page's progress summary (every theme of the report).
    var reportSummary: (@Sendable (_ site: Site, _ showsKPIs: Bool, _ make: () -> ChartFragment?) -> ChartFragment?)?
    /// Counts a theme's KPIs by grade for its pages' progress summaries (the theme's row of counts).
    var themeTally: ThemeTallyWrapper?
    /// A language's Gantt overview rows kept between builds, by language code (`GanttRowMemo`).
    var ganttRows: (@Sendable (String) -> GanttRowMemo)?

    package static let none = RenderWrappers()

    /// The fragments with the home page's progress summary drawn through `reportSummary`.
    func wrapping(_ extras: PageExtras) -> PageExtras {
        guard let wrap = reportSummary else { return extras }
        var wrapped = extras
        let draw = extras.progressSummary
        wrapped.progressSummary = { site, scope, pagePath in
            guard case .report(let showsKPIs) = scope else { return draw(site, scope, pagePath) }
            return wrap(site, showsKPIs) { draw(site, scope, pagePath) }
        }
        return wrapped
    }
}

/// Counts a theme's KPIs by grade (`make`), or hands out the counts kept for them.
typealias ThemeTallyWrapper = @Sendable (_ site: Site, _ theme: Theme, _ make: () -> ProgressSummary.ThemeTally) -> ProgressSummary.ThemeTally

/// Which pages a bundle has, how its lists are split, and each language's page renderer:
/// what a render of a bundle works out before its first page, the same for every scope.
/// (Each render gives the renderers its own fragments: `LanguagePageRenderer.showing`.)
struct RenderStructure: Sendable {
    let inventory: PageInventory
    let languages: [LanguagePageRenderer]
}
