import SitegenSupport
import SitegenModel
import SitegenContent

/// dx_vision.csv (めざす姿) and initiative_vision.csv (which 重点取組 cites which),
/// so a list of numbers never shares one cell.
enum VisionTables {
    static let visionName = "dx_vision"
    static let linkName = "initiative_vision"

    static func vision(_ texts: LanguageTexts) -> CSVTable {
        var fields: [CSVField<VisionItem>] = [
            CSVField(column: DataColumn(name: "number", title: "めざす姿の番号", description: "DXビジョンのめざす姿の番号（①なら1）。原資料にある番号だけ。", type: .integer, required: true),
                     value: { String($0.number) }),
        ]
        fields += texts.fields("text", title: "めざす姿", description: "めざす姿の文。", required: true) { site, item in
            site.visionItem(number: item.number)?.text
        }
        return CSVTable(
            name: visionName, title: "DXビジョンのめざす姿",
            description: "DXビジョンのめざす姿の一覧。1行に1つ。番号順。",
            easyTitle: "めざす すがた", easyDescription: "区が めざす すがたの 文です。",
            fields: fields, primaryKey: ["number"], foreignKeys: [],
            rows: texts.base.dxVision.sorted { $0.number < $1.number })
    }

    struct Link { let initiative: Initiative; let position: Int; let number: Int }

    static func links(_ texts: LanguageTexts) -> CSVTable {
        let fields: [CSVField<Link>] = [
            .initiativeID { $0.initiative.id },
            .position("position", title: "順番", description: "この重点取組の中で、めざす姿が書かれている順番（1から）。") { $0.position },
            CSVField(column: DataColumn(name: "vision_number", title: "めざす姿の番号", description: "この重点取組が目指すめざす姿の番号（dx_vision.csv の number）。", type: .integer, required: true),
                     value: { String($0.number) }),
        ]
        return CSVTable(
            name: linkName, title: "重点取組とめざす姿の対応",
            description: "どの重点取組がどのめざす姿を目指すか。1行に1つの組合せ。重点取組番号、書かれた順。",
            easyTitle: "とりくみと めざす すがた", easyDescription: "どの とりくみが どの すがたを めざすかを 書いています。",
            fields: fields, primaryKey: ["initiative_id", "position"],
            foreignKeys: [
                .init(fields: ["initiative_id"], resource: InitiativesTable.name, referencedFields: ["id"]),
                .init(fields: ["vision_number"], resource: visionName, referencedFields: ["number"]),
            ],
            rowsOf: { initiative in
                initiative.vision.enumerated().map { Link(initiative: initiative, position: $0.offset + 1, number: $0.element) }
            })
    }
}
