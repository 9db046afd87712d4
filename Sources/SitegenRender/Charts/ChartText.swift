import SitegenSupport
import SitegenModel
import SitegenContent

/// Every human word a chart shows, in one language. Drawing code never holds
/// text of its own: it asks a `ChartText`, so easy Japanese (and any later
/// language) is another instance, not another code path.
package struct ChartText: Sendable {
    // MARK: Figure
    /// Summary of the <details> that holds the data table.
    package var dataTableSummary: String
    /// Column headers of KPI tables.
    package var itemHeader: String
    package var valueHeader: String

    // MARK: Number KPIs
    /// "目標"
    package var targetWord: String
    /// "評価"
    package var evaluationWord: String
    /// "実績": row header of the missing-value row in the data table.
    package var actualWord: String
    /// Shown where a KPI has no actual yet (neutral: not a reporting failure).
    package var noActual: String
    /// Which value a progress bar shows when it is an actual: "2024年9月30日時点の実績".
    package var actualSource: @Sendable (CalendarDate) -> String
    /// How the target is reached, said once in the text alternative: "60%に届けば達成です。".
    /// Arguments: the target value with its unit ("60%"), the comparison.
    package var directionSentence: @Sendable (String, KPI.Comparison) -> String
    /// The goal as a label: "目標 60%". Argument: the target as the source words it.
    package var goalPhrase: @Sendable (String) -> String
    /// The line above the bar: "令和5年度実績 46% → 目標 60%". Arguments: the
    /// current value's source and value (nil when there is none), the goal phrase.
    package var progressLine: @Sendable (String?, String?, String) -> String
    /// A baseline counted over another scope than the target, shown for reference only:
    /// "参考 令和5年度 6課中1件". Arguments: label, value.
    package var referenceLine: @Sendable (String, String) -> String
    /// Label of the current-value mark: "令和5年度実績 46%".
    package var currentMarkLabel: @Sendable (String, String) -> String
    /// Label of the baseline mark when the bar shows a newer actual: "基準 令和5年度実績 46%".
    package var baselineMarkLabel: @Sendable (String, String) -> String
    /// Evaluation as text: "評価 B:目標より進んでいる". Arguments: code, label from the scale.
    package var evaluationLine: @Sendable (String, String?) -> String
    /// Sentence: "「行政手続のオンライン化率」の目標は60%です。"
    package var kpiGoalSentence: @Sendable (String, String) -> String
    /// Sentence on the current value: "令和5年度実績は46%で、目標に届いていません。"
    /// Arguments: source, value, comparison, whether the target is met.
    package var kpiCurrentSentence: @Sendable (String, String, KPI.Comparison, Bool) -> String
    /// Sentence on the baseline when an actual is shown: "令和5年度実績は46%でした。"
    package var kpiBaselineSentence: @Sendable (String, String) -> String
    /// Sentence for a KPI without any value yet.
    package var kpiNoActualSentence: String

    // MARK: Milestone KPIs
    package var statusLabel: @Sendable (KPI.Status) -> String
    /// Word on the marker of the current step: "現在".
    package var currentStepWord: String
    /// Shown when a milestone KPI has no status.
    package var noStatus: String
    /// Column headers of the milestone table.
    package var stepHeader: String
    package var stateHeader: String
    /// Sentence: "「移行計画書の完成」は、未着手・進行中・完了の3段階のうち「進行中」です。"
    package var milestoneSentence: @Sendable (String, KPI.Status?) -> String

    // MARK: Gantt charts
    package var quarterLabel: @Sendable (Int) -> String
    /// Month number under the quarter heading: "4".
    package var monthTick: @Sendable (Int) -> String
    /// "2025年1月"
    package var monthLabel: @Sendable (YearMonth) -> String
    /// "2024年4月～6月"
    package var periodLabel: @Sendable (YearMonth, YearMonth) -> String
    /// A quarter as a period, never as one of its months: "2024年10月～12月".
    package var quarterLabelInYear: @Sendable (YearMonth, YearMonth) -> String
    /// Label of the as-of line: "時点 2024年4月1日".
    package var asOfLabel: @Sendable (CalendarDate) -> String
    /// Sentence on the as-of date: "2024年4月1日時点の予定です。"
    package var asOfSentence: @Sendable (CalendarDate) -> String
    /// A task whose timing the source does not publish.
    package var noTiming: String
    /// Content column for a bar without a label.
    package var unnamedBar: String
    /// Label next to a milestone triangle: "業者決定(2024年10月～12月)". Arguments: label, period words.
    package var milestoneMarkLabel: @Sendable (String, String) -> String
    /// Milestone in sentences and tables: "節目「口座振替登録オンライン化」".
    package var milestoneItem: @Sendable (String) -> String
    /// Bar continuing from the previous / into the next fiscal year.
    package var continuesFromPreviousYear: String
    package var continuesIntoNextYear: String
    package var taskHeader: String
    package var contentHeader: String
    package var periodHeader: String
    package var initiativeHeader: String
    /// Figure caption of one initiative's chart. Arguments: initiative title, fiscal year label.
    package var ganttCaption: @Sendable (String, String) -> String
    /// Figure caption of the overall chart. Argument: fiscal year label.
    package var overallGanttCaption: @Sendable (String) -> String
    /// First sentence of a Gantt text alternative: the period it covers.
    /// Arguments: fiscal year label, first month, last month.
    package var ganttIntroSentence: @Sendable (String, YearMonth, YearMonth) -> String
    /// One task in the text alternative. Arguments: task, items (already worded).
    package var taskSentence: @Sendable (String, [String]) -> String
    /// One bar in the text alternative: "対象業務の洗出し(2024年4月～6月)".
    package var periodItem: @Sendable (String, String) -> String
    /// "1. 行政手続のオンライン化拡大"
    package var initiativeHeading: @Sendable (Int, String) -> String
    /// "① 区民の利便性向上"
    package var themeHeading: @Sendable (Theme) -> String
    /// Sentence that opens a group in the overall text alternative.
    package var initiativeSentence: @Sendable (String) -> String
    /// Not a word: readings for the kanji this text's own words keep, drawn above
    /// them (`ChartDateRuby` in easy Japanese); nil draws no readings.
    package var kanjiReadings: (@Sendable (String) -> [RubySegment])? = nil
    /// Not a word either: the Gantt month header as drawn with these words, shared by every chart.
    var ganttHeaders: GanttHeaderMemo? = nil
    /// Nor this: the initiatives' rows of the Gantt overviews kept by `sitegen serve` between builds.
    var ganttRows: GanttRowMemo? = nil
    /// Nor this: each line's pieces with `kanjiReadings`, shared by every chart (set with them).
    var lineMemo: ChartLineMemo? = nil

    package init(
        dataTableSummary: String, itemHeader: String, valueHeader: String,
        targetWord: String, evaluationWord: String, actualWord: String, noActual: String,
        actualSource: @escaping @Sendable (CalendarDate) -> String,
        directionSentence: @escaping @Sendable (String, KPI.Comparison) -> String,
        goalPhrase: @escaping @Sendable (String) -> String,
        progressLine: @escaping @Sendable (String?, String?, String) -> String,
        referenceLine: @escaping @Sendable (String, String) -> String,
        currentMarkLabel: @escaping @Sendable (String, String) -> String,
        baselineMarkLabel: @escaping @Sendable (String, String) -> String,
        evaluationLine: @escaping @Sendable (String, String?) -> String,
        kpiGoalSentence: @escaping @Sendable (String, String) -> String,
        kpiCurrentSentence: @escaping @Sendable (String, String, KPI.Comparison, Bool) -> String,
        kpiBaselineSentence: @escaping @Sendable (String, String) -> String,
        kpiNoActualSentence: String,
        statusLabel: @escaping @Sendable (KPI.Status) -> String,
        currentStepWord: String, noStatus: String, stepHeader: String, stateHeader: String,
        milestoneSentence: @escaping @Sendable (String, KPI.Status?) -> String,
        quarterLabel: @escaping @Sendable (Int) -> String,
        monthTick: @escaping @Sendable (Int) -> String,
        monthLabel: @escaping @Sendable (YearMonth) -> String,
        periodLabel: @escaping @Sendable (YearMonth, YearMonth) -> String,
        quarterLabelInYear: @escaping @Sendable (YearMonth, YearMonth) -> String,
        asOfLabel: @escaping @Sendable (CalendarDate) -> String,
        asOfSentence: @escaping @Sendable (CalendarDate) -> String,
        noTiming: String, unnamedBar: String,
        milestoneMarkLabel: @escaping @Sendable (String, String) -> String,
        milestoneItem: @escaping @Sendable (String) -> String,
        continuesFromPreviousYear: String, continuesIntoNextYear: String,
        taskHeader: String, contentHeader: String, periodHeader: String, initiativeHeader: String,
        ganttCaption: @escaping @Sendable (String, String) -> String,
        overallGanttCaption: @escaping @Sendable (String) -> String,
        ganttIntroSentence: @escaping @Sendable (String, YearMonth, YearMonth) -> String,
        taskSentence: @escaping @Sendable (String, [String]) -> String,
        periodItem: @escaping @Sendable (String, String) -> String,
        initiativeHeading: @escaping @Sendable (Int, String) -> String,
        themeHeading: @escaping @Sendable (Theme) -> String,
        initiativeSentence: @escaping @Sendable (String) -> String
    ) {
        self.dataTableSummary = dataTableSummary
        self.itemHeader = itemHeader
        self.valueHeader = valueHeader
        self.targetWord = targetWord
        self.evaluationWord = evaluationWord
        self.actualWord = actualWord
        self.noActual = noActual
        self.actualSource = actualSource
        self.directionSentence = directionSentence
        self.goalPhrase = goalPhrase
        self.progressLine = progressLine
        self.referenceLine = referenceLine
        self.currentMarkLabel = currentMarkLabel
        self.baselineMarkLabel = baselineMarkLabel
        self.evaluationLine = evaluationLine
        self.kpiGoalSentence = kpiGoalSentence
        self.kpiCurrentSentence = kpiCurrentSentence
        self.kpiBaselineSentence = kpiBaselineSentence
        self.kpiNoActualSentence = kpiNoActualSentence
        self.statusLabel = statusLabel
        self.currentStepWord = currentStepWord
        self.noStatus = noStatus
        self.stepHeader = stepHeader
        self.stateHeader = stateHeader
        self.milestoneSentence = milestoneSentence
        self.quarterLabel = quarterLabel
        self.monthTick = monthTick
        self.monthLabel = monthLabel
        self.periodLabel = periodLabel
        self.quarterLabelInYear = quarterLabelInYear
        self.asOfLabel = asOfLabel
        self.asOfSentence = asOfSentence
        self.noTiming = noTiming
        self.unnamedBar = unnamedBar
        self.milestoneMarkLabel = milestoneMarkLabel
        self.milestoneItem = milestoneItem
        self.continuesFromPreviousYear = continuesFromPreviousYear
        self.continuesIntoNextYear = continuesIntoNextYear
        self.taskHeader = taskHeader
        self.contentHeader = contentHeader
        self.periodHeader = periodHeader
        self.initiativeHeader = initiativeHeader
        self.ganttCaption = ganttCaption
        self.overallGanttCaption = overallGanttCaption
        self.ganttIntroSentence = ganttIntroSentence
        self.taskSentence = taskSentence
        self.periodItem = periodItem
        self.initiativeHeading = initiativeHeading
        self.themeHeading = themeHeading
        self.initiativeSentence = initiativeSentence
    }

    /// When a milestone is: its month, or the quarter the source places it in.
    package func milestonePeriod(_ milestone: ScheduleMilestone, in year: FiscalYear) -> String {
        guard let quarter = milestone.quarter else { return monthLabel(milestone.month) }
        return quarterLabelInYear(year.firstMonth(ofQuarter: quarter), year.lastMonth(ofQuarter: quarter))
    }

    /// A language's chart words from its strings; easy Japanese draws readings above the kanji.
    package static func forLanguage(_ language: Language, strings: FrameStrings) -> ChartText {
        var text = ChartText(strings)
        if language.isEasy { text.kanjiReadings = { ChartDateRuby.segments($0) } }
        return text
    }
}
