import SitegenSupport
import SitegenModel
import SitegenContent

/// The KPI and schedule tables, shown on initiative pages and on the list pages.
extension LanguagePageRenderer {
    func kpiTable(_ initiative: Initiative, caption: String) -> KPITableModel {
        let assessor = assessor
        let assessments = initiative.kpis.map { assessor.assess($0) }
        let rows = zip(initiative.kpis, assessments).map { kpi, assessment in
            var noteParts: [HTML] = []
            if let note = kpi.note, !note.isEmpty { noteParts.append(HTML(inlineText: note)) }
            let target: HTML
            let actual: HTML
            switch kpi.kind {
            case .milestone:
                // The goal is the label itself ("移行計画書の完成"); a status only where the source gives one.
                target = HTML(inlineText: kpi.label)
                actual = kpi.status.map { HTML(text: strings[Self.statusKey($0)]) } ?? HTML(text: labels.notYet)
            case .number:
                target = PageFormat.target(kpi) ?? HTML(text: labels.none)
                let actuals = PageFormat.actuals(kpi)
                actual = actuals.isEmpty ? HTML(text: labels.notYet) : actuals.joined(separator: "<br>")
            }
            return KPITableModel.Row(
                id: kpi.id, label: HTML(inlineText: kpi.label), target: target,
                baseline: PageFormat.baseline(kpi) ?? HTML(text: labels.none), actual: actual,
                unit: kpi.unit ?? "",
                note: noteParts.isEmpty ? HTML(text: labels.none) : noteParts.joined(separator: "<br>"),
                isMilestone: kpi.kind == .milestone, grade: gradeCell(assessment, explained: true))
        }
        let awaitsActuals = initiative.kpis.contains { $0.kind == .number ? $0.actuals.isEmpty : $0.status == nil }
        return KPITableModel(caption: caption, ariaLabel: caption, baselineHeader: baselineHeader(initiative.kpis),
                             hasRows: !rows.isEmpty, rows: rows, actualNote: awaitsActuals ? HTML(text: labels.notYetNote) : nil,
                             hasGrades: assessments.contains { $0.grade != nil }, gradeHeader: assessor.words.gradeHeader,
                             ruleNote: ruleNote(assessments))
    }

    /// The baseline column is named after the baselines it holds when they agree (令和5年度実績).
    private func baselineHeader(_ kpis: [KPI]) -> HTML {
        let labels = Set(kpis.compactMap { $0.baseline?.label }.filter { !$0.isEmpty })
        guard labels.count == 1, let label = labels.first else { return HTML(text: strings["kpiTable.baseline"]) }
        return strings.html("kpiTable.baselineWithLabel", ["label": HTML(inlineText: label)])
    }

    func scheduleTable(_ initiative: Initiative, caption: String) -> ScheduleTableModel {
        let year = site.fiscalYear
        let rows = initiative.schedule.map { task in
            ScheduleTableModel.Row(
                task: HTML(inlineText: task.task), hasTiming: task.hasPublishedTiming,
                // In time order, as the chart and its table read; a bar without a label is still a bar.
                bars: task.bars.enumerated().sorted { ($0.element.startMonth, $0.offset) < ($1.element.startMonth, $1.offset) }
                    .map(\.element).map { bar in
                    let span = PageFormat.monthRange(from: bar.startMonth, to: bar.endMonth, in: year)
                    return HTML(text: span) + (bar.label.map { ": " + HTML(inlineText: $0) } ?? .empty)
                },
                milestones: task.milestones.map { milestone in
                    "<span aria-hidden=\"true\">▲</span>" + HTML(text: PageFormat.milestone(milestone, in: year))
                        + ": " + HTML(inlineText: milestone.label)
                })
        }
        return ScheduleTableModel(caption: caption, ariaLabel: caption,
                                  span: year.label + "、" + PageFormat.fiscalYearSpan(year),
                                  hasRows: !rows.isEmpty, noTiming: labels.noTiming, none: labels.none, rows: rows)
    }

    /// The strings key of a milestone's state (未着手・進行中・完了).
    static func statusKey(_ status: KPI.Status) -> String {
        switch status {
        case .planned: "status.planned"
        case .inProgress: "status.inProgress"
        case .done: "status.done"
        }
    }
}
