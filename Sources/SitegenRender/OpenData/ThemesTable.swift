import SitegenSupport
import SitegenModel
import SitegenContent

/// themes.csv: one row per 戦略テーマ, in number order.
enum ThemesTable {
    static let name = "themes"

    static func make(_ texts: LanguageTexts) -> CSVTable {
        let base = texts.base
        var fields: [CSVField<Theme>] = [
            .identifier("id", title: "戦略テーマID", description: "戦略テーマの識別子（英小文字）。") { $0.id },
            CSVField(column: DataColumn(name: "number", title: "戦略テーマ番号", description: "戦略テーマの番号（①なら1）。", type: .integer, required: true),
                     value: { String($0.number) }),
        ]
        fields += texts.fields("title", title: "戦略テーマ名", description: "戦略テーマの名前。", required: true) { site, theme in
            site.theme(id: theme.id)?.title
        }
        fields += texts.fields("summary", title: "戦略テーマの説明", description: "戦略テーマの説明文。ないときは空欄。") { site, theme in
            site.theme(id: theme.id)?.summary
        }
        fields.append(CSVField(
            column: DataColumn(name: "initiative_count", title: "重点取組の数", description: "この戦略テーマに属する重点取組の数。", type: .integer, unit: "件", required: true),
            value: { String(base.initiatives(inTheme: $0.id).count) }))
        fields += PageURLFields.make(texts) { SitePaths.theme($0.id) }
        return CSVTable(
            name: name, title: "戦略テーマ一覧",
            description: "戦略テーマ（①～④）の一覧。1行に1つの戦略テーマ。番号順。",
            easyTitle: "テーマの いちらん", easyDescription: "4つの テーマの なまえです。",
            fields: fields, primaryKey: ["id"], foreignKeys: [], rows: base.themes.sorted { $0.number < $1.number })
    }
}

/// `url`, `url_easy` …: the absolute address of a row's page in every language.
enum PageURLFields {
    static func make<Row>(_ texts: LanguageTexts, page: @escaping @Sendable (Row) -> String) -> [CSVField<Row>] {
        let baseURL = texts.base.report.baseURL
        return texts.bundle.sites.enumerated().map { index, site in
            let language = site.language
            let name = index == 0 ? "url" : LanguageTexts.columnName("url", language: language)
            return CSVField(
                column: DataColumn(name: name, title: "ページのURL（\(language.name)）",
                                   description: "このサイトの該当ページの絶対URL（\(language.name)）。", type: .string, required: true),
                value: { OpenDataPaths.pageURL(base: baseURL, page: page($0), language: language) })
        }
    }
}
