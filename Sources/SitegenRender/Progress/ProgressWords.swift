import SitegenSupport
import SitegenModel

/// Every word the pages say about progress and grades, in one language, from
/// its strings file (`progress.*`). The sentences only restate the published
/// figures and the rule that was applied.
struct ProgressWords: Sendable {
    /// The scale computed grades use when the report has none of its own.
    let builtInScale: [EvaluationLevel]
    /// Before a grade the ward set by hand (`evaluation`).
    let wardEvaluation: String
    /// Before a grade sitegen worked out from the published figures.
    let computedEvaluation: String
    /// Column header of grades.
    let gradeHeader: String
    /// Column header of progress.
    let progressHeader: String
    /// Category of a KPI without an actual (or a milestone without a status).
    let awaiting: String
    /// Category of a KPI whose progress is not computed.
    let notComputed: String
    /// The summary's caption: per theme or for one theme.
    let summaryCaption: String
    let kpiWord: String
    let themeHeader: String
    let initiativeHeader: String
    let latestActualHeader: String
    private let strings: FrameStrings

    init(_ s: FrameStrings) {
        builtInScale = [EvaluationLevel(code: "A", label: s["progress.scaleA"]),
                        EvaluationLevel(code: "B", label: s["progress.scaleB"]),
                        EvaluationLevel(code: "C", label: s["progress.scaleC"])]
        wardEvaluation = s["progress.wardEvaluation"]; computedEvaluation = s["progress.computedEvaluation"]
        gradeHeader = s["progress.gradeHeader"]; progressHeader = s["progress.progressHeader"]
        awaiting = s["progress.awaiting"]; notComputed = s["progress.notComputed"]
        summaryCaption = s["progress.summaryCaption"]; kpiWord = s["progress.kpiWord"]; themeHeader = s["progress.themeHeader"]
        initiativeHeader = s["progress.initiativeHeader"]; latestActualHeader = s["progress.latestActualHeader"]
        strings = s
    }

    /// How a computed grade was reached. Arguments: the KPI, its progress, the grade code.
    func explanation(_ kpi: KPI, _ progress: KPIProgress, _ code: String) -> String {
        let start = kpi.baseline.map { strings.text("progress.explanationStartBaseline", ["value": kpi.formatted($0.value)]) }
            ?? strings["progress.explanationStartZero"]
        return strings.text("progress.explanation", [
            "date": progress.actual.date.japanese, "actual": kpi.formatted(progress.actual.value), "start": start,
            "target": kpi.target.map { kpi.formatted($0.value) } ?? "", "percent": "\(progress.percent)",
            "expected": "\(progress.expectedPercent)", "share": "\(progress.shareOfExpectedPercent)", "code": code,
        ])
    }

    /// The rule, said once under a table that shows computed grades.
    func ruleSentence(_ rule: EvaluationRule, _ year: FiscalYear) -> String {
        let shares = rule.steps.map { step in
            step.percent.map { strings.text("progress.ruleShareAbove", ["percent": Self.percentText($0), "code": step.code]) }
                ?? strings.text("progress.ruleShareRest", ["code": step.code])
        }.joined(separator: strings["progress.ruleShareSeparator"])
        return strings.text("progress.ruleSentence", [
            "origin": strings[rule.isWritten ? "progress.ruleOriginWritten" : "progress.ruleOriginDefault"],
            "dueDate": ProgressCalculator.defaultDueDate(year).japanese, "shares": shares,
        ])
    }

    /// Why a KPI with an actual has no computed progress (nil: say nothing).
    func gap(_ gap: ProgressGap) -> String? {
        switch gap {
        case .differentScope: nil
        case .noWayToCover: strings["progress.gapNoWayToCover"]
        case .noBaseline: strings["progress.gapNoBaseline"]
        case .actualBeforeBaseline: strings["progress.gapActualBeforeBaseline"]
        case .dueBeforeStart: strings["progress.gapDueBeforeStart"]
        }
    }

    /// Count of KPIs in a category: "3件".
    func count(_ value: Int) -> String { strings.text("progress.count", ["count": "\(value)"]) }

    /// Progress as shown beside a bar: "36%".
    func percent(_ value: Int) -> String { strings.text("progress.percent", ["percent": "\(value)"]) }

    static func percentText(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
