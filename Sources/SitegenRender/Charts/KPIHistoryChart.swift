import SitegenSupport
import SitegenModel
import SitegenContent

/// A number KPI's values over time (its baseline, then every actual, across fiscal
/// years) as a line chart, with the target as a dashed reference line; fiscal years
/// are bands named at the top. Drawn only when there are at least two points:
/// one point is no history, and the KPI chart already shows it.
package enum KPIHistoryChart {
    /// One value on the line: the baseline (when it counts what the target counts) or an actual.
    struct Point {
        let date: CalendarDate
        let value: Double
        /// "令和5年度実績" or "2025年9月30日の実績".
        let name: String
        let valueText: String
        let isBaseline: Bool
    }

    /// The points of the line, oldest first; a baseline without a date stands at the day
    /// before the report's fiscal year (as the progress computation counts it).
    /// `labels` is the KPI with the words the chart draws (readings attached on easy sites).
    static func points(_ kpi: KPI, labels: KPI? = nil, fiscalYear: FiscalYear, words: HistoryWords) -> [Point] {
        guard kpi.kind == .number else { return [] }
        let labels = labels ?? kpi
        let units = unitSource(kpi, labels: labels)
        var points: [Point] = []
        if let baseline = kpi.baseline, kpi.baselineIsComparable {
            points.append(Point(date: baseline.date ?? ProgressCalculator.defaultStartDate(fiscalYear), value: baseline.value.value,
                                name: labels.baseline?.label ?? baseline.label,
                                valueText: labels.baseline?.text ?? units.formatted(baseline.value), isBaseline: true))
        }
        for actual in kpi.actuals {
            points.append(Point(date: actual.date, value: actual.value.value, name: words.actualName(actual.date),
                                valueText: units.formatted(actual.value), isBaseline: false))
        }
        return points.sorted { $0.date < $1.date }
    }

    /// Which KPI's unit goes after the numbers: the unit as written where the counter rules read it
    /// after a number ("30日" is にち, not the word 日), else the unit with its own reading ("拠点").
    static func unitSource(_ kpi: KPI, labels: KPI) -> KPI {
        let counted = ChartDateRuby.segments("1" + (kpi.unit ?? "")).allSatisfy { segment in
            if case .text(let text) = segment { return !text.contains(where: Kana.isKanji) }
            return true
        }
        return counted ? kpi : labels
    }

    /// Whether the KPI has a history to draw (two points or more).
    package static func hasHistory(_ kpi: KPI, fiscalYear: FiscalYear) -> Bool {
        // Only the number of points matters here, not their names: no words are needed.
        points(kpi, fiscalYear: fiscalYear, words: HistoryWords(FrameStrings(entries: [:]))).count > 1
    }

    /// nil when there is no history (fewer than two points).
    package static func render(kpi: KPI, labels: KPI? = nil, fiscalYear: FiscalYear, words: HistoryWords, text: ChartText,
                              idPrefix: String) -> RenderedChart? {
        let points = points(kpi, labels: labels, fiscalYear: fiscalYear, words: words)
        guard points.count > 1 else { return nil }
        let label = labels?.label ?? kpi.label
        let units = unitSource(kpi, labels: labels ?? kpi)
        let targetText = kpi.target.map { labels?.target?.text ?? $0.text ?? units.formatted($0.value) }
        let caption = words.caption(label)
        var sentences = [words.introSentence(label, points.count)]
        sentences += points.map { words.pointSentence($0.name, $0.valueText) }
        if let targetText { sentences.append(words.targetSentence(targetText)) }
        let textAlternative = sentences.joined()
        let table = dataTable(targetText, points: points, caption: caption, words: words)
        var canvas = SVGCanvas(readings: text.kanjiReadings, lines: text.lineMemo)
        let height = draw(kpi, unit: units.unit, targetText: targetText, points: points, words: words, canvas: &canvas)
        let drawing = KPIChart.Drawing(canvas: canvas, height: height, hatch: nil, fileHatch: nil)
        let inline = SVGDocument.make(output: .inline(idPrefix: idPrefix), height: height, title: caption,
                                      description: textAlternative, body: canvas.markup, hasLinks: false)
        return RenderedChart(inlineSVG: inline,
                             standaloneFile: drawing.file(title: caption, description: textAlternative, readings: text.kanjiReadings),
                             textAlternative: textAlternative, dataTable: table,
                             figure: ChartFigure.figure(kind: "history", caption: caption, inlineSVG: inline, table: table,
                                                            summary: text.dataTableSummary))
    }

    static func dataTable(_ targetText: String?, points: [Point], caption: String, words: HistoryWords) -> ByteBuffer {
        var rows: [[ChartFigure.Cell]] = points.map {
            [.header($0.name), .data(FiscalYear(containing: $0.date).label), .data($0.valueText)]
        }
        if let targetText { rows.append([.header(words.targetWord), .data(""), .data(targetText)]) }
        return ChartFigure.table(caption: caption, columns: [words.whenHeader, words.fiscalYearHeader, words.valueHeader], groups: [rows])
    }

    // MARK: Drawing

    static let margin = 16.0
    static let plotLeft = 72.0
    /// Room on the right for the target's name at the end of its line.
    static let plotRight = SVGDocument.width - 128
    static let plotHeight = 200.0
    static let labelSize = 14.0

    /// Draws the chart as its page shows it (its file adds the title above: `KPIChart.Drawing`).
    static func draw(_ kpi: KPI, unit: String?, targetText: String?, points: [Point], words: HistoryWords,
                     canvas: inout SVGCanvas) -> Double {
        let ruby = canvas.rubyRoom(labelSize)
        var y = margin

        // Fiscal years: one band each, named above the plot (令和6年度).
        let first = points[0].date.dayNumber, last = points[points.count - 1].date.dayNumber
        let span = Double(max(last - first, 1))
        let inset = 40.0
        func x(_ date: CalendarDate) -> Double {
            plotLeft + inset + (plotRight - plotLeft - 2 * inset) * Double(date.dayNumber - first) / span
        }
        let bandTop = y
        y += 22 + ruby
        let plotTop = y + 20
        let plotBottom = plotTop + plotHeight
        let startYear = FiscalYear(containing: points[0].date).startYear
        let endYear = FiscalYear(containing: points[points.count - 1].date).startYear
        for year in startYear...endYear {
            let fiscal = FiscalYear(year)
            let left = year == startYear ? plotLeft : x(fiscal.firstMonth.firstDay)
            let right = year == endYear ? plotRight : x(FiscalYear(year + 1).firstMonth.firstDay)
            if year != startYear {
                canvas.line(x1: left, y1: bandTop + 4, x2: left, y2: plotBottom, stroke: ChartPalette.grid, width: 1, dash: "2 3")
            }
            if (year - startYear) % 2 == 1 {
                canvas.rect(x: left, y: plotTop, width: right - left, height: plotHeight, fill: ChartPalette.track)
            }
            let label = fiscal.label
            let width = TextMetrics.width(of: label, fontSize: labelSize)
            if right - left >= width + 8 {
                canvas.text([label], x: (left + right) / 2, baseline: bandTop + 16 + ruby, size: labelSize, lineHeight: 20,
                            anchor: .middle, bold: true, fill: ChartPalette.mutedText)
            }
        }

        // The value axis, from zero, with the target inside it.
        let target = kpi.target?.value.value
        let scale = KPIScale(values: points.map(\.value) + [target].compactMap { $0 }, isPercent: kpi.isPercent)
        func yValue(_ value: Double) -> Double { plotBottom - scale.x(value, left: 0, right: plotHeight) }
        canvas.line(x1: plotLeft, y1: plotTop, x2: plotLeft, y2: plotBottom, stroke: ChartPalette.axis)
        canvas.line(x1: plotLeft, y1: plotBottom, x2: plotRight, y2: plotBottom, stroke: ChartPalette.axis)
        for (index, tick) in scale.ticks.enumerated() {
            let ty = yValue(tick)
            canvas.line(x1: plotLeft - 5, y1: ty, x2: plotLeft, y2: ty, stroke: ChartPalette.axis)
            let label = SVGNumber.format(tick) + (index == scale.ticks.count - 1 ? (unit ?? "") : "")
            canvas.text([label], x: plotLeft - 8, baseline: ty + 5, size: labelSize, lineHeight: 20, anchor: .end,
                        fill: ChartPalette.mutedText)
        }

        // The target: a dashed line across the plot, named beyond its right end (clear of every point).
        if let target, let targetText {
            let ty = yValue(target)
            canvas.line(x1: plotLeft, y1: ty, x2: plotRight + 4, y2: ty, stroke: ChartPalette.goal, width: 2, dash: "8 4")
            let lines = TextMetrics.wrap(words.targetLabel(targetText), maxWidth: SVGDocument.width - plotRight - 12, fontSize: labelSize)
            let lineHeight = 18 + ruby
            let top = min(max(ty + 5 - Double(lines.count - 1) * lineHeight / 2, plotTop + ruby), plotBottom)
            canvas.text(lines, x: plotRight + 8, baseline: top, size: labelSize, lineHeight: lineHeight, bold: true,
                        fill: ChartPalette.goal)
        }

        // The line, then each point: the baseline hollow, actuals filled; the value above each.
        canvas.path(through: points.map { (x($0.date), yValue($0.value)) }, fill: "none", stroke: ChartPalette.bar, strokeWidth: 3)
        for point in points {
            let px = x(point.date), py = yValue(point.value)
            if point.isBaseline {
                canvas.circle(cx: px, cy: py, r: 6, fill: ChartPalette.background, stroke: ChartPalette.bar, strokeWidth: 3)
            } else {
                canvas.circle(cx: px, cy: py, r: 6, fill: ChartPalette.bar, stroke: ChartPalette.background, strokeWidth: 2)
            }
            let above = py - plotTop > 24 + ruby
            canvas.text([point.valueText], x: px, baseline: above ? py - 12 : py + 24 + ruby, size: labelSize, lineHeight: 20,
                        anchor: .middle, bold: true)
        }

        // When each point is, under the axis; rows alternate where neighbours would touch.
        var rowRight: [Double] = []
        var bottom = plotBottom
        for point in points {
            let label = point.isBaseline ? point.name : words.tick(point.date)
            let width = TextMetrics.width(of: label, fontSize: labelSize)
            let left = min(max(x(point.date) - width / 2, margin), SVGDocument.width - margin - width)
            let row = rowRight.firstIndex { $0 + 8 <= left } ?? rowRight.count
            if row == rowRight.count { rowRight.append(left + width) } else { rowRight[row] = left + width }
            let baseline = plotBottom + 20 + ruby + Double(row) * (20 + ruby)
            canvas.line(x1: x(point.date), y1: plotBottom, x2: x(point.date), y2: plotBottom + 5, stroke: ChartPalette.axis)
            canvas.text([label], x: left, baseline: baseline, size: labelSize, lineHeight: 20, fill: ChartPalette.text)
            bottom = max(bottom, baseline)
        }
        return bottom + margin
    }
}
