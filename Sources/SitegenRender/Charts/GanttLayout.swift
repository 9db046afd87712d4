import SitegenSupport
import SitegenModel
import SitegenContent

/// Lays out and draws Gantt rows. Every text is measured (estimated) before it
/// is placed: task names wrap in the left column, bar labels go inside their
/// bar when they fit and otherwise below it, never over another label, and
/// rows grow to fit — nothing is clipped by the viewBox.
struct GanttLayout {
    let fiscalYear: FiscalYear
    /// The report's 時点, when it states one.
    let asOf: CalendarDate?
    let text: ChartText
    let output: ChartOutput

    static let margin = 8.0
    static let labelColumnRight = 214.0
    static let chartLeft = 222.0
    static let chartRight = SVGDocument.width - 8
    static let fontSize = 14.0
    /// Line height and bar height without readings; easy charts add `ruby` (room for the readings above each line).
    static let plainLineHeight = 18.0
    static let plainBarHeight = 22.0
    let lineHeight: Double
    let barHeight: Double
    /// Room above a line of 14 px text for its readings; 0 when none are drawn.
    let ruby: Double

    // Layers, bottom to top. Texts sit on boxes of their background colour so
    // the 時点 line and grid lines pass behind them instead of through them.
    private var background = SVGCanvas()
    private var grid = SVGCanvas()
    private var marks = SVGCanvas()
    private var overlay: SVGCanvas
    private var labels: SVGCanvas
    /// The left column's texts (task names, group headings), on top of the rest; grouped under an id
    /// when `groupsNames` so a page can show them again, pinned, while the months scroll (`GanttNames`).
    private var names: SVGCanvas
    let groupsNames: Bool
    private(set) var hasLinks = false
    /// How many elements each label put in `labels` or in `names`, in drawing order: the
    /// standalone file, which does not group the names, has them in this order.
    private var labelOrder: [(isName: Bool, count: Int)] = []
    /// A row links on the page but not in the file, or the other way round: the file looks different.
    private var fileLinksDiffer = false

    init(fiscalYear: FiscalYear, asOf: CalendarDate?, text: ChartText, output: ChartOutput, groupsNames: Bool = false) {
        self.groupsNames = groupsNames
        self.fiscalYear = fiscalYear
        self.asOf = asOf
        self.text = text
        self.output = output
        let drawsReadings = text.kanjiReadings != nil
        ruby = drawsReadings ? SVGCanvas.rubyRoom(Self.fontSize) : 0
        lineHeight = Self.plainLineHeight + ruby
        barHeight = Self.plainBarHeight + ruby
        overlay = SVGCanvas(readings: text.kanjiReadings, lines: text.lineMemo)
        labels = SVGCanvas(readings: text.kanjiReadings, lines: text.lineMemo)
        names = SVGCanvas(readings: text.kanjiReadings, lines: text.lineMemo)
    }

    /// Room for readings above a line of `size` px text (0 without readings).
    private func room(_ size: Double) -> Double { ruby > 0 ? SVGCanvas.rubyRoom(size) : 0 }

    var markup: ByteBuffer {
        var all = SVGCanvas()
        guard groupsNames else { return SVGCanvas.markup(of: [background, grid, marks, overlay, labels]) }
        all.startGroup(id: output.id(GanttNames.rowsID))
        all.append(background)
        all.raw("</g>")
        for layer in [grid, marks, overlay, labels] { all.append(layer) }
        all.startGroup(id: output.id(GanttNames.namesID))
        all.append(names)
        all.raw("</g>")
        return all.markup
    }

    /// The drawing as a standalone file shows it: `offset` lower, below `heading`'s labels
    /// (drawn first among the labels, as when the file's chart is drawn with its heading),
    /// the names in line with the other labels, and the file's own links.
    /// Nil when that cannot be had without drawing again. In parts, as UTF-8 (`SVGDocument.file`).
    func fileMarkup(shiftedDownBy offset: Double, below heading: GanttLayout) -> [ByteBuffer]? {
        let layers = [background, grid, marks, overlay, labels, names]
        guard !fileLinksDiffer, layers.allSatisfy(\.canShift) else { return nil }
        var parts = [background, grid, marks, overlay].filter { !$0.isEmpty }.map { $0.fileMarkup(shiftedDownBy: offset) }
        // The heading's own y coordinates are already where the file has them.
        if !heading.labels.isEmpty { parts.append(heading.labels.markup) }
        let fileLabels = labelsInDrawingOrder
        if !fileLabels.isEmpty { parts.append(fileLabels.fileMarkup(shiftedDownBy: offset)) }
        return parts
    }

