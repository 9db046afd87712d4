import SitegenSupport
import SitegenModel
import SitegenContent

/// The KPI and schedule tables, shown on initiative pages and on the list pages.
extension LanguagePageRenderer {
    func kpiTable(_ initiative: Initiative, caption: String) -> KPITableModel {
        let rows = initiative.kpis.map { kpi in
            var noteParts: [HTML] = []
            if let note = kpi.note, !note.isEmpty { noteParts.append(HTML(inlineText: note)) }
            if let code = kpi.evaluation {
                let level = site.evaluationLevel(code: code)
                noteParts.append(HTML(text: "評価: " + code) + (level.map { "（" + HTML(inlineText: $0.label) + "）" } ?? .empty))
            }
            let target: HTML
            let actual: HTML
            switch kpi.kind {
            case .milestone:
                target = HTML(text: KPI.Status.done.japaneseLabel)
                actual = HTML(text: (kpi.status ?? .planned).japaneseLabel)
            case .number:
                target = PageFormat.target(kpi) ?? HTML(text: labels.none)
                let actuals = PageFormat.actuals(kpi)
                actual = actuals.isEmpty ? HTML(text: labels.notReported) : actuals.joined(separator: "<br>")
            }
            return KPITableModel.Row(
                id: kpi.id, label: HTML(inlineText: kpi.label), target: target,
                baseline: PageFormat.baseline(kpi) ?? HTML(text: labels.none), actual: actual,
                unit: kpi.unit ?? "",
                note: noteParts.isEmpty ? HTML(text: labels.none) : noteParts.joined(separator: "<br>"),
                isMilestone: kpi.kind == .milestone)
        }
        return KPITableModel(caption: caption, ariaLabel: caption, baselineHeader: baselineHeader(initiative.kpis),
                             hasRows: !rows.isEmpty, rows: rows)
    }

    /// The baseline column is named after the baselines it holds when they agree (令和5年度実績).
    private func baselineHeader(_ kpis: [KPI]) -> HTML {
        let labels = Set(kpis.compactMap { $0.baseline?.label }.filter { !$0.isEmpty })
        return "基準値" + (labels.count == 1 ? "（" + HTML(inlineText: labels.first!) + "）" : .empty)
    }

    func scheduleTable(_ initiative: Initiative, caption: String) -> ScheduleTableModel {
        let year = site.fiscalYear
        let rows = initiative.schedule.map { task in
            ScheduleTableModel.Row(
                task: HTML(inlineText: task.task), hasTiming: task.hasPublishedTiming,
                bars: task.bars.map { bar in
                    let span = PageFormat.monthRange(from: bar.startMonth, to: bar.endMonth, in: year)
                    return HTML(text: span) + (bar.label.map { ": " + HTML(inlineText: $0) } ?? .empty)
                },
                milestones: task.milestones.map { milestone in
                    "<span aria-hidden=\"true\">▲</span>" + HTML(text: PageFormat.month(milestone.month, in: year))
                        + ": " + HTML(inlineText: milestone.label)
                })
        }
        return ScheduleTableModel(caption: caption, ariaLabel: caption,
                                  span: year.label + "、" + PageFormat.fiscalYearSpan(year),
                                  hasRows: !rows.isEmpty, noTiming: labels.noTiming, none: labels.none, rows: rows)
    }
}
