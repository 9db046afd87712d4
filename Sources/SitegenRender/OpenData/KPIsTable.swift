import SitegenSupport
import SitegenModel
import SitegenContent

/// kpis.csv: one row per 目標・指標 (KPI); figures without units, the unit in its own column.
enum KPIsTable {
    static let name = "kpis"

    struct Row {
        let initiative: Initiative
        let kpi: KPI
        let position: Int
        /// Its progress and grade, made once for the columns that show them.
        let assessment: KPIAssessment
    }

    /// One initiative's KPIs in the order they are written.
    static func rows(of initiative: Initiative, assessor: ProgressAssessor) -> [Row] {
        initiative.kpis.enumerated().map {
            Row(initiative: initiative, kpi: $0.element, position: $0.offset + 1, assessment: assessor.assess($0.element))
        }
    }

    static func make(_ texts: LanguageTexts) -> CSVTable {
        let base = texts.base
        let assessor = ProgressAssessor(site: base, strings: texts.strings)
        var fields: [CSVField<Row>] = [
            .initiativeID { $0.initiative.id },
            .identifier("kpi_id", title: "目標・指標ID", description: "重点取組の中での目標・指標の識別子。") { $0.kpi.id },
            .position("position", title: "順番", description: "重点取組の中での目標・指標の順番（1から）。") { $0.position },
        ]
        fields += texts.fields("label", title: "目標・指標", description: "目標・指標の名前。", required: true) { site, row in
            texts.kpi(row.kpi.id, of: row.initiative.id, in: site)?.label
        }
        fields += [
            CSVField(column: DataColumn(name: "kind", title: "種類", description: "number = 数値目標、milestone = 数値のない達成目標（status 列が進み具合）。", type: .string, required: true, allowedValues: KPI.Kind.allCases.map(\.rawValue)),
                     value: { $0.kpi.kind.rawValue }),
            CSVField(column: DataColumn(name: "unit", title: "単位", description: "target_value・baseline_value・latest_actual_value（と kpi_actuals.csv の value）の単位。単位がないときは空欄。", type: .string),
                     value: { $0.kpi.unit }),
            CSVField(column: DataColumn(name: "target_value", title: "目標値", description: "目標値（数字だけ。書かれた桁数のまま）。単位は unit 列。目標値がないときは空欄（0ではない）。", type: .number),
                     value: { $0.kpi.target.map { JSONNumber.token($0.value.text) } }),
            CSVField(column: DataColumn(name: "comparison", title: "目標の向き", description: "at_least = 目標値以上で達成、at_most = 目標値以内で達成（少ないほどよい）、equal = 目標値ちょうど。", type: .string, allowedValues: KPI.Comparison.allCases.map(\.rawValue)),
                     value: { $0.kpi.target?.comparison.rawValue }),
            CSVField(column: DataColumn(name: "comparison_label", title: "目標の向き（表示）", description: "目標値のあとに付ける語（以上・以内）。equal のときは空欄。", type: .string),
                     value: { $0.kpi.target.flatMap { $0.comparison.japaneseQualifier.isEmpty ? nil : $0.comparison.japaneseQualifier } }),
            CSVField(column: DataColumn(name: "target_decimals", title: "目標値の小数点以下の桁数", description: "目標値が書かれた小数点以下の桁数（90.00 なら 2）。表示の桁をそろえるために使う。", type: .integer, minimum: 0),
                     value: { $0.kpi.target.map { String($0.value.fractionDigits) } }),
            CSVField(column: DataColumn(name: "baseline_value", title: "現状値", description: "基準となる現状値（数字だけ）。単位は unit 列。ないときは空欄。", type: .number),
                     value: { $0.kpi.baseline.map { JSONNumber.token($0.value.text) } }),
            CSVField(column: DataColumn(name: "baseline_label", title: "現状値の時点", description: "現状値がいつのものか（原資料の表記。例：令和5年度実績）。", type: .string),
                     value: { $0.kpi.baseline?.label }),
            CSVField(column: DataColumn(name: "baseline_fiscal_year", title: "現状値の年度（西暦）", description: "現状値の時点の表記から読み取った年度（西暦。令和5年度なら2023）。読み取れないときは空欄。", type: .integer),
                     value: { $0.kpi.baseline.flatMap { FiscalYearLabelParser.fiscalYear(in: $0.label) }.map(String.init) }),
            CSVField(column: DataColumn(name: "baseline_note", title: "現状値の注記", description: "現状値についての注記。ないときは空欄。", type: .string),
                     value: { $0.kpi.baseline?.note }),
            CSVField(column: DataColumn(name: "latest_actual_value", title: "最新の実績値", description: "年度中に報告された最新の実績値（数字だけ）。ないときは空欄。すべての実績は kpi_actuals.csv。", type: .number),
                     value: { $0.kpi.actuals.last.map { JSONNumber.token($0.value.text) } }),
            CSVField(column: DataColumn(name: "latest_actual_date", title: "最新の実績の日付", description: "最新の実績値の日付（YYYY-MM-DD）。ないときは空欄。", type: .date),
                     value: { $0.kpi.actuals.last?.date.iso }),
            CSVField(column: DataColumn(name: "actual_count", title: "実績の数", description: "kpi_actuals.csv にあるこの目標・指標の実績の数。", type: .integer, unit: "件", required: true),
                     value: { String($0.kpi.actuals.count) }),
            CSVField(column: DataColumn(name: "status", title: "進み具合", description: "達成目標（kind = milestone）の進み具合。planned = 未着手、in_progress = 進行中、done = 完了。ないときは空欄。", type: .string, allowedValues: KPI.Status.allCases.map(\.rawValue)),
                     value: { $0.kpi.status?.rawValue }),
            CSVField(column: DataColumn(name: "status_label", title: "進み具合（表示）", description: "進み具合の日本語表記。", type: .string),
                     value: { $0.kpi.status?.japaneseLabel }),
            CSVField(column: DataColumn(name: "evaluation", title: "評価", description: "評価の記号（評価の尺度は initiatives.json の evaluation_scale）。ないときは空欄。", type: .string),
                     value: { $0.kpi.evaluation }),
            CSVField(column: DataColumn(name: "evaluation_label", title: "評価（表示）", description: "評価の記号の意味。", type: .string),
                     value: { row in row.kpi.evaluation.flatMap { base.evaluationLevel(code: $0)?.label } }),
        ] + progressFields(assessor)
        fields += texts.fields("note", title: "注記", description: "目標・指標の注記（算出方法など）。ないときは空欄。") { site, row in
            texts.kpi(row.kpi.id, of: row.initiative.id, in: site)?.note
        }
        return CSVTable(
            name: name, title: "目標・指標（KPI）一覧",
            description: "重点取組ごとの目標・指標。1行に1つの目標・指標。重点取組番号、書かれた順。数値は単位を除いた数字だけで、単位は unit 列。空欄は値がないことを表す（0ではない）。",
            easyTitle: "もくひょうの いちらん", easyDescription: "とりくみの もくひょうと、いまの 数です。",
            fields: fields, primaryKey: ["initiative_id", "kpi_id"],
            foreignKeys: [.init(fields: ["initiative_id"], resource: InitiativesTable.name, referencedFields: ["id"])],
            rowsOf: { rows(of: $0, assessor: assessor) })
    }