    /// The labels and the names as one layer, in the order they were drawn.
    private var labelsInDrawingOrder: SVGCanvas {
        guard !names.isEmpty else { return labels }
        var merged = SVGCanvas()
        var nextLabel = 0, nextName = 0
        for run in labelOrder {
            if run.isName {
                merged.append(names.elements(nextName..<nextName + run.count))
                nextName += run.count
            } else {
                merged.append(labels.elements(nextLabel..<nextLabel + run.count))
                nextLabel += run.count
            }
        }
        return merged
    }

    var monthWidth: Double { (Self.chartRight - Self.chartLeft) / 12 }

    /// x of the start of a month, clamped to the year.
    func x(ofMonthStart month: YearMonth) -> Double {
        Self.chartLeft + Double(min(max(fiscalYear.offset(of: month), 0), 12)) * monthWidth
    }

    /// Draws all rows; returns the height of the drawing.
    mutating func draw(rows: [GanttRow], heading: String?) -> Double {
        var y = Self.margin
        if let heading { y += drawHeading(heading) }
        let asOfInside = asOf.map { fiscalYear.contains($0) } ?? false
        let asOfRowTop = y
        if asOfInside { y += 24 + ruby }
        let headerTop = y
        y = drawHeader(top: y)
        let bodyTop = y
        if let memo = text.ganttRows {
            var start = rows.startIndex
            while start < rows.endIndex {
                // An initiative's heading and the task rows under it, drawn at once (kept by `memo`).
                guard case .initiative(_, let inline, let standalone) = rows[start] else {
                    y = draw(rows[start], top: y)
                    start += 1
                    continue
                }
                let end = rows[(start + 1)...].firstIndex(where: \.beginsGroup) ?? rows.endIndex
                y = drawKept(Array(rows[start..<end]), key: GanttRowMemo.Key(output: output.id(""), groupsNames: groupsNames,
                                                                            inline: inline, standalone: standalone),
                             memo: memo, top: y)
                start = end
            }
        } else {
            for row in rows { y = draw(row, top: y) }
        }
        let bottom = max(y, bodyTop + 8)
        drawGrid(top: headerTop, bodyTop: bodyTop, bottom: bottom)
        if asOfInside, let asOf { drawAsOf(asOf, labelTop: asOfRowTop, lineTop: headerTop, bottom: bottom) }
        return bottom + Self.margin
    }

    /// Draws one row; returns the height below it.
    private mutating func draw(_ row: GanttRow, top y: Double) -> Double {
        switch row {
        case .theme(let title): return drawTheme(title, top: y)
        case .initiative(let title, let inline, let standalone):
            if output.isStandalone { return drawInitiative(title, href: standalone, top: y) }
            if (inline == nil) != (standalone == nil) { fileLinksDiffer = true }
            return drawInitiative(title, href: inline, fileHref: standalone, top: y)
        case .task(let task, let indent): return drawTask(task, indent: indent, top: y)
        case .noSchedule(let indent): return drawNoSchedule(indent: indent, top: y)
        }
    }

    /// Draws `rows` (an initiative's) at `top` as drawn before at that height, else draws and keeps them.
    private mutating func drawKept(_ rows: [GanttRow], key: GanttRowMemo.Key, memo: GanttRowMemo, top: Double) -> Double {
        let kept = memo.drawing(for: key, input: GanttRowMemo.Input(top: top, rows: rows)) {
            var fresh = GanttLayout(fiscalYear: fiscalYear, asOf: asOf, text: text, output: output, groupsNames: groupsNames)
            var bottom = top
            for row in rows { bottom = fresh.draw(row, top: bottom) }
            return GanttRowMemo.Drawing(layers: fresh.drawing, bottom: bottom)
        }
        add(kept.layers)
        return kept.bottom
    }

    /// What a layout has drawn, layer by layer: kept by a memo (`GanttHeaderMemo`, `GanttRowMemo`)
    /// and added to another layout's layers (`add`) instead of being drawn again.
    struct Drawing: Sendable {
        fileprivate let background, grid, marks, overlay, labels, names: SVGCanvas
        fileprivate let labelOrder: [(isName: Bool, count: Int)]
        fileprivate let hasLinks: Bool
        fileprivate let fileLinksDiffer: Bool
    }

