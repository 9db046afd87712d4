import SitegenSupport
import SitegenModel
import SitegenContent

/// The progress summary: for each theme, how many KPIs are at each grade or stage,
/// and a small bar per KPI that links to it. Drawn from `ProgressSummary` values, so
/// the picture, its sentences and its table say the same.
enum ProgressSummaryChart {
    static let cellWidth = 120.0
    static let cellHeight = 38.0
    static let left = 16.0
    static let barWidth = 64.0

    /// - Parameter svgLabel: turns a label into what the SVG shows (kana on easy sites).
    static func render(_ summary: ProgressSummary, words: ProgressWords, idPrefix: String,
                       svgLabel: (String) -> String) -> RenderedChart {
        let caption = summary.caption
        let sentences = summary.themes.map { theme in
            theme.heading + "：" + words.kpiWord + words.count(theme.kpiCount) + "（"
                + theme.counts.map { $0.label + " " + words.count($0.count) }.joined(separator: "、") + "）。"
        }
        let description = sentences.joined()
        func document(_ output: ChartOutput) -> ByteBuffer {
            var canvas = SVGCanvas()
            var y = 8.0
            if output.isStandalone {
                canvas.text([svgLabel(caption)], x: left, baseline: y + 16, size: 16, lineHeight: 20, bold: true)
                y += 28
            }
            for theme in summary.themes {
                y = draw(theme, at: y, on: &canvas, output: output, words: words, svgLabel: svgLabel) + 12
            }
            return SVGDocument.make(output: output, height: y, title: caption, description: description,
                                    body: canvas.markup, hasLinks: summary.themes.contains { !$0.kpis.isEmpty })
        }
        let table = summary.themes.allSatisfy(\.kpis.isEmpty) && summary.themes.contains { $0.kpiCount > 0 }
            ? countsTable(summary, words: words) : ChartFigure.table(
            caption: caption,
            columns: [words.kpiWord, words.initiativeHeader, words.progressHeader, words.gradeHeader],
            groups: summary.themes.map { theme in
                let counts = theme.counts.map { $0.label + " " + words.count($0.count) }.joined(separator: "、")
                return [[.header(theme.heading + "（" + counts + "）", scope: "rowgroup", colspan: 4)]]
                    + theme.kpis.map { kpi in
                        [.link(kpi.name, href: kpi.href, asHeader: true), .data(kpi.initiative),
                         .data(kpi.percent.map(words.percent) ?? "—"), .data(kpi.mark)]
                    }
            })
        let inline = document(.inline(idPrefix: idPrefix))
        return RenderedChart(inlineSVG: inline, standaloneFile: document(.standalone), textAlternative: description,
                             dataTable: table,
                             figure: ChartFigure.figure(kind: "progress-summary", caption: caption, inlineSVG: inline,
                                                            table: table, summary: summary.dataTableSummary))
    }

    /// The table of a summary that draws no bar (a report too large for one per KPI):
    /// each theme's KPIs by grade or stage.
    private static func countsTable(_ summary: ProgressSummary, words: ProgressWords) -> ByteBuffer {
        ChartFigure.table(
            caption: summary.caption, columns: [words.gradeHeader, words.kpiWord],
            groups: summary.themes.map { theme in
                [[.header(theme.heading + "（" + words.kpiWord + words.count(theme.kpiCount) + "）", scope: "rowgroup", colspan: 2)]]
                    + theme.counts.map { [.header($0.label, scope: "row"), .data(words.count($0.count))] }
            })
    }

    /// One theme's block; returns the y below it.
    private static func draw(_ theme: ProgressSummary.ThemeRow, at top: Double, on canvas: inout SVGCanvas,
                             output: ChartOutput, words: ProgressWords, svgLabel: (String) -> String) -> Double {
        let width = SVGDocument.width - 2 * left
        var y = top
        let heading = TextMetrics.wrap(svgLabel(theme.heading), maxWidth: width, fontSize: 14)
        canvas.text(heading, x: left, baseline: y + 14, size: 14, lineHeight: 20, bold: true)
        y += Double(heading.count) * 20 + 2
        let counts = theme.counts.map { svgLabel($0.label) + " " + words.count($0.count) }.joined(separator: "・")
        let countLines = TextMetrics.wrap(counts, maxWidth: width, fontSize: 12)
        canvas.text(countLines, x: left, baseline: y + 12, size: 12, lineHeight: 16, fill: ChartPalette.mutedText)
        y += Double(countLines.count) * 16 + 6
        let perRow = max(1, Int(width / cellWidth))
        for (index, kpi) in theme.kpis.enumerated() {
            let x = left + Double(index % perRow) * cellWidth
            let cellTop = y + Double(index / perRow) * cellHeight
            let href = output.isStandalone ? kpi.standaloneHref : kpi.href
            let name = kpi.name + "：" + (kpi.percent.map(words.percent).map { $0 + "、" } ?? "") + kpi.mark
            canvas.link(href, label: name) { canvas in
                canvas.text([kpi.code + " " + svgLabel(kpi.cellMark)], x: x, baseline: cellTop + 13, size: 12, lineHeight: 16)
                canvas.rect(x: x, y: cellTop + 19, width: barWidth, height: 10, fill: ChartPalette.track,
                            stroke: ChartPalette.axis, strokeWidth: 1)
                if let fraction = kpi.fraction, fraction > 0 {
                    canvas.rect(x: x, y: cellTop + 19, width: barWidth * min(1, fraction), height: 10, fill: ChartPalette.bar)
                }
            }
        }
        let rows = (theme.kpis.count + perRow - 1) / perRow
        return y + Double(rows) * cellHeight
    }
}
