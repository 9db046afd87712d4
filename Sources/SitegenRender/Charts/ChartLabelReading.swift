import SitegenSupport
import SitegenModel
import SitegenContent

/// SVG text cannot carry <ruby>, so on easy-Japanese pages the charts' content
/// labels are written in kana (the reading MeCab and furigana.yaml give), and no
/// kanji without a reading reaches the picture.
extension Site {
    func withChartLabels(_ transform: (String) -> String) -> Site {
        replacing(themes: themes.map { Theme(id: $0.id, number: $0.number, title: transform($0.title), summary: $0.summary) },
                  evaluationScale: evaluationScale.map { EvaluationLevel(code: $0.code, label: transform($0.label)) },
                  initiatives: initiatives.map { $0.withChartLabels(transform) })
    }
}

extension Initiative {
    func withChartLabels(_ transform: (String) -> String) -> Initiative {
        Initiative(
            id: id, number: number, theme: theme, title: transform(title), vision: vision, visionWording: visionWording,
            summary: summary,
            kpis: kpis.map { $0.withChartLabels(transform) },
            schedule: schedule.map { t in
                ScheduleTask(id: t.id, task: transform(t.task),
                             bars: t.bars.map {
                                 ScheduleBar(from: $0.from, to: $0.to, label: $0.label.map(transform), spansYears: $0.spansYears,
                                             startMonth: $0.startMonth, endMonth: $0.endMonth)
                             },
                             milestones: t.milestones.map { ScheduleMilestone(at: $0.at, label: transform($0.label), month: $0.month) },
                             location: t.location)
            },
            notes: notes, body: body, location: location, bodyStartLine: bodyStartLine, isFallback: isFallback,
            sourceMap: sourceMap)
    }
}

extension KPI {
    /// One KPI's labels with readings: a KPI chart needs its own, not its initiative's others.
    func withChartLabels(_ transform: (String) -> String) -> KPI {
        KPI(id: id, label: transform(label), kind: kind, unit: unit.map(transform),
            target: target.map { KPI.Target(value: $0.value, comparison: $0.comparison, text: $0.text.map(transform), scope: $0.scope, date: $0.date) },
            baseline: baseline.map {
                KPI.Baseline(value: $0.value, label: transform($0.label), note: $0.note, text: $0.text.map(transform), scope: $0.scope,
                             date: $0.date)
            },
            actuals: actuals, status: status, note: note, evaluation: evaluation, location: location)
    }
}