    /// Everything this layout has drawn so far.
    var drawing: Drawing {
        Drawing(background: background, grid: grid, marks: marks, overlay: overlay, labels: labels, names: names,
                labelOrder: labelOrder, hasLinks: hasLinks, fileLinksDiffer: fileLinksDiffer)
    }

    /// `drawing` on top of what this layout has drawn, each layer on its own.
    private mutating func add(_ drawing: Drawing) {
        background.append(drawing.background)
        grid.append(drawing.grid)
        marks.append(drawing.marks)
        overlay.append(drawing.overlay)
        labels.append(drawing.labels)
        names.append(drawing.names)
        labelOrder += drawing.labelOrder
        hasLinks = hasLinks || drawing.hasLinks
        fileLinksDiffer = fileLinksDiffer || drawing.fileLinksDiffer
    }

    /// Draws a standalone file's heading at the top; returns the height it takes.
    mutating func drawHeading(_ heading: String) -> Double {
        let lines = TextMetrics.wrap(heading, maxWidth: SVGDocument.width - 2 * Self.margin, fontSize: 18)
        label(lines, x: Self.margin, baseline: Self.margin + 17 + room(18), size: 18, lineHeight: 24 + room(18), bold: true)
        return Double(lines.count) * (24 + room(18)) + 6
    }

    // MARK: Header and grid

    private mutating func drawHeader(top: Double) -> Double {
        // The overview groups its names apart (`groupsNames`): its header is drawn there.
        guard let memo = text.ganttHeaders, !groupsNames else { return drawHeaderAnew(top: top) }
        add(memo.drawing(for: GanttHeaderMemo.Key(fiscalYear: fiscalYear, top: top)) {
            var fresh = GanttLayout(fiscalYear: fiscalYear, asOf: asOf, text: text, output: output)
            _ = fresh.drawHeaderAnew(top: top)
            return fresh.drawing
        })
        return top + 48 + ruby
    }

    private mutating func drawHeaderAnew(top: Double) -> Double {
        label([text.taskHeader], x: Self.margin, baseline: top + 17 + ruby, bold: true, isName: true)
        for quarter in 1...4 {
            let left = x(ofMonthStart: fiscalYear.firstMonth(ofQuarter: quarter))
            label([text.quarterLabel(quarter)], x: left + monthWidth * 1.5, baseline: top + 17 + ruby, anchor: .middle, bold: true)
        }
        for (index, month) in fiscalYear.months.enumerated() {
            label([text.monthTick(month.month)], x: Self.chartLeft + (Double(index) + 0.5) * monthWidth,
                  baseline: top + 40 + ruby, anchor: .middle, fill: ChartPalette.mutedText)
        }
        let bottom = top + 48 + ruby
        grid.line(x1: Self.margin, y1: bottom, x2: Self.chartRight, y2: bottom, stroke: ChartPalette.axis, width: 1.5)
        return bottom
    }

    private mutating func drawGrid(top: Double, bodyTop: Double, bottom: Double) {
        for index in 0...12 {
            let gx = Self.chartLeft + Double(index) * monthWidth
            if index % 3 == 0 {
                grid.line(x1: gx, y1: top, x2: gx, y2: bottom, stroke: ChartPalette.grid, width: 1)
            } else {
                grid.line(x1: gx, y1: top + 26 + ruby, x2: gx, y2: top + 32 + ruby, stroke: ChartPalette.grid, width: 1)
                grid.line(x1: gx, y1: bodyTop, x2: gx, y2: bottom, stroke: ChartPalette.grid, width: 0.5, dash: "2 4")
            }
        }
    }

    private mutating func drawAsOf(_ asOf: CalendarDate, labelTop: Double, lineTop: Double, bottom: Double) {
        let offset = Double(fiscalYear.offset(of: asOf.yearMonth))
        let dayFraction = Double(asOf.day - 1) / Double(CalendarDate.daysIn(year: asOf.year, month: asOf.month))
        let ax = Self.chartLeft + (offset + dayFraction) * monthWidth
        let labelTop = labelTop + ruby
        overlay.line(x1: ax, y1: labelTop + 20, x2: ax, y2: bottom, stroke: ChartPalette.asOf, width: 2, dash: "6 3")
        let label = text.asOfLabel(asOf)
        let width = TextMetrics.width(of: label, fontSize: Self.fontSize)
        let fitsRight = ax + 4 + width <= SVGDocument.width - Self.margin
        overlay.text([label], x: fitsRight ? ax + 4 : ax - 4, baseline: labelTop + 16, size: Self.fontSize,
                     lineHeight: lineHeight, anchor: fitsRight ? .start : .end, bold: true, fill: ChartPalette.asOf)
        overlay.polygon([(ax - 5, labelTop + 14), (ax + 5, labelTop + 14), (ax, labelTop + 22)], fill: ChartPalette.asOf)
    }