    /// The computed progress and the grade shown on the pages (the ward's own, else computed).
    static func progressFields(_ assessor: ProgressAssessor) -> [CSVField<Row>] {
        @Sendable func progress(_ row: Row) -> KPIProgress? { row.assessment.outcome.progress }
        return [
            CSVField(column: DataColumn(name: "progress_percent", title: "進み具合（%）", description: "最新の実績が、基準値（ないときは0）から目標値までの何%の位置か（sitegen が公表された数値から計算。四捨五入した整数。目標を超えると100より大きく、基準値より悪いと負）。計算しないとき（実績がない、目標と基準値の数える範囲が違う、目標が基準値と同じなど）は空欄。", type: .integer),
                     value: { progress($0).map { String($0.percent) } }),
            CSVField(column: DataColumn(name: "expected_progress_percent", title: "見込みの進み具合（%）", description: "最新の実績の日までに進んでいるはずの位置（基準値の日から目標の日までを日数で割り振る。0〜100）。progress_percent が空欄のときは空欄。", type: .integer, minimum: 0, maximum: 100),
                     value: { progress($0).map { String($0.expectedPercent) } }),
            CSVField(column: DataColumn(name: "grade", title: "評価（ページの表示）", description: "ページに表示する評価の記号。区が付けた評価（evaluation）があればそれ、なければ sitegen が評価の決め方（initiatives.json の site.evaluation_rule）で計算したもの（出どころは grade_source、決め方を決めたのは grade_rule）。評価がないときは空欄（実績のない目標・指標には付けない）。", type: .string),
                     value: { $0.assessment.level?.code }),
            CSVField(column: DataColumn(name: "grade_label", title: "評価の意味", description: "grade の記号の意味。", type: .string),
                     value: { $0.assessment.level.flatMap { $0.label.isEmpty ? nil : $0.label } }),
            CSVField(column: DataColumn(name: "grade_source", title: "評価の出どころ", description: "ward = 区による評価（evaluation）、computed = 公表された数値から sitegen が計算した評価（どの決め方かは grade_rule）。grade が空欄のときは空欄。", type: .string, allowedValues: ["ward", "computed"]),
                     value: { row in
                         switch row.assessment.grade {
                         case .ward: "ward"
                         case .computed: "computed"
                         case nil: nil
                         }
                     }),
            CSVField(column: DataColumn(name: "grade_rule", title: "評価の決め方を決めたもの", description: "grade_source が computed のとき、計算に使った決め方を決めたもの。ward = 区が決めた決め方、site = このサイトが決めた決め方（区の報告書にない決め方で、その grade は区の評価ではなく、このサイトの決め方による目安）、default = sitegen の既定の決め方。grade_source が computed でないときは空欄。", type: .string, allowedValues: EvaluationRule.Origin.allCases.map(\.rawValue)),
                     value: { row in
                         guard case .computed = row.assessment.grade else { return nil }
                         return assessor.rule.origin.rawValue
                     }),
        ]
    }
}
