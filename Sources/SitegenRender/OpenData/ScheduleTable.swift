import SitegenSupport
import SitegenModel
import SitegenContent

/// schedule.csv: one row per bar or milestone of a 主なタスク; a task whose
/// timing is not published appears once with type `none` and empty dates, so
/// no task is lost and no timing is invented.
enum ScheduleTable {
    static let name = "schedule"

    enum Item {
        case bar(index: Int, ScheduleBar)
        case milestone(index: Int, ScheduleMilestone)
        case none

        var type: String {
            switch self {
            case .bar: "bar"
            case .milestone: "milestone"
            case .none: "none"
            }
        }
        /// Written positions (`Q1`, `2024-07`).
        var written: (from: String, to: String)? {
            switch self {
            case .bar(_, let bar): (bar.from.description, bar.to.description)
            case .milestone(_, let m): (m.at.description, m.at.description)
            case .none: nil
            }
        }
        /// The months covered. A milestone written as a quarter covers the whole
        /// quarter: the source gives no finer timing, so none is claimed.
        func months(in year: FiscalYear) -> (start: YearMonth, end: YearMonth)? {
            switch self {
            case .bar(_, let bar): (bar.startMonth, bar.endMonth)
            case .milestone(_, let m): ScheduleTable.months(of: m, in: year)
            case .none: nil
            }
        }
    }

    struct Row {
        let initiative: Initiative
        let task: ScheduleTask
        let taskPosition: Int
        let position: Int
        let item: Item
    }

    /// One initiative's rows: its tasks in order, each task's bars, then its milestones.
    static func rows(of initiative: Initiative) -> [Row] {
        initiative.schedule.enumerated().flatMap { taskIndex, task in
            var items = task.bars.enumerated().map { Item.bar(index: $0.offset, $0.element) }
            items += task.milestones.enumerated().map { Item.milestone(index: $0.offset, $0.element) }
            if items.isEmpty { items = [.none] }
            return items.enumerated().map {
                Row(initiative: initiative, task: task, taskPosition: taskIndex + 1, position: $0.offset + 1, item: $0.element)
            }
        }
    }

    static func months(of milestone: ScheduleMilestone, in year: FiscalYear) -> (start: YearMonth, end: YearMonth) {
        if case .quarter = milestone.at { return (milestone.at.start(in: year), milestone.at.end(in: year)) }
        return (milestone.month, milestone.month)
    }

    /// Fiscal quarter 1–4 of a month (April–June = 1), whichever fiscal year it is in.
    static func fiscalQuarter(_ month: YearMonth) -> Int { (month.month + 8) % 12 / 3 + 1 }

    static func make(_ texts: LanguageTexts) -> CSVTable {
        let year = texts.base.fiscalYear
        var fields: [CSVField<Row>] = [
            .initiativeID { $0.initiative.id },
            .identifier("task_id", title: "タスクID", description: "重点取組の中での主なタスクの識別子。") { $0.task.id },
            .position("task_position", title: "タスクの順番", description: "重点取組の中での主なタスクの順番（1から）。") { $0.taskPosition },
        ]
        fields += texts.fields("task", title: "主なタスク", description: "主なタスクの内容。", required: true) { site, row in
            texts.task(row.task.id, of: row.initiative.id, in: site)?.task
        }
        fields += [
            .position("position", title: "行の順番", description: "タスクの中での行の順番（1から。期間の棒、マイルストーンの順）。") { $0.position },
            CSVField(column: DataColumn(name: "type", title: "行の種類", description: "bar = 期間（棒）、milestone = マイルストーン（▲）、none = 時期が公表されていないタスク（日付は空欄）。", type: .string, required: true, allowedValues: ["bar", "milestone", "none"]),
                     value: { $0.item.type }),
        ]
        fields += texts.fields("label", title: "ラベル", description: "期間やマイルストーンに付いた説明。ないときは空欄。") { site, row in
            switch row.item {
            case .bar(let index, _): texts.bar(index, of: row.task.id, initiative: row.initiative.id, in: site)?.label
            case .milestone(let index, _): texts.milestone(index, of: row.task.id, initiative: row.initiative.id, in: site)?.label
            case .none: nil
            }
        }
        fields += [
            CSVField(column: DataColumn(name: "from", title: "開始（原表記）", description: "開始時期の書かれたとおりの表記（Q1～Q4 = 年度の四半期、または YYYY-MM）。", type: .string),
                     value: { $0.item.written?.from }),
            CSVField(column: DataColumn(name: "to", title: "終了（原表記）", description: "終了時期の書かれたとおりの表記。マイルストーンは開始と同じ。", type: .string),
                     value: { $0.item.written?.to }),
            CSVField(column: DataColumn(name: "start_date", title: "開始日", description: "開始月の1日（YYYY-MM-DD）。原資料は月または四半期単位のため日は月初とする。四半期で書かれたマイルストーンは四半期の初め。", type: .date),
                     value: { $0.item.months(in: year)?.start.firstDay.iso }),
            CSVField(column: DataColumn(name: "end_date", title: "終了日", description: "終了月の末日（YYYY-MM-DD）。原資料は月または四半期単位のため日は月末とする。四半期で書かれたマイルストーンは四半期の終わり。", type: .date),
                     value: { $0.item.months(in: year)?.end.lastDay.iso }),
            CSVField(column: DataColumn(name: "start_month", title: "開始月", description: "開始月（YYYY-MM）。", type: .yearmonth),
                     value: { $0.item.months(in: year)?.start.iso }),
            CSVField(column: DataColumn(name: "end_month", title: "終了月", description: "終了月（YYYY-MM）。", type: .yearmonth),
                     value: { $0.item.months(in: year)?.end.iso }),
            CSVField(column: DataColumn(name: "start_quarter", title: "開始四半期", description: "開始月の年度の四半期（4～6月 = 1、7～9月 = 2、10～12月 = 3、1～3月 = 4）。", type: .integer, minimum: 1, maximum: 4),
                     value: { $0.item.months(in: year).map { String(fiscalQuarter($0.start)) } }),
            CSVField(column: DataColumn(name: "end_quarter", title: "終了四半期", description: "終了月の年度の四半期（1～4）。", type: .integer, minimum: 1, maximum: 4),
                     value: { $0.item.months(in: year).map { String(fiscalQuarter($0.end)) } }),
            CSVField(column: DataColumn(name: "spans_years", title: "年度をまたぐ", description: "期間が年度の外にかかるとき true。", type: .boolean),
                     value: { row in
                         if case .bar(_, let bar) = row.item { return bar.spansYears ? "true" : "false" }
                         return nil
                     }),
            CSVField(column: DataColumn(name: "fiscal_year", title: "年度（西暦）", description: "計画の年度（西暦。4月から翌年3月）。", type: .integer, required: true),
                     value: { _ in String(year.startYear) }),
            CSVField(column: DataColumn(name: "fiscal_year_label", title: "年度（和暦）", description: "計画の年度の和暦表記。", type: .string, required: true),
                     value: { _ in year.label }),
        ]
        return CSVTable(
            name: name, title: "スケジュール",
            description: "重点取組の主なタスクの実施時期。1行に1つの期間（棒）またはマイルストーン。時期が公表されていないタスクは type が none で日付が空欄の1行。重点取組番号、タスクの順、行の順。",
            easyTitle: "よてい", easyDescription: "いつ なにを するかの よていです。",
            fields: fields, primaryKey: ["initiative_id", "task_id", "position"],
            foreignKeys: [.init(fields: ["initiative_id"], resource: InitiativesTable.name, referencedFields: ["id"])],
            rowsOf: rows(of:))
    }
}
