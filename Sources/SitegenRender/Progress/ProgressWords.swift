import SitegenSupport
import SitegenModel

/// Every word the pages say about progress and grades, in one language. The
/// sentences only restate the published figures and the rule that was applied.
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
    /// How a computed grade was reached. Arguments: the KPI, its progress, the grade code.
    let explanation: @Sendable (KPI, KPIProgress, String) -> String
    /// The rule, said once under a table that shows computed grades.
    let ruleSentence: @Sendable (EvaluationRule, FiscalYear) -> String
    /// Category of a KPI without an actual (or a milestone without a status).
    let awaiting: String
    /// Category of a KPI whose progress is not computed.
    let notComputed: String
    /// Why a KPI with an actual has no computed progress (nil: say nothing).
    let gap: @Sendable (ProgressGap) -> String?
    /// Count of KPIs in a category: "3件".
    let count: @Sendable (Int) -> String
    /// Progress as shown beside a bar: "36%".
    let percent: @Sendable (Int) -> String
    /// The summary's caption: per theme or for one theme.
    let summaryCaption: String
    let kpiWord: String
    let themeHeader: String
    let initiativeHeader: String
    let latestActualHeader: String

    static func forLanguage(_ language: Language) -> ProgressWords { language.isEasy ? easy : standard }

    static func sharesList(_ rule: EvaluationRule, join: String, above: (String, String) -> String, rest: (String) -> String) -> String {
        rule.steps.map { step in
            step.percent.map { above(percentText($0), step.code) } ?? rest(step.code)
        }.joined(separator: join)
    }

    static func percentText(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    static let standard = ProgressWords(
        builtInScale: [EvaluationLevel(code: "A", label: "見込みより進んでいる"),
                       EvaluationLevel(code: "B", label: "見込みどおり"),
                       EvaluationLevel(code: "C", label: "見込みより遅れている")],
        wardEvaluation: "区による評価", computedEvaluation: "公表された数値からsitegenが計算した評価",
        gradeHeader: "評価", progressHeader: "進み具合",
        explanation: { kpi, progress, code in
            let start = kpi.baseline.map { "基準値" + kpi.formatted($0.value) } ?? "ゼロ"
            return "\(progress.actual.date.japanese)の実績\(kpi.formatted(progress.actual.value))は、\(start)から目標"
                + "\(kpi.target.map { kpi.formatted($0.value) } ?? "")までの\(progress.percent)%の位置で、この日までの見込み"
                + "（\(progress.expectedPercent)%）の\(progress.shareOfExpectedPercent)%にあたるため、\(code)です。"
        },
        ruleSentence: { rule, year in
            let shares = sharesList(rule, join: "、", above: { "\($0)%以上は\($1)" }, rest: { "それより下は\($0)" })
            let origin = rule.isWritten ? "site.yaml の evaluation_rule" : "sitegen の既定の決め方"
            return "計算した評価は、区の報告書にはなく、公表された数値から sitegen が計算したものです（\(origin)）。"
                + "実績が基準値から目標までの何%の位置かを、その日までの見込み（基準値の日から目標の日、書かれていなければ"
                + "\(ProgressCalculator.defaultDueDate(year).japanese)までを日数で割り振った位置）と比べ、見込みの\(shares)としています。"
        },
        awaiting: "実績の公表前", notComputed: "計算なし",
        gap: { gap in
            switch gap {
            case .differentScope: nil
            case .noWayToCover: "目標が基準値と同じか、基準値の時点で届いているため、進み具合は計算していません。"
            case .noBaseline: "基準値がないため、進み具合は計算していません。"
            case .actualBeforeBaseline: "最新の実績が基準値の日より前のため、進み具合は計算していません。"
            case .dueBeforeStart: "目標の日が基準値の日より前のため、進み具合は計算していません。"
            }
        },
        count: { "\($0)件" }, percent: { "\($0)%" },
        summaryCaption: "目標・指標の進み具合のまとめ", kpiWord: "指標", themeHeader: "戦略テーマ",
        initiativeHeader: "重点取組", latestActualHeader: "最新の実績")

    static let easy = ProgressWords(
        builtInScale: [EvaluationLevel(code: "A", label: "予定より 早い"),
                       EvaluationLevel(code: "B", label: "予定どおり"),
                       EvaluationLevel(code: "C", label: "予定より おそい")],
        wardEvaluation: "区の 評価", computedEvaluation: "発表された 数から 計算した 評価",
        gradeHeader: "評価", progressHeader: "進みぐあい",
        explanation: { _, progress, _ in
            "予定は \(progress.expectedPercent)%で、\(progress.percent)%まで 進みました。"
        },
        ruleSentence: { rule, _ in
            let shares = sharesList(rule, join: "", above: { "予定の \($0)%より 多いと \($1)です。" }, rest: { "それより 少ないと \($0)です。" })
            return "この 評価は、区ではなく、このサイトが 計算しました。" + shares
        },
        awaiting: "結果は まだ ありません", notComputed: "計算していません",
        gap: { gap in gap == .differentScope ? nil : "進みぐあいは 計算していません。" },
        count: { "\($0)こ" }, percent: { "\($0)%" },
        summaryCaption: "目標の 進みぐあい", kpiWord: "目標", themeHeader: "テーマ",
        initiativeHeader: "取組", latestActualHeader: "新しい 結果")
}
