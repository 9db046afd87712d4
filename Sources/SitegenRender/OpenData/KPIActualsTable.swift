import SitegenSupport
import SitegenModel
import SitegenContent

/// kpi_actuals.csv: one row per reported actual value of a KPI.
enum KPIActualsTable {
    static let name = "kpi_actuals"

    struct Row {
        let initiative: Initiative
        let kpi: KPI
        let actual: KPI.Actual
        let position: Int
    }

    static func make(_ texts: LanguageTexts) -> CSVTable {
        let fields: [CSVField<Row>] = [
            .initiativeID { $0.initiative.id },
            .identifier("kpi_id", title: "目標・指標ID", description: "目標・指標の識別子（kpis.csv の kpi_id）。") { $0.kpi.id },
            .position("position", title: "順番", description: "この目標・指標の実績の中での順番（日付順、1から）。") { $0.position },
            CSVField(column: DataColumn(name: "date", title: "日付", description: "実績の日付（YYYY-MM-DD）。", type: .date, required: true),
                     value: { $0.actual.date.iso }),
            CSVField(column: DataColumn(name: "fiscal_year", title: "年度", description: "実績の日付が入る年度（西暦の開始年。4月から翌年3月まで）。実績は基準値の年度から報告書の年度までの複数の年度にまたがることがある。", type: .integer, required: true, minimum: 1989),
                     value: { String(FiscalYear(containing: $0.actual.date).startYear) }),
            CSVField(column: DataColumn(name: "value", title: "実績値", description: "実績値（数字だけ。書かれた桁数のまま）。単位は unit 列。", type: .number, required: true),
                     value: { JSONNumber.token($0.actual.value.text) }),
            CSVField(column: DataColumn(name: "unit", title: "単位", description: "実績値の単位。ないときは空欄。", type: .string),
                     value: { $0.kpi.unit }),
            CSVField(column: DataColumn(name: "note", title: "注記", description: "実績についての注記。ないときは空欄。", type: .string),
                     value: { $0.actual.note }),
        ]
        return CSVTable(
            name: name, title: "目標・指標の実績",
            description: "報告された目標・指標の実績値の全系列（複数の年度にまたがる）。1行に1つの実績。重点取組番号、目標・指標の順、日付順。",
            easyTitle: "もくひょうの けっか", easyDescription: "とちゅうで はかった 数です。",
            fields: fields, primaryKey: ["initiative_id", "kpi_id", "position"],
            foreignKeys: [.init(fields: ["initiative_id", "kpi_id"], resource: KPIsTable.name, referencedFields: ["initiative_id", "kpi_id"])],
            rowsOf: { initiative in
                initiative.kpis.flatMap { kpi in
                    kpi.actuals.enumerated().map {
                        Row(initiative: initiative, kpi: kpi, actual: $0.element, position: $0.offset + 1)
                    }
                }
            })
    }
}
