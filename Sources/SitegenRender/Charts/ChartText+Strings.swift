import SitegenSupport
import SitegenModel
import SitegenContent

extension ChartText {
    /// A language's chart words from its strings file (`chart.*`, `status.*`).
    /// Content texts placed in sentences are quoted or trimmed here (`SentencePart`),
    /// so a strings file only places them.
    package init(_ s: FrameStrings) {
        let month: @Sendable (YearMonth) -> String = { m in s.text("chart.month", ["year": "\(m.year)", "month": "\(m.month)"]) }
        let statusWord: @Sendable (KPI.Status) -> String = { status in
            switch status {
            case .planned: s["status.planned"]
            case .inProgress: s["status.inProgress"]
            case .done: s["status.done"]
            }
        }
        self.init(
            dataTableSummary: s["chart.dataTableSummary"], itemHeader: s["chart.itemHeader"], valueHeader: s["chart.valueHeader"],
            targetWord: s["chart.targetWord"], evaluationWord: s["chart.evaluationWord"], actualWord: s["chart.actualWord"],
            noActual: s["chart.noActual"],
            actualSource: { s.text("chart.actualSource", ["date": $0.japanese]) },
            directionSentence: { value, comparison in
                switch comparison {
                case .atLeast: s.text("chart.directionAtLeast", ["value": value])
                case .atMost: s.text("chart.directionAtMost", ["value": value])
                case .equal: s.text("chart.directionEqual", ["value": value])
                }
            },
            goalPhrase: { s.text("chart.goalPhrase", ["target": $0]) },
            progressLine: { source, value, goal in
                guard let source, let value else { return goal }
                return s.text("chart.progressLine", ["source": source, "value": value, "goal": goal])
            },
            referenceLine: { s.text("chart.referenceLine", ["label": $0, "value": $1]) },
            currentMarkLabel: { s.text("chart.currentMarkLabel", ["source": $0, "value": $1]) },
            baselineMarkLabel: { s.text("chart.baselineMarkLabel", ["label": $0, "value": $1]) },
            evaluationLine: { code, label in
                label.map { s.text("chart.evaluationLine", ["code": code, "label": $0]) }
                    ?? s.text("chart.evaluationLineCodeOnly", ["code": code])
            },
            kpiGoalSentence: { label, phrase in
                s.text("chart.kpiGoalSentence", ["label": SentencePart.quoted(label), "goal": SentencePart.phrase(phrase)])
            },
            kpiCurrentSentence: { source, value, comparison, met in
                let key: String
                switch comparison {
                case .atMost: key = met ? "chart.judgementAtMostMet" : "chart.judgementAtMostNotMet"
                case .atLeast: key = met ? "chart.judgementAtLeastMet" : "chart.judgementAtLeastNotMet"
                case .equal: key = met ? "chart.judgementEqualMet" : "chart.judgementEqualNotMet"
                }
                return s.text("chart.kpiCurrentSentence", ["source": SentencePart.phrase(source), "value": value, "judgement": s[key]])
            },
            kpiBaselineSentence: { s.text("chart.kpiBaselineSentence", ["label": SentencePart.phrase($0), "value": $1]) },
            kpiNoActualSentence: s["chart.kpiNoActualSentence"],
            statusLabel: statusWord,
            currentStepWord: s["chart.currentStepWord"], noStatus: s["chart.noStatus"],
            stepHeader: s["chart.stepHeader"], stateHeader: s["chart.stateHeader"],
            milestoneSentence: { label, status in
                let key: String
                switch status {
                case .planned: key = "chart.milestonePlanned"
                case .inProgress: key = "chart.milestoneInProgress"
                case .done: key = "chart.milestoneDone"
                case nil: key = "chart.milestoneNoStatus"
                }
                return s.text(key, ["label": SentencePart.quoted(label)])
            },
            quarterLabel: { FiscalYear.quarterMonthsLabel($0) },
            monthTick: { String($0) },
            monthLabel: month,
            periodLabel: { start, end in
                if start == end { return month(start) }
                let values: KeyValuePairs = ["year": "\(start.year)", "month": "\(start.month)", "endYear": "\(end.year)",
                                             "endMonth": "\(end.month)"]
                return s.text(start.year == end.year ? "chart.periodInYear" : "chart.periodAcrossYears", values)
            },
            quarterLabelInYear: { first, last in
                s.text("chart.quarterInYear", ["year": "\(first.year)", "month": "\(first.month)", "endMonth": "\(last.month)"])
            },
            asOfLabel: { s.text("chart.asOfLabel", ["date": $0.japanese]) },
            asOfSentence: { s.text("chart.asOfSentence", ["date": $0.japanese]) },
            noTiming: s["chart.noTiming"], unnamedBar: s["chart.unnamedBar"],
            milestoneMarkLabel: { s.text("chart.milestoneMarkLabel", ["label": $0, "period": $1]) },
            milestoneItem: { s.text("chart.milestoneItem", ["label": $0]) },
            continuesFromPreviousYear: s["chart.continuesFromPreviousYear"], continuesIntoNextYear: s["chart.continuesIntoNextYear"],
            taskHeader: s["chart.taskHeader"], contentHeader: s["chart.contentHeader"],
            periodHeader: s["chart.periodHeader"], initiativeHeader: s["chart.initiativeHeader"],
            ganttCaption: { s.text("chart.ganttCaption", ["title": $0, "year": $1]) },
            overallGanttCaption: { s.text("chart.overallGanttCaption", ["year": $0]) },
            ganttIntroSentence: { year, first, last in
                s.text("chart.ganttIntroSentence", ["year": year, "first": month(first), "last": month(last)])
            },
            taskSentence: { task, items in
                s.text("chart.taskSentence", ["task": SentencePart.phrase(task),
                                              "items": items.isEmpty ? s["chart.noTiming"] : items.joined(separator: "、")])
            },
            periodItem: { s.text("chart.periodItem", ["label": $0, "period": $1]) },
            initiativeHeading: { s.text("chart.initiativeHeading", ["number": "\($0)", "title": $1]) },
            themeHeading: { s.text("chart.themeHeading", ["mark": $0.circledNumber, "title": $0.title]) },
            initiativeSentence: { s.text("chart.initiativeSentence", ["heading": SentencePart.phrase($0)]) })
    }
}
