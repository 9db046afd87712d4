import SitegenSupport
import SitegenModel
import SitegenContent

extension ChartText {
    /// やさしい日本語: short words, kana for everything except basic kanji in
    /// dates (年・月・日), because SVG text cannot carry furigana.
    package static let easy = ChartText(
        dataTableSummary: "ひょう で みる",
        itemHeader: "こうもく",
        valueHeader: "かず",
        targetWord: "もくひょう",
        evaluationWord: "ひょうか",
        actualWord: "けっか",
        noActual: "けっか は はっぴょう の あと に のせます",
        actualSource: { "\($0.japanese)の けっか" },
        directionSentence: { value, comparison in
            switch comparison {
            case .atLeast: value + " に とどけば、もくひょう に とどきます。"
            case .atMost: value + " より おおく ならなければ、もくひょう に とどきます。"
            case .equal: value + " に なれば、もくひょう に とどきます。"
            }
        },
        goalPhrase: { "もくひょう " + $0 },
        progressLine: { source, value, goal in
            guard let source, let value else { return goal }
            return source + " " + value + " → " + goal
        },
        referenceLine: { label, value in "さんこう " + label + " " + value },
        currentMarkLabel: { source, value in source + " " + value },
        baselineMarkLabel: { label, value in "まえ の けっか " + label + " " + value },
        evaluationLine: { code, label in
            "ひょうか " + code + (label.map { ":" + $0 } ?? "")
        },
        kpiGoalSentence: { label, phrase in SentencePart.quoted(label) + " の もくひょう は " + SentencePart.phrase(phrase) + " です。" },
        kpiCurrentSentence: { source, value, comparison, met in
            let judgement: String
            switch comparison {
            case .atMost: judgement = met ? "もくひょう の なか です" : "もくひょう より おおい です"
            case .atLeast: judgement = met ? "もくひょう に とどいて います" : "もくひょう に まだ とどいて いません"
            case .equal: judgement = met ? "もくひょう と おなじ です" : "もくひょう と ちがいます"
            }
            return SentencePart.phrase(source) + " は " + value + " です。" + judgement + "。"
        },
        kpiBaselineSentence: { label, value in SentencePart.phrase(label) + " は " + value + " でした。" },
        kpiNoActualSentence: "けっか は はっぴょう の あと に のせます。",
        statusLabel: { status in
            switch status {
            case .planned: "まだ はじめていない"
            case .inProgress: "いま すすめている"
            case .done: "おわった"
            }
        },
        currentStepWord: "いま",
        noStatus: "ようす は はっぴょう の あと に のせます",
        stepHeader: "だんかい",
        stateHeader: "いま の だんかい",
        milestoneSentence: { label, status in
            let step: String
            switch status {
            case .planned: step = "まだ はじめていません"
            case .inProgress: step = "いま すすめています"
            case .done: step = "おわりました"
            case nil: return SentencePart.quoted(label) + " の ようす は、はっぴょう の あと に のせます。"
            }
            return SentencePart.quoted(label) + " は " + step + "。"
        },
        quarterLabel: { FiscalYear.quarterMonthsLabel($0) },
        monthTick: { String($0) },
        monthLabel: { "\($0.year)年\($0.month)月" },
        periodLabel: { start, end in
            if start == end { return "\(start.year)年\(start.month)月" }
            if start.year == end.year { return "\(start.year)年\(start.month)月から\(end.month)月まで" }
            return "\(start.year)年\(start.month)月から\(end.year)年\(end.month)月まで"
        },
        quarterLabelInYear: { first, last in "\(first.year)年\(first.month)月から\(last.month)月 の あいだ" },
        asOfLabel: { $0.japanese + " の じょうほう" },
        asOfSentence: { $0.japanese + " の よてい です。" },
        noTiming: "よてい は まだ でていません",
        unnamedBar: "する とき",
        milestoneMarkLabel: { label, period in label + "(" + period + ")" },
        milestoneItem: { "だいじな ところ「" + $0 + "」" },
        continuesFromPreviousYear: "まえ の 年 から",
        continuesIntoNextYear: "つぎ の 年 に つづく",
        taskHeader: "おもな しごと",
        contentHeader: "なかみ",
        periodHeader: "いつ",
        initiativeHeader: "とりくみ",
        ganttCaption: { title, year in "「" + title + "」の よてい(" + year + ")" },
        overallGanttCaption: { year in "とりくみ の よてい(" + year + ")" },
        ganttIntroSentence: { _, first, last in
            "\(first.year)年\(first.month)月から\(last.year)年\(last.month)月まで の よてい です。"
        },
        taskSentence: { task, items in
            SentencePart.phrase(task) + ":" + (items.isEmpty ? "よてい は まだ でていません" : items.joined(separator: "、")) + "。"
        },
        periodItem: { label, period in label + "(" + period + ")" },
        initiativeHeading: { number, title in "\(number). " + title },
        themeHeading: { $0.circledNumber + " " + $0.title },
        initiativeSentence: { heading in SentencePart.phrase(heading) + "。" }
    )
}
