import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender

/// A build works out each easy chart line's pieces once per language (`ChartLineMemo`);
/// every text must be what working them out anew gives, whatever the line's annotations.
@Suite struct ChartLineMemoTests {
    @Test func textDrawnWithTheSharedPiecesIsTheTextDrawnAnew() {
        let readings: @Sendable (String) -> [RubySegment] = { text in
            text.map { $0 == "区" ? RubySegment.ruby(base: "区", reading: "く") : .text(String($0)) }.merged()
        }
        let memo = ChartLineMemo()
        // The same bases with other readings, or none, are other lines (a key by the bases fails here).
        let texts: [[String]] = [
            ["\u{FFF9}区\u{FFFA}く\u{FFFB}の DX 計画", "区"], ["\u{FFF9}区\u{FFFA}まち\u{FFFB}の DX 計画", "区"],
            ["区の DX 計画"], ["\u{FFF9}区\u{FFFA}く\u{FFFB}の DX 計画", "区 2024"], ["区 2024"], [""],
        ]
        for lines in texts {
            var anew = SVGCanvas(readings: readings)
            var shared = SVGCanvas(readings: readings, lines: memo)
            anew.text(lines, x: 100, baseline: 20, size: 12, lineHeight: 18, anchor: .middle)
            shared.text(lines, x: 100, baseline: 20, size: 12, lineHeight: 18, anchor: .middle)
            #expect(shared.markup == anew.markup, "\(lines)")
        }
    }

    @Test func easyChartsWithTheSharedPiecesAreTheChartsDrawnAnew() {
        let easy = ChartText.forLanguage(Language(code: "easy", name: "やさしい日本語", path: "/easy/"))
        var shared = easy
        shared.lineMemo = ChartLineMemo()
        for asOf in ["2024-10-15", "2025-05-01", "2024-10-15"] {
            func chart(_ text: ChartText) -> RenderedChart {
                GanttChart.render(initiative: ChartFixtures.initiative(), fiscalYear: FiscalYear(2024),
                                  asOf: ChartFixtures.date(asOf), text: text, idPrefix: "gantt")
            }
            let anew = chart(easy), withMemo = chart(shared)
            #expect(withMemo.figureHTML == anew.figureHTML, "\(asOf)")
            #expect(withMemo.standaloneSVG == anew.standaloneSVG, "\(asOf)")
        }
    }
}
