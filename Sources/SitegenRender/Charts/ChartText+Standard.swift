import SitegenSupport
import SitegenModel
import SitegenContent

extension ChartText {
    /// Standard Japanese.
    package static let standard = ChartText(
        dataTableSummary: "グラフのデータを表で見る",
        itemHeader: "項目",
        valueHeader: "値",
        targetWord: "目標",
        evaluationWord: "評価",
        actualWord: "実績",
        noActual: "実績は公表後に掲載します",
        actualSource: { "\($0.japanese)時点の実績" },
        directionSentence: { value, comparison in
            switch comparison {
            case .atLeast: value + "に届けば達成です。"
            case .atMost: value + "を超えなければ達成です。"
            case .equal: value + "ちょうどで達成です。"
            }
        },
        goalPhrase: { "目標 " + $0 },
        progressLine: { source, value, goal in
            guard let source, let value else { return goal }
            return source + " " + value + " → " + goal
        },
        referenceLine: { label, value in "参考 " + label + " " + value },
        currentMarkLabel: { source, value in source + " " + value },
        baselineMarkLabel: { label, value in "基準 " + label + " " + value },
        evaluationLine: { code, label in
            "評価 " + code + (label.map { ":" + $0 } ?? "")
        },
        kpiGoalSentence: { label, phrase in SentencePart.quoted(label) + "の目標は" + SentencePart.phrase(phrase) + "です。" },
        kpiCurrentSentence: { source, value, comparison, met in
            let judgement: String
            switch comparison {
            case .atMost: judgement = met ? "目標の範囲内です" : "目標の範囲を超えています"
            case .atLeast: judgement = met ? "目標に達しています" : "目標に届いていません"
            case .equal: judgement = met ? "目標どおりです" : "目標と異なります"
            }
            return SentencePart.phrase(source) + "は" + value + "で、" + judgement + "。"
        },
        kpiBaselineSentence: { label, value in SentencePart.phrase(label) + "は" + value + "でした。" },
        kpiNoActualSentence: "実績は公表後に掲載します。",
        statusLabel: { $0.japaneseLabel },
        currentStepWord: "現在",
        noStatus: "状況は公表後に掲載します",
        stepHeader: "段階",
        stateHeader: "現在の段階",
        milestoneSentence: { label, status in
            guard let status else { return SentencePart.quoted(label) + "の状況は、公表後に掲載します。" }
            return SentencePart.quoted(label) + "は、未着手・進行中・完了の3段階のうち「" + status.japaneseLabel + "」です。"
        },
        quarterLabel: { FiscalYear.quarterMonthsLabel($0) },
        monthTick: { String($0) },
        monthLabel: { "\($0.year)年\($0.month)月" },
        periodLabel: { start, end in
            if start == end { return "\(start.year)年\(start.month)月" }
            if start.year == end.year { return "\(start.year)年\(start.month)月～\(end.month)月" }
            return "\(start.year)年\(start.month)月～\(end.year)年\(end.month)月"
        },
        quarterLabelInYear: { first, last in "\(first.year)年\(first.month)月～\(last.month)月" },
        asOfLabel: { "時点 " + $0.japanese },
        asOfSentence: { $0.japanese + "時点の予定です。" },
        noTiming: "スケジュールの公表なし",
        unnamedBar: "実施期間",
        milestoneMarkLabel: { label, period in label + "(" + period + ")" },
        milestoneItem: { "節目「" + $0 + "」" },
        continuesFromPreviousYear: "前年度から",
        continuesIntoNextYear: "翌年度へ続く",
        taskHeader: "主なタスク",
        contentHeader: "内容",
        periodHeader: "時期",
        initiativeHeader: "重点取組",
        ganttCaption: { title, year in title + "のスケジュール(" + year + ")" },
        overallGanttCaption: { year in "重点取組のスケジュール一覧(" + year + ")" },
        ganttIntroSentence: { year, first, last in
            year + "(\(first.year)年\(first.month)月～\(last.year)年\(last.month)月)の予定を、四半期ごとに示します。"
        },
        taskSentence: { task, items in
            SentencePart.phrase(task) + ":" + (items.isEmpty ? "スケジュールの公表なし" : items.joined(separator: "、")) + "。"
        },
        periodItem: { label, period in label + "(" + period + ")" },
        initiativeHeading: { number, title in "\(number). " + title },
        themeHeading: { $0.circledNumber + " " + $0.title },
        initiativeSentence: { heading in SentencePart.phrase(heading) + "。" }
    )
}
