import SitegenSupport
import SitegenModel
import SitegenContent

/// Progress bars for number KPIs and step indicators for milestone KPIs.
package enum KPIChart {
    /// Renders one KPI. `idPrefix` makes the SVG ids unique on the page
    /// (e.g. "kpi-online-rate"); `evaluationScale` names evaluation codes.
    package static func render(kpi: KPI, evaluationScale: [EvaluationLevel] = [], text: ChartText,
                              idPrefix: String) -> RenderedChart {
        let description: [String]
        let table: ByteBuffer
        let drawing: Drawing
        switch kpi.kind {
        case .number:
            let facts = NumberFacts(kpi: kpi, evaluationScale: evaluationScale, text: text)
            description = facts.sentences
            table = facts.table
            drawing = drawNumber(facts, idPrefix: idPrefix)
        case .milestone:
            description = [text.milestoneSentence(kpi.label, kpi.status)]
            table = milestoneTable(kpi, text: text)
            drawing = drawMilestone(kpi, text: text)
        }
        let textAlternative = description.joined()
        let inline = SVGDocument.make(output: .inline(idPrefix: idPrefix), height: drawing.height, title: kpi.label,
                                      description: textAlternative, hatch: drawing.hatch, body: drawing.canvas.markup, hasLinks: false)
        return RenderedChart(
            inlineSVG: inline,
            standaloneFile: drawing.file(title: kpi.label, description: textAlternative, readings: text.kanjiReadings),
            textAlternative: textAlternative,
            dataTable: table,
            figure: ChartFigure.figure(kind: "kpi", caption: kpi.label, inlineSVG: inline, table: table,
                                           summary: text.dataTableSummary))
    }

    /// A KPI's picture as drawn for its page, and what its standalone file has instead.
    struct Drawing {
        var canvas: SVGCanvas
        let height: Double
        /// The goal band's hatching on the page, and in the file (with the file's id).
        let hatch: HatchPattern?
        let fileHatch: HatchPattern?

        /// The file: the page's drawing below the KPI's name (moved down, not drawn again).
        func file(title: String, description: String, readings: (@Sendable (String) -> [RubySegment])?) -> ByteBuffer {
            var heading = SVGCanvas(readings: readings)
            let headingHeight = drawTitle(title, top: margin, canvas: &heading)
            return SVGDocument.file(height: height + headingHeight, title: title, description: description, hatch: fileHatch,
                                    body: [heading.markup, canvas.fileMarkup(shiftedDownBy: headingHeight)], hasLinks: false)
        }
    }

    /// Convenience for a site: evaluation labels come from its scale.
    package static func render(kpi: KPI, site: Site, text: ChartText, idPrefix: String) -> RenderedChart {
        render(kpi: kpi, evaluationScale: site.evaluationScale, text: text, idPrefix: idPrefix)
    }

    // MARK: Layout constants

    static let margin = 16.0
    static let plotLeft = 28.0
    static let plotRight = SVGDocument.width - 28
    static let labelSize = 14.0
    static let lineHeight = 20.0
    static let trackHeight = 28.0

    // MARK: Number KPIs

    /// Everything a number KPI chart says, worded once for picture, text and table.
    struct NumberFacts {
        let kpi: KPI
        let text: ChartText
        let comparison: KPI.Comparison
        let targetValue: Double?
        let targetPhrase: String?
        let goalPhrase: String?
        /// "60%に届けば達成です。"
        let direction: String?
        /// A baseline of another scope, for reference only (never compared with the target).
        let reference: String?
        let currentSource: String?
        let currentText: String?
        let currentValue: Double?
        /// Shown as a second mark when the bar shows a newer actual.
        let baseline: KPI.Baseline?
        let evaluation: String?
        let scale: KPIScale

        init(kpi: KPI, evaluationScale: [EvaluationLevel], text: ChartText) {
            self.kpi = kpi
            self.text = text
            comparison = kpi.target?.comparison ?? .atLeast
            targetValue = kpi.target?.value.value
            // The target as the source words it; the comparison is said once, in the direction sentence.
            targetPhrase = kpi.targetText
            goalPhrase = kpi.targetText.map { text.goalPhrase($0) }
            direction = kpi.target.map { text.directionSentence(kpi.formatted($0.value), $0.comparison) }
            var current = kpi.current
            // A baseline counted over another scope (6課 vs 12課) is not put on the target's scale.
            if case .baseline = current?.source, !kpi.baselineIsComparable, let baseline = kpi.baseline {
                reference = text.referenceLine(baseline.label, kpi.baselineText ?? kpi.formatted(baseline.value))
                current = nil
            } else {
                reference = nil
            }
            if let current {
                switch current.source {
                case .actual(let date):
                    currentSource = text.actualSource(date)
                    currentText = kpi.formatted(current.value)
                case .baseline(let label):
                    currentSource = label
                    currentText = kpi.baselineText ?? kpi.formatted(current.value)
                }
                currentValue = current.value.value
                if case .actual = current.source { baseline = kpi.baseline } else { baseline = nil }
            } else {
                currentSource = nil
                currentText = nil
                currentValue = nil
                baseline = nil
            }
            evaluation = kpi.evaluation.map { code in
                text.evaluationLine(code, evaluationScale.first { $0.code == code }?.label)
            }
            let shown = [targetValue, currentValue, baseline?.value.value].compactMap { $0 }
            scale = KPIScale(values: shown, isPercent: kpi.isPercent)
        }

        var isMet: Bool? {
            guard let targetValue, let currentValue else { return nil }
            return comparison.isMet(currentValue, target: targetValue)
        }

        var sentences: [String] {
            var out: [String] = []
            if let targetPhrase { out.append(text.kpiGoalSentence(kpi.label, targetPhrase)) }
            if let direction { out.append(direction) }
            if let reference = kpi.baseline, self.reference != nil {
                out.append(text.kpiBaselineSentence(reference.label, kpi.baselineText ?? kpi.formatted(reference.value)))
            }
            if let currentSource, let currentText {
                if let isMet {
                    out.append(text.kpiCurrentSentence(currentSource, currentText, comparison, isMet))
                } else {
                    out.append(text.kpiBaselineSentence(currentSource, currentText))
                }
            } else {
                out.append(text.kpiNoActualSentence)
            }
            if let baseline { out.append(text.kpiBaselineSentence(baseline.label, kpi.baselineText ?? kpi.formatted(baseline.value))) }
            if let evaluation { out.append(evaluation + "。") }
            return out
        }

        var table: ByteBuffer {
            typealias Cell = ChartFigure.Cell
            var rows: [[Cell]] = []
            if let targetPhrase { rows.append([.header(text.targetWord), .data(targetPhrase)]) }
            if let baseline = kpi.baseline {
                rows.append([.header(baseline.label), .data(kpi.baselineText ?? kpi.formatted(baseline.value))])
            }
            for actual in kpi.actuals {
                rows.append([.header(text.actualSource(actual.date)), .data(kpi.formatted(actual.value))])
            }
            if kpi.current == nil { rows.append([.header(text.actualWord), .data(text.noActual)]) }
            if let evaluation { rows.append([.header(text.evaluationWord), .data(evaluation)]) }
            return ChartFigure.table(caption: kpi.label, columns: [text.itemHeader, text.valueHeader], groups: [rows])
        }
    }

    static func drawNumber(_ facts: NumberFacts, idPrefix: String) -> Drawing {
        let width = SVGDocument.width
        var canvas = SVGCanvas(readings: facts.text.kanjiReadings, lines: facts.text.lineMemo)
        var y = margin
        let textWidth = width - 2 * margin
        let ruby = canvas.rubyRoom(labelSize)

        // What the bar shows, in words.
        let progress = facts.text.progressLine(facts.currentSource, facts.currentText, facts.goalPhrase ?? "")
        let progressLines = TextMetrics.wrap(progress, maxWidth: textWidth, fontSize: 16)
        let progressLineHeight = 22 + canvas.rubyRoom(16)
        canvas.text(progressLines, x: margin, baseline: y + 16 + canvas.rubyRoom(16), size: 16, lineHeight: progressLineHeight,
                    bold: true)
        y += Double(progressLines.count) * progressLineHeight + 4

        if let evaluation = facts.evaluation {
            y += drawEvaluation(evaluation, code: facts.kpi.evaluation ?? "", top: y, canvas: &canvas)
        }
        y += 6

        let scale = facts.scale
        func x(_ value: Double) -> Double { scale.x(value, left: plotLeft, right: plotRight) }
        let hatch = HatchPattern(id: ChartOutput.inline(idPrefix: idPrefix).id("goal"), colour: ChartPalette.goal)
        let fileHatch = HatchPattern(id: ChartOutput.standalone.id("goal"), colour: ChartPalette.goal)

        // Goal label row with a ▼ pointing at the target.
        let labelRowTop = y
        y += lineHeight + 10 + ruby
        let trackTop = y
        let trackBottom = trackTop + trackHeight
        canvas.rect(x: plotLeft, y: trackTop, width: plotRight - plotLeft, height: trackHeight,
                    fill: ChartPalette.track, stroke: ChartPalette.axis)

        if let targetValue = facts.targetValue, let goalPhrase = facts.goalPhrase {
            let tx = x(targetValue)
            // The goal band: where the value meets the target, hatched so it survives grey print.
            switch facts.comparison {
            case .atLeast:
                canvas.rect(x: tx, y: trackTop, width: plotRight - tx, height: trackHeight,
                            pattern: hatch, filePattern: fileHatch, stroke: ChartPalette.goal, strokeWidth: 2)
            case .atMost:
                if tx - plotLeft >= 4 {
                    canvas.rect(x: plotLeft, y: trackTop, width: tx - plotLeft, height: trackHeight,
                                pattern: hatch, filePattern: fileHatch, stroke: ChartPalette.goal, strokeWidth: 2)
                } else {
                    // A zero target: the band is the zero line itself, drawn thick.
                    canvas.rect(x: plotLeft, y: trackTop - 4, width: 6, height: trackHeight + 8, fill: ChartPalette.goal)
                }
            case .equal:
                break
            }
            canvas.line(x1: tx, y1: trackTop - 6, x2: tx, y2: trackBottom + 6, stroke: ChartPalette.mark, width: 3)
            canvas.polygon([(tx - 7, trackTop - 12), (tx + 7, trackTop - 12), (tx, trackTop - 4)], fill: ChartPalette.mark)
            placeLabel(goalPhrase, at: tx, baseline: labelRowTop + 13 + ruby, fill: ChartPalette.goal, bold: true, canvas: &canvas)
        }

        if let currentValue = facts.currentValue {
            let cx = x(currentValue)
            if facts.comparison == .atLeast {
                canvas.rect(x: plotLeft, y: trackTop + 5, width: cx - plotLeft, height: trackHeight - 10,
                            fill: ChartPalette.bar, stroke: ChartPalette.background, strokeWidth: 1)
            }
            // The current value as a mark with a white halo, visible on the bar, the band and the track.
            canvas.circle(cx: cx, cy: trackTop + trackHeight / 2, r: 8, fill: ChartPalette.bar,
                          stroke: ChartPalette.background, strokeWidth: 2)
            canvas.circle(cx: cx, cy: trackTop + trackHeight / 2, r: 10, fill: "none", stroke: ChartPalette.mark, strokeWidth: 1.5)
        }
        if let baseline = facts.baseline {
            let bx = x(baseline.value.value)
            canvas.line(x1: bx, y1: trackTop, x2: bx, y2: trackBottom, stroke: ChartPalette.mark, width: 2, dash: "4 3")
        }

        // Axis ticks and numbers; the unit on the last one.
        y = trackBottom
        for (index, tick) in scale.ticks.enumerated() {
            let tx = x(tick)
            canvas.line(x1: tx, y1: trackBottom, x2: tx, y2: trackBottom + 6, stroke: ChartPalette.axis)
            let label = SVGNumber.format(tick) + (index == scale.ticks.count - 1 ? (facts.kpi.unit ?? "") : "")
            let anchor: SVGCanvas.Anchor = index == 0 ? .start : index == scale.ticks.count - 1 ? .end : .middle
            let ax = index == 0 ? tx - 4 : index == scale.ticks.count - 1 ? tx + 4 : tx
            canvas.text([label], x: ax, baseline: trackBottom + 22 + ruby, size: labelSize, lineHeight: lineHeight,
                        anchor: anchor, fill: ChartPalette.mutedText)
        }
        y = trackBottom + 30 + ruby

        // Labels of the marks, one row each so they never overlap.
        if let currentValue = facts.currentValue, let source = facts.currentSource, let value = facts.currentText {
            let cx = x(currentValue)
            canvas.circle(cx: cx, cy: y + 8, r: 5, fill: ChartPalette.bar, stroke: ChartPalette.mark, strokeWidth: 1)
            placeLabel(facts.text.currentMarkLabel(source, value), at: cx, baseline: y + 28 + ruby, fill: ChartPalette.text,
                       bold: false, canvas: &canvas)
            y += 36 + ruby
        } else {
            canvas.text([facts.text.noActual], x: plotLeft, baseline: y + 16 + ruby, size: labelSize, lineHeight: lineHeight,
                        fill: ChartPalette.text)
            y += 26 + ruby
        }
        if let reference = facts.reference {
            let lines = TextMetrics.wrap(reference, maxWidth: SVGDocument.width - 2 * margin, fontSize: labelSize)
            canvas.text(lines, x: plotLeft, baseline: y + 16, size: labelSize, lineHeight: lineHeight, fill: ChartPalette.text)
            y += Double(lines.count) * lineHeight + 6
        }
        if let baseline = facts.baseline {
            let bx = x(baseline.value.value)
            canvas.line(x1: bx, y1: y, x2: bx, y2: y + 8, stroke: ChartPalette.mark, width: 2, dash: "4 3")
            placeLabel(facts.text.baselineMarkLabel(baseline.label, facts.kpi.baselineText ?? facts.kpi.formatted(baseline.value)), at: bx,
                       baseline: y + 24 + ruby, fill: ChartPalette.text, bold: false, canvas: &canvas)
            y += 32 + ruby
        }
        y += margin - 4
        let hasGoal = facts.targetValue != nil
        return Drawing(canvas: canvas, height: y,
                       hatch: hasGoal ? hatch : nil, fileHatch: hasGoal ? fileHatch : nil)
    }

    /// A label centred on `x`, pushed inwards so it never leaves the viewBox.
    static func placeLabel(_ label: String, at x: Double, baseline: Double, fill: String, bold: Bool,
                           canvas: inout SVGCanvas) {
        let maxWidth = SVGDocument.width - 2 * margin
        let lines = TextMetrics.wrap(label, maxWidth: maxWidth, fontSize: labelSize)
        let widest = lines.map { TextMetrics.width(of: $0, fontSize: labelSize) }.max() ?? 0
        let left = min(max(x - widest / 2, margin), SVGDocument.width - margin - widest)
        canvas.text(lines, x: left, baseline: baseline, size: labelSize, lineHeight: lineHeight + canvas.rubyRoom(labelSize),
                    bold: bold, fill: fill)
    }

    /// The KPI's name above a standalone chart; returns the height used.
    static func drawTitle(_ label: String, top: Double, canvas: inout SVGCanvas) -> Double {
        let lines = TextMetrics.wrap(label, maxWidth: SVGDocument.width - 2 * margin, fontSize: 18)
        let height = 24 + canvas.rubyRoom(18)
        canvas.text(lines, x: margin, baseline: top + 16 + canvas.rubyRoom(18), size: 18, lineHeight: height, bold: true)
        return Double(lines.count) * height + 6
    }

    /// The evaluation as a boxed code (a symbol) plus its words; returns the height used.
    static func drawEvaluation(_ line: String, code: String, top: Double, canvas: inout SVGCanvas) -> Double {
        let ruby = canvas.rubyRoom(16)
        let top = top + ruby
        let box = 26.0
        canvas.rect(x: margin, y: top + 2, width: box, height: box, fill: ChartPalette.background,
                    stroke: ChartPalette.mark, strokeWidth: 2)
        canvas.text([code], x: margin + box / 2, baseline: top + 21, size: 16, lineHeight: 20, anchor: .middle, bold: true)
        let lines = TextMetrics.wrap(line, maxWidth: SVGDocument.width - 2 * margin - box - 10, fontSize: 16)
        canvas.text(lines, x: margin + box + 10, baseline: top + 21, size: 16, lineHeight: 22 + ruby)
        return ruby + max(box + 6, Double(lines.count) * (22 + ruby) + 8 - ruby)
    }

    // MARK: Milestone KPIs

    static func drawMilestone(_ kpi: KPI, text: ChartText) -> Drawing {
        let width = SVGDocument.width
        var canvas = SVGCanvas(readings: text.kanjiReadings, lines: text.lineMemo)
        var y = margin
        let statuses = KPI.Status.allCases.sorted { $0.step < $1.step }
        let spacing = (width - 2 * margin) / Double(statuses.count)
        let centres = statuses.indices.map { margin + spacing * (Double($0) + 0.5) }
        let currentStep = kpi.status?.step

        // "▼ 現在" above the current step: a shape and a word, not colour.
        let pointerTop = y
        y += 34
        let cy = y + 18
        canvas.line(x1: centres[0], y1: cy, x2: centres[centres.count - 1], y2: cy, stroke: ChartPalette.axis, width: 3)
        var labelsBottom = cy
        for (index, status) in statuses.enumerated() {
            let cx = centres[index]
            let isCurrent = status.step == currentStep
            if let currentStep, status.step <= currentStep {
                canvas.circle(cx: cx, cy: cy, r: isCurrent ? 16 : 13, fill: ChartPalette.bar,
                              stroke: isCurrent ? ChartPalette.mark : ChartPalette.background, strokeWidth: isCurrent ? 3 : 2)
                if status.step < currentStep || status == .done {
                    canvas.path(through: [(cx - 6, cy)], then: "l4 5l8 -10", fill: "none", stroke: ChartPalette.background,
                                strokeWidth: 3)
                }
            } else {
                canvas.circle(cx: cx, cy: cy, r: 13, fill: ChartPalette.background, stroke: ChartPalette.axis, strokeWidth: 2)
            }
            if isCurrent {
                canvas.polygon([(cx - 8, pointerTop + 22), (cx + 8, pointerTop + 22), (cx, pointerTop + 31)], fill: ChartPalette.mark)
                canvas.text([text.currentStepWord], x: cx, baseline: pointerTop + 16, size: labelSize, lineHeight: lineHeight,
                            anchor: .middle, bold: true)
            }
            let lines = TextMetrics.wrap(text.statusLabel(status), maxWidth: spacing - 12, fontSize: labelSize)
            canvas.text(lines, x: cx, baseline: cy + 40, size: labelSize, lineHeight: lineHeight, anchor: .middle,
                        bold: isCurrent, fill: ChartPalette.text)
            labelsBottom = max(labelsBottom, cy + 40 + Double(lines.count - 1) * lineHeight + 6)
        }
        y = labelsBottom
        if kpi.status == nil {
            canvas.text([text.noStatus], x: margin, baseline: y + 20, size: labelSize, lineHeight: lineHeight)
            y += 26
        }
        return Drawing(canvas: canvas, height: y + margin - 4, hatch: nil, fileHatch: nil)
    }

    static func milestoneTable(_ kpi: KPI, text: ChartText) -> ByteBuffer {
        let rows: [[ChartFigure.Cell]] = KPI.Status.allCases.sorted { $0.step < $1.step }.map { status in
            [.header(text.statusLabel(status)), .data(status == kpi.status ? text.currentStepWord : "")]
        }
        var groups = [rows]
        if kpi.status == nil { groups.append([[.header(text.stateHeader), .data(text.noStatus)]]) }
        return ChartFigure.table(caption: kpi.label, columns: [text.stepHeader, text.stateHeader], groups: groups)
    }
}
