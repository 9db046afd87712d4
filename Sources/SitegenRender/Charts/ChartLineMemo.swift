import SitegenSupport

/// Each line's pieces as an easy chart draws them (`SVGCanvas.rubyText`: the line's
/// annotations, readings for the kanji left bare, runs of half- and of full-width text,
/// each escaped and measured: `ChartLinePiece`), worked out once per language and build:
/// the same task names, axis labels and dates are drawn in chart after chart (an
/// initiative's Gantt and the schedule's, every KPI's axis). Keyed by the line as
/// written, annotations included; one memo serves one language's readings.
final class ChartLineMemo: Sendable {
    private let lines = BoundedMemo<BytewiseText, [ChartLinePiece]>(limit: 50_000)

    func pieces(of line: String, compute: () -> [ChartLinePiece]) -> [ChartLinePiece] {
        lines.value(for: BytewiseText(line), compute: compute)
    }
}