    /// Text on a box of `box` colour (white by default), optionally a link.
    private mutating func label(_ lines: [String], x: Double, baseline: Double, size: Double = GanttLayout.fontSize,
                                lineHeight: Double? = nil, anchor: SVGCanvas.Anchor = .start,
                                bold: Bool = false, fill: String = ChartPalette.text, box: String = ChartPalette.background,
                                underline: Bool = false, href: String? = nil, fileHref: String? = nil, isName: Bool = false) {
        guard !lines.isEmpty else { return }
        if isName && groupsNames {
            swap(&labels, &names)
            defer { swap(&labels, &names) }
            label(lines, x: x, baseline: baseline, size: size, lineHeight: lineHeight, anchor: anchor, bold: bold, fill: fill,
                  box: box, underline: underline, href: href, fileHref: fileHref)
            labelOrder[labelOrder.count - 1].isName = true
            return
        }
        let before = labels.count
        defer { labelOrder.append((false, labels.count - before)) }
        let lineHeight = lineHeight ?? self.lineHeight
        if href != nil { hasLinks = true }
        let width = lines.map { TextMetrics.width(of: $0, fontSize: size) }.max() ?? 0
        let left: Double
        switch anchor {
        case .start: left = x
        case .middle: left = x - width / 2
        case .end: left = x - width
        }
        labels.rect(x: left - 2, y: baseline - size - room(size), width: width + 4,
                    height: size * 1.3 + room(size) + Double(lines.count - 1) * lineHeight, fill: box)
        labels.link(href, fileHref: fileHref) { canvas in
            canvas.text(lines, x: x, baseline: baseline, size: size, lineHeight: lineHeight, anchor: anchor, bold: bold,
                        fill: fill, underline: underline)
        }
    }

    private mutating func separator(at y: Double) {
        background.line(x1: Self.margin, y1: y, x2: Self.chartRight, y2: y, stroke: "#d0d0d0", width: 1)
    }

    // MARK: Group rows

    private mutating func drawTheme(_ title: String, top: Double) -> Double {
        let lines = TextMetrics.wrap(title, maxWidth: SVGDocument.width - 2 * Self.margin - 12, fontSize: 16)
        let height = Double(lines.count) * (22 + room(16)) + 14
        background.rect(x: Self.margin, y: top, width: SVGDocument.width - 2 * Self.margin, height: height,
                        fill: ChartPalette.groupBackground)
        label(lines, x: Self.margin + 6, baseline: top + 23 + room(16), size: 16, lineHeight: 22 + room(16), bold: true,
              box: ChartPalette.groupBackground, isName: true)
        separator(at: top + height)
        return top + height
    }

    private mutating func drawInitiative(_ title: String, href: String?, fileHref: String? = nil, top: Double) -> Double {
        let lines = TextMetrics.wrap(title, maxWidth: SVGDocument.width - 2 * Self.margin - 8, fontSize: 15)
        label(lines, x: Self.margin + 4, baseline: top + 20 + room(15), size: 15, lineHeight: 20 + room(15), bold: true,
              fill: href == nil ? ChartPalette.text : ChartPalette.bar, underline: href != nil, href: href, fileHref: fileHref,
              isName: true)
        let height = Double(lines.count) * (20 + room(15)) + 10
        return top + height
    }

    private mutating func drawNoSchedule(indent: Double, top: Double) -> Double {
        label([text.noTiming], x: Self.chartLeft + 6, baseline: top + 20 + ruby, fill: ChartPalette.mutedText)
        separator(at: top + 30 + ruby)
        return top + 30 + ruby
    }

    // MARK: Task rows

    /// A label block placed under the marks of a row.
    private struct LabelBlock {
        let lines: [String]
        let left: Double
        let width: Double
        var top: Double
        let height: Double
        var right: Double { left + width }
    }

