import SitegenSupport
import SitegenModel
import SitegenContent

/// The body of the data page (standard and easy) and the per-initiative data
/// links, as HTML fragments for the page templates. Everything comes from the
/// `DataCatalog`, which is built from the bytes actually written.
package enum DataPageHTML {
    package static func page(catalog: DataCatalog, site: Site, pagePath: String) -> String {
        let easy = site.language.isEasy
        func link(_ path: String) -> String { Escape.html(SitePaths.relativeURL(from: pagePath, to: path)) }
        var html = ""
        html += "<p class=\"lead\">\(Escape.html(easy ? catalog.easyDescription : catalog.description))</p>\n"
        html += "<section aria-labelledby=\"data-files\">\n<h2 id=\"data-files\">\(easy ? "ダウンロードできるファイル" : "ファイルの一覧")</h2>\n"
        html += "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"data-files\" tabindex=\"0\">\n<table>\n"
        html += "<caption>\(easy ? "ファイルと中身" : "公開しているファイル" + (catalog.asOf.map { "(" + Escape.html($0.japanese) + "時点)" } ?? ""))</caption>\n"
        html += "<thead><tr><th scope=\"col\">\(easy ? "ファイル" : "ファイル")</th><th scope=\"col\">\(easy ? "かたち" : "形式")</th>"
            + "<th scope=\"col\">\(easy ? "大きさ" : "サイズ")</th><th scope=\"col\">\(easy ? "行の数" : "行数")</th>"
            + "<th scope=\"col\">\(easy ? "中身" : "内容")</th></tr></thead>\n<tbody>\n"
        for file in catalog.files {
            let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
            let title = easy ? file.easyTitle : file.title
            let description = easy ? file.easyDescription : file.description
            html += "<tr><th scope=\"row\"><a href=\"\(link(file.path))\">\(Escape.html(name))</a></th>"
            html += "<td>\(Escape.html(file.format))</td><td>\(byteLabel(file.byteSize))</td>"
            html += "<td>\(file.rowCount.map { "\($0)行" } ?? "―")</td>"
            html += "<td>\(Escape.html(title))。\(Escape.html(description))"
            if !file.columns.isEmpty {
                html += " <a href=\"#columns-\(anchor(file.path))\">\(easy ? "列の説明" : "項目の説明")</a>"
            }
            html += "</td></tr>\n"
        }
        html += "</tbody>\n</table>\n</div>\n</section>\n"

        html += "<section aria-labelledby=\"data-license\">\n<h2 id=\"data-license\">\(easy ? "つかうときの きまり" : "ライセンスとクレジット表示")</h2>\n"
        let license = catalog.license.url.map { "<a href=\"\(Escape.html($0))\" rel=\"license noopener\">\(Escape.html(catalog.license.title))</a>" }
            ?? Escape.html(catalog.license.title)
        html += easy
            ? "<p>このデータは、だれでも つかえます。きまりは \(license)(\(Escape.html(catalog.license.shortName)))です。</p>\n<p>つかうときは、どこから とったかを 書いてください。れい:</p>\n"
            : "<p>これらのデータは \(license)(\(Escape.html(catalog.license.shortName)))で提供します。利用するときは、出典を次の例のように表示してください。</p>\n"
        html += "<ul>\n<li>\(easy ? "そのまま つかうとき" : "そのまま使う場合"): <q>\(Escape.html(catalog.attributionUnmodified))</q></li>\n"
        html += "<li>\(easy ? "かえて つかうとき" : "加工して使う場合"): <q>\(Escape.html(catalog.attributionExample))</q></li>\n</ul>\n"
        html += "<p>\(Escape.html(catalog.csvFormatNote))</p>\n</section>\n"

        let tables = catalog.files.filter { !$0.columns.isEmpty }
        if !tables.isEmpty {
            html += "<section aria-labelledby=\"data-columns\">\n<h2 id=\"data-columns\">\(easy ? "CSVファイルの 列の説明" : "CSVファイルの項目")</h2>\n"
            for file in tables {
                let id = "columns-" + anchor(file.path)
                let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
                html += "<h3 id=\"\(id)\">\(Escape.html(name))(\(Escape.html(easy ? file.easyTitle : file.title)))</h3>\n"
                if !file.primaryKey.isEmpty {
                    html += "<p>\(easy ? "1行を きめる列" : "主キー"): <code>\(Escape.html(file.primaryKey.joined(separator: ", ")))</code></p>\n"
                }
                html += "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"\(id)\" tabindex=\"0\">\n<table>\n"
                html += "<caption>\(Escape.html(name)) \(easy ? "の列" : "の項目")</caption>\n"
                html += "<thead><tr><th scope=\"col\">\(easy ? "列の名前" : "列名")</th><th scope=\"col\">\(easy ? "日本語の名前" : "項目名")</th>"
                    + "<th scope=\"col\">\(easy ? "かたち" : "型")</th><th scope=\"col\">\(easy ? "単位" : "単位")</th>"
                    + "<th scope=\"col\">\(easy ? "説明" : "説明")</th></tr></thead>\n<tbody>\n"
                for column in file.columns {
                    html += "<tr><th scope=\"row\"><code>\(Escape.html(column.name))</code></th><td>\(Escape.html(column.title))</td>"
                    html += "<td>\(Escape.html(column.type.rawValue))</td><td>\(Escape.html(column.unit ?? "―"))</td>"
                    html += "<td>\(Escape.html(column.description))</td></tr>\n"
                }
                html += "</tbody>\n</table>\n</div>\n"
            }
            html += "</section>\n"
        }
        return html
    }

    /// The initiative page's links to its own rows.
    package static func initiativeLinks(_ links: InitiativeDataLinks, site: Site, pagePath: String) -> String {
        let easy = site.language.isEasy
        func link(_ path: String) -> String { Escape.html(SitePaths.relativeURL(from: pagePath, to: path)) }
        var html = "<ul class=\"data-links\">\n"
        // Citizens read this page: a format is named with what it is for.
        html += "<li><a href=\"\(link(links.jsonPath))\">\(easy ? "この取組の データ" : "この取組のデータ")</a>"
        html += easy
            ? "(コンピューターで 読む ための ファイルです。JSON という 形です。\(byteLabel(links.jsonByteSize)))</li>\n"
            : "(プログラムで読むためのファイル。形式はJSON、大きさ\(byteLabel(links.jsonByteSize)))</li>\n"
        for table in links.tables {
            let name = table.path.split(separator: "/").last.map(String.init) ?? table.path
            html += "<li><a href=\"\(link(table.path))\">\(Escape.html(name))</a>: "
            html += easy
                ? "<code>\(Escape.html(table.column))</code> が <code>\(Escape.html(table.value))</code> の \(table.rowCount)行"
                : "\(Escape.html(table.title))のうち、<code>\(Escape.html(table.column))</code> が <code>\(Escape.html(table.value))</code> の\(table.rowCount)行"
            html += "</li>\n"
        }
        html += "<li><a href=\"\(link(SitePaths.localized(SitePaths.data, site.language)))\">\(easy ? "データの 説明" : "オープンデータの説明とライセンス")</a></li>\n"
        return html + "</ul>\n"
    }

    /// 1234バイト / 12.3キロバイト, in words rather than B and KB; locale-independent.
    static func byteLabel(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes)バイト" }
        let tenths = (bytes * 10 + 512) / 1024
        return "\(tenths / 10).\(tenths % 10)キロバイト"
    }

    static func anchor(_ path: String) -> String {
        String(path.split(separator: "/").last ?? "").replacingOccurrences(of: ".", with: "-")
    }
}
