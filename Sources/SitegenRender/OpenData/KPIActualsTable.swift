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
            CSVField(column: DataColumn(name: "initiative_id", title: "重点取組ID", description: "重点取組の識別子（initiatives.csv の id）。", type: .string, required: true),
                     value: { $0.initiative.id }),
            CSVField(column: DataColumn(name: "kpi_id", title: "目標・指標ID", description: "目標・指標の識別子（kpis.csv の kpi_id）。", type: .string, required: true),
                     value: { $0.kpi.id }),
            CSVField(column: DataColumn(name: "position", title: "順番", description: "この目標・指標の実績の中での順番（日付順、1から）。", type: .integer, required: true, minimum: 1),
                     value: { String($0.position) }),
            CSVField(column: DataColumn(name: "date", title: "日付", description: "実績の日付（YYYY-MM-DD）。", type: .date, required: true),
                     value: { $0.actual.date.iso }),
            CSVField(column: DataColumn(name: "value", title: "実績値", description: "実績値（数字だけ。書かれた桁数のまま）。単位は unit 列。", type: .number, required: true),
                     value: { JSONNumber.token($0.actual.value.text) }),
            CSVField(column: DataColumn(name: "unit", title: "単位", description: "実績値の単位。ないときは空欄。", type: .string),
                     value: { $0.kpi.unit }),
            CSVField(column: DataColumn(name: "note", title: "注記", description: "実績についての注記。ないときは空欄。", type: .string),
                     value: { $0.actual.note }),
        ]
        let rows = KPIsTable.rows(texts.base).flatMap { row in
            row.kpi.actuals.enumerated().map {
                Row(initiative: row.initiative, kpi: row.kpi, actual: $0.element, position: $0.offset + 1)
            }
        }
        return CSVTable(
            name: name, title: "目標・指標の実績",
            description: "年度中に報告された目標・指標の実績値。1行に1つの実績。重点取組番号、目標・指標の順、日付順。",
            easyTitle: "もくひょうの けっか", easyDescription: "とちゅうで はかった 数です。",
            fields: fields, primaryKey: ["initiative_id", "kpi_id", "position"],
            foreignKeys: [.init(fields: ["initiative_id", "kpi_id"], resource: KPIsTable.name, referencedFields: ["initiative_id", "kpi_id"])],
            rows: rows)
    }
}
