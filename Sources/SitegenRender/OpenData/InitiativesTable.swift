import SitegenSupport
import SitegenModel
import SitegenContent

/// initiatives.csv: one row per 重点取組, in number order.
enum InitiativesTable {
    static let name = "initiatives"

    static func make(_ texts: LanguageTexts) -> CSVTable {
        let base = texts.base
        var fields: [CSVField<Initiative>] = [
            .identifier("id", title: "重点取組ID", description: "重点取組の識別子（英小文字・数字・ハイフン）。ページのURLにも使う。") { $0.id },
            CSVField(column: DataColumn(name: "number", title: "重点取組番号", description: "重点取組の番号。", type: .integer, required: true),
                     value: { String($0.number) }),
            .identifier("theme_id", title: "戦略テーマID", description: "属する戦略テーマの識別子（themes.csv の id）。") { $0.theme },
            CSVField(column: DataColumn(name: "theme_number", title: "戦略テーマ番号", description: "属する戦略テーマの番号。テーマが見つからないときは空欄。", type: .integer),
                     value: { initiative in base.theme(id: initiative.theme).map { String($0.number) } }),
        ]
        fields += texts.fields("title", title: "重点取組名", description: "重点取組の名前。", required: true) { site, initiative in
            texts.initiative(initiative.id, in: site)?.title
        }
        fields += texts.fields("summary", title: "概要", description: "重点取組の概要。") { site, initiative in
            texts.initiative(initiative.id, in: site)?.summary
        }
        fields += [
            CSVField(column: DataColumn(name: "kpi_count", title: "目標・指標の数", description: "この重点取組の目標・指標（kpis.csv の行）の数。", type: .integer, unit: "件", required: true),
                     value: { String($0.kpis.count) }),
            CSVField(column: DataColumn(name: "task_count", title: "主なタスクの数", description: "この重点取組の主なタスクの数。", type: .integer, unit: "件", required: true),
                     value: { String($0.schedule.count) }),
        ]
        fields += PageURLFields.make(texts) { SitePaths.initiative($0.id) }
        fields.append(CSVField(
            column: DataColumn(name: "data_url", title: "この重点取組のデータ（JSON）", description: "この重点取組だけのデータ（JSON）の絶対URL。", type: .string, required: true),
            value: { OpenDataPaths.absoluteURL(base: base.report.baseURL, path: OpenDataPaths.initiativeJSON($0.id)) }))
        return CSVTable(
            name: name, title: "重点取組一覧",
            description: "重点取組の一覧。1行に1つの重点取組。重点取組番号の順。",
            easyTitle: "とりくみの いちらん", easyDescription: "区が する とりくみの なまえと せつめいです。",
            fields: fields, primaryKey: ["id"],
            foreignKeys: [.init(fields: ["theme_id"], resource: ThemesTable.name, referencedFields: ["id"])],
            rowsOf: { [$0] })
    }
}
