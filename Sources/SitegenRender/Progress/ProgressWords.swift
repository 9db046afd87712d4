import SitegenSupport
import SitegenModel
import SitegenContent

/// Every word the pages say about progress and grades, in one language, from
/// its strings file (`progress.*`). The sentences only restate the published
/// figures and the rule that was applied.
struct ProgressWords: Sendable {
    /// The scale computed grades use when the report has none of its own.
    let builtInScale: [EvaluationLevel]
    /// Before a grade the ward set by hand (`evaluation`).
    let wardEvaluation: String
    /// Under a grade sitegen worked out from the published figures by the ward's rule or the default.
    let computedEvaluation: String
    /// Under a grade worked out by a rule the site set (`set_by: site`): not the ward's evaluation.
    let siteRuleEvaluation: String
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
        builtInScale = EvaluationRule.builtInCodes.map { EvaluationLevel(code: $0, label: s["progressWords.scale" + $0]) }
        wardEvaluation = s["progressWords.wardEvaluation"]; computedEvaluation = s["progressWords.computedEvaluation"]
        siteRuleEvaluation = s["progressWords.siteRuleEvaluation"]
        gradeHeader = s["progressWords.gradeHeader"]; progressHeader = s["progressWords.progressHeader"]
        awaiting = s["progressWords.awaiting"]; notComputed = s["progressWords.notComputed"]
        summaryCaption = s["progressWords.summaryCaption"]; kpiWord = s["progressWords.kpiWord"]; themeHeader = s["progressWords.themeHeader"]
        initiativeHeader = s["progressWords.initiativeHeader"]; latestActualHeader = s["progressWords.latestActualHeader"]
        strings = s
    }

    /// How a computed grade was reached. Arguments: the KPI, its progress, the grade code.
    func explanation(_ kpi: KPI, _ progress: KPIProgress, _ code: String) -> String {
        let start = kpi.baseline.map { strings.text("progressWords.explanationStartBaseline", ["value": kpi.formatted($0.value)]) }
            ?? strings["progressWords.explanationStartZero"]
        return strings.text("progressWords.explanation", [
            "date": progress.actual.date.japanese, "actual": kpi.formatted(progress.actual.value), "start": start,
            "target": kpi.target.map { kpi.formatted($0.value) } ?? "", "percent": "\(progress.percent)",
            "expected": "\(progress.expectedPercent)", "share": "\(progress.shareOfExpectedPercent)", "code": code,
        ])
    }

    /// What is said under a computed grade: a grade by a rule the site set is the site's
    /// guide, not the ward's evaluation.
    func computedSource(_ origin: EvaluationRule.Origin) -> String {
        origin == .site ? siteRuleEvaluation : computedEvaluation
    }

    /// A grade by a rule the site set, as the summary counts it: "このサイトの目安A（見込みどおり）".
    func siteGrade(_ level: EvaluationLevel) -> String {
        strings.text("progressWords.siteGrade", ["code": level.code, "label": InlineText.plain(level.label)])
    }

    /// The rule, said once under a table that shows computed grades.
    func ruleSentence(_ rule: EvaluationRule, _ year: FiscalYear) -> String {
        let shares = rule.steps.map { step in
            step.percent.map { strings.text("progressWords.ruleShareAbove", ["percent": Self.percentText($0), "code": step.code]) }
                ?? strings.text("progressWords.ruleShareRest", ["code": step.code])
        }.joined(separator: strings["progressWords.ruleShareSeparator"])
        if rule.origin == .site {
            return strings.text("progressWords.ruleSentenceSite", [
                "dueDate": ProgressCalculator.defaultDueDate(year).japanese, "shares": shares,
            ])
        }
        return strings.text("progressWords.ruleSentence", [
            "origin": strings[rule.isWritten ? "progressWords.ruleOriginWritten" : "progressWords.ruleOriginDefault"],
            "dueDate": ProgressCalculator.defaultDueDate(year).japanese, "shares": shares,
        ])
    }

    /// Why a KPI with an actual has no computed progress (nil: say nothing).
    func gap(_ gap: ProgressGap) -> String? {
        switch gap {
        case .differentScope: nil
        case .noWayToCover: strings["progressWords.gapNoWayToCover"]
        case .noBaseline: strings["progressWords.gapNoBaseline"]
        case .actualBeforeBaseline: strings["progressWords.gapActualBeforeBaseline"]
        case .dueBeforeStart: strings["progressWords.gapDueBeforeStart"]
        }
    }

    /// Count of KPIs in a category: "3件".
    func count(_ value: Int) -> String { strings.text("progressWords.count", ["count": "\(value)"]) }

    /// Progress as shown beside a bar: "36%".
    func percent(_ value: Int) -> String { strings.text("progressWords.percent", ["percent": "\(value)"]) }

    static func percentText(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