    private mutating func drawTask(_ task: ScheduleTask, indent: Double, top: Double) -> Double {
        let labelX = Self.margin + indent
        let nameLines = TextMetrics.wrap(task.task, maxWidth: Self.labelColumnRight - labelX, fontSize: Self.fontSize)
        label(nameLines, x: labelX, baseline: top + 20 + ruby, isName: true)
        let nameBottom = top + 6 + Double(nameLines.count) * lineHeight + 6

        guard task.hasPublishedTiming else {
            // Said in words, never drawn as a guess.
            label([text.noTiming], x: Self.chartLeft + 6, baseline: top + 20 + ruby, fill: ChartPalette.mutedText)
            let bottom = max(nameBottom, top + 30 + ruby)
            separator(at: bottom)
            return bottom
        }

        var markY = top + 6
        var pending: [(preferredLeft: Double, label: String)] = []
        let areaWidth = Self.chartRight - Self.chartLeft

        if !task.bars.isEmpty {
            for bar in task.bars {
                let left = x(ofMonthStart: bar.startMonth) + 1
                let right = x(ofMonthStart: bar.endMonth.adding(months: 1)) - 1
                guard right > left else { continue }
                marks.rect(x: left, y: markY, width: right - left, height: barHeight, fill: ChartPalette.bar,
                             stroke: ChartPalette.background, strokeWidth: 1)
                let before = bar.startMonth < fiscalYear.firstMonth
                let after = bar.endMonth > fiscalYear.lastMonth
                // Arrowheads show a bar that runs on past the year's edge.
                if before {
                    marks.polygon([(left + 2, markY + barHeight / 2), (left + 10, markY + 5), (left + 10, markY + barHeight - 5)],
                                    fill: ChartPalette.background)
                }
                if after {
                    marks.polygon([(right - 2, markY + barHeight / 2), (right - 10, markY + 5), (right - 10, markY + barHeight - 5)],
                                    fill: ChartPalette.background)
                }
                let words = [before ? text.continuesFromPreviousYear : nil, bar.label, after ? text.continuesIntoNextYear : nil]
                    .compactMap { $0 }.joined(separator: " ")
                guard !words.isEmpty else { continue }
                let inset = (before ? 12.0 : 5) + (after ? 12.0 : 5)
                if TextMetrics.width(of: words, fontSize: Self.fontSize) + inset <= right - left {
                    let centre = left + (right - left) / 2 + ((before ? 6.0 : 0) - (after ? 6.0 : 0)) / 2
                    label([words], x: centre, baseline: markY + 16 + ruby, anchor: .middle, fill: ChartPalette.textOnBar,
                          box: ChartPalette.bar)
                } else {
                    pending.append((left, words))
                }
            }
            markY += barHeight + 4
        }
        if !task.milestones.isEmpty {
            for milestone in task.milestones where fiscalYear.contains(milestone.month) {
                // A milestone placed by quarter stands in the middle of its quarter: no month is implied.
                let mx = x(ofMonthStart: milestone.month) + monthWidth * (milestone.quarter == nil ? 0.5 : 1.5)
                marks.polygon([(mx, markY), (mx + 9, markY + 15), (mx - 9, markY + 15)], fill: ChartPalette.mark,
                                stroke: ChartPalette.background, strokeWidth: 1.5)
                pending.append((mx - 9, "▲" + text.milestoneMarkLabel(milestone.label, text.milestonePeriod(milestone, in: fiscalYear))))
            }
            markY += 19
        }

        // Labels that did not fit in their bar: below the marks, each at the first free height.
        var placed: [LabelBlock] = []
        for item in pending {
            let lines = TextMetrics.wrap(item.label, maxWidth: areaWidth, fontSize: Self.fontSize)
            let width = lines.map { TextMetrics.width(of: $0, fontSize: Self.fontSize) }.max() ?? 0
            let left = min(max(item.preferredLeft, Self.chartLeft), Self.chartRight - width)
            var block = LabelBlock(lines: lines, left: left, width: width, top: 0, height: Double(lines.count) * lineHeight)
            let candidates = ([0.0] + placed.map { $0.top + $0.height }).sorted()
            for candidate in candidates {
                block.top = candidate
                let clash = placed.contains { other in
                    block.left < other.right + 8 && other.left < block.right + 8
                        && block.top < other.top + other.height && other.top < block.top + block.height
                }
                if !clash { break }
            }
            placed.append(block)
            label(lines, x: left, baseline: markY + block.top + 14 + ruby)
        }
        let labelsBottom = markY + (placed.map { $0.top + $0.height }.max() ?? 0)
        let bottom = max(nameBottom, labelsBottom + 6)
        separator(at: bottom)
        return bottom
    }
}
