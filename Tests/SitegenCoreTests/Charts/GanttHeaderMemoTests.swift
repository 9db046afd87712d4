import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender

/// A build draws each language's Gantt month header once (`GanttHeaderMemo`); every
/// chart must be what drawing its header anew gives, whatever year and place it has.
@Suite struct GanttHeaderMemoTests {
    @Test func chartsWithTheSharedHeaderAreTheChartsDrawnAnew() {
        let easy = ChartText.forLanguage(Language(code: "easy", name: "やさしい日本語", path: "/easy/"))
        let initiative = ChartFixtures.initiative()
        for plain in [ChartText.standard, easy] {
            var shared = plain
            shared.ganttHeaders = GanttHeaderMemo()
            // The as-of row moves the header down (a key without the place fails here).
            for (year, asOf) in [(2024, "2024-10-15"), (2024, "2025-05-01"), (2025, "2025-10-15"), (2024, "2024-10-15")] {
                func chart(_ text: ChartText) -> RenderedChart {
                    GanttChart.render(initiative: initiative, fiscalYear: FiscalYear(year), asOf: ChartFixtures.date(asOf),
                                      text: text, idPrefix: "gantt")
                }
                let anew = chart(plain), withMemo = chart(shared)
                #expect(withMemo.figureHTML == anew.figureHTML, "\(year) \(asOf)")
                #expect(withMemo.standaloneSVG == anew.standaloneSVG, "\(year) \(asOf)")
            }
        }
    }
}
