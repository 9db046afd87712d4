import SitegenSupport
import SitegenModel
import SitegenContent

/// Grades and progress on pages: the grade cell of KPI tables, the rule said under
/// them, and the rows of the KPI overview.
extension LanguagePageRenderer {
    /// The grade with where it comes from, and (computed) the sentence of how it was reached.
    func gradeCell(_ assessment: KPIAssessment, explained: Bool) -> HTML {
        let words = assessor.words
        func named(_ level: EvaluationLevel) -> HTML {
            HTML(text: level.code) + (level.label.isEmpty ? .empty : "（" + HTML(inlineText: level.label) + "）")
        }
        switch assessment.grade {
        case .ward(let level):
            return "<span class=\"grade\">" + named(level) + "</span><br><span class=\"grade-source\">"
                + HTML(text: words.wardEvaluation) + "</span>"
        case .computed(let level, let explanation, let source):
            var html = "<span class=\"grade\">" + named(level) + "</span><br><span class=\"grade-source\">"
                + HTML(text: source) + "</span>"
            if explained { html = html + "<br><span class=\"grade-explanation\">" + HTML(text: explanation) + "</span>" }
            return html
        case nil:
            if let gap = assessment.gapSentence, explained { return HTML(text: labels.none) + "<br>" + HTML(text: gap) }
            return HTML(text: labels.none)
        }
    }

    /// Said once under a table that shows a computed grade: the rule, and that sitegen applied it.
    func ruleNote(_ assessments: [KPIAssessment]) -> HTML? {
        guard assessments.contains(where: \.isComputed) else { return nil }
        return HTML(text: assessor.words.ruleSentence(assessor.rule, site.fiscalYear))
    }

    /// A small bar of the way covered, drawn with attributes only (the CSP allows no inline style).
    func progressBar(_ fraction: Double?) -> HTML {
        let filled = SVGNumber.format(max(0, min(1, fraction ?? 0)) * 100)
        var writer = MarkupWriter(capacity: 320)
        writer.markup("<svg class=\"progress-bar\" viewBox=\"0 0 100 10\" width=\"100\" height=\"10\" aria-hidden=\"true\" focusable=\"false\">")
        writer.markup("<rect x=\"0.5\" y=\"0.5\" width=\"99\" height=\"9\" fill=\"")
        writer.text(ChartPalette.track)
        writer.markup("\" stroke=\"")
        writer.text(ChartPalette.axis)
        writer.markup("\"/>")
        if let fraction, fraction > 0 {
            writer.markup("<rect x=\"0\" y=\"0\" width=\"")
            writer.text(filled)
            writer.markup("\" height=\"10\" fill=\"")
            writer.text(ChartPalette.bar)
            writer.markup("\"/>")
        }
        writer.markup("</svg>")
        return writer.html
    }

    /// The KPI overview: every KPI of the site in one table, in the initiatives' order.
    func kpiOverview(of initiatives: [Initiative], from full: String, caption: String) -> KPIOverviewModel {
        let assessor = assessor
        let words = assessor.words
        var assessments: [KPIAssessment] = []
        var rows: [KPIOverviewModel.Row] = []
        var order = 0
        for initiative in initiatives {
            let theme = site.theme(id: initiative.theme)
            for kpi in initiative.kpis {
                let assessment = assessor.assess(kpi)
                assessments.append(assessment)
                let progress = assessment.outcome.progress
                var fraction = progress?.fraction
                var progressText = progress.map { words.percent($0.percent) }
                if case .stage(let status) = assessment.outcome {
                    fraction = Double(status.step) / 2
                    progressText = assessor.chartText.statusLabel(status)
                }
                let latest: HTML
                switch kpi.kind {
                case .milestone: latest = kpi.status.map { HTML(text: assessor.chartText.statusLabel($0)) } ?? HTML(text: labels.notYet)
                case .number: latest = PageFormat.actuals(kpi).last ?? HTML(text: labels.notYet)
                }
                order += 1
                rows.append(KPIOverviewModel.Row(
                    anchor: kpiOwners.overviewAnchor(kpi, of: initiative),
                    href: href(from: full, to: SitePaths.initiative(initiative.id)) + "#kpi-" + kpi.id,
                    label: HTML(inlineText: kpi.label),
                    theme: theme.map { HTML(text: $0.circledNumber) + " " + HTML(inlineText: $0.title) } ?? HTML(text: labels.none),
                    themeOrder: String(theme?.number ?? 0),
                    initiative: initiativeLabel(initiative), order: String(order),
                    baseline: PageFormat.baseline(kpi) ?? HTML(text: labels.none),
                    target: kpi.kind == .milestone ? HTML(inlineText: kpi.label) : (PageFormat.target(kpi) ?? HTML(text: labels.none)),
                    latest: latest,
                    bar: progressBar(fraction), progress: progressText ?? labels.notYet,
                    progressSort: progress.map { String($0.percent) } ?? (fraction.map { String(Int($0 * 100)) } ?? "-1"),
                    grade: gradeCell(assessment, explained: false),
                    gradeSort: assessment.level?.code ?? "~"))
            }
        }
        let awaits = initiatives.flatMap(\.kpis).contains { $0.kind == .number ? $0.actuals.isEmpty : $0.status == nil }
        return KPIOverviewModel(caption: caption, themeHeader: words.themeHeader, initiativeHeader: words.initiativeHeader,
                                latestHeader: words.latestActualHeader, progressHeader: words.progressHeader,
                                gradeHeader: words.gradeHeader, sortNote: labels.sortNote,
                                hasRows: !rows.isEmpty, rows: rows,
                                actualNote: awaits ? HTML(text: labels.notYetNote) : nil, ruleNote: ruleNote(assessments))
    }
}
