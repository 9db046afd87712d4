import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender

/// The data page and the initiative pages' data links are written as bytes: every text in them,
/// from the catalog or the strings file, is escaped on the way in (addresses and ids too).
@Suite struct DataPageHTMLTests {
    private static let hostile = "<b>&\"'"
    private static let escaped = "&lt;b&gt;&amp;&quot;&#39;"

    private static func catalog() -> DataCatalog {
        let column = DataColumn(name: "id" + hostile, title: "列" + hostile, description: "説明" + hostile, type: .string, unit: "件" + hostile)
        let file = DataFile(path: "data/t" + hostile + ".csv", url: "https://dx.city.test/data/t.csv", format: "CSV" + hostile,
                            mediaType: "text/csv", byteSize: 100, rowCount: 3, title: "表" + hostile, description: "中身" + hostile,
                            easyTitle: "ひょう" + hostile, easyDescription: "なかみ" + hostile, columns: [column], primaryKey: ["id" + hostile])
        return DataCatalog(title: "データ", description: "説明" + hostile, easyDescription: "せつめい" + hostile, publisher: "区",
                           fiscalYear: 2024, fiscalYearLabel: "令和6年度", asOf: nil, license: DataLicense(spdx: "LicenseRef-" + hostile),
                           attributionExample: "加工" + hostile, attributionUnmodified: "出典" + hostile, files: [file], initiatives: [])
    }

    private static func page(easy: Bool, strings: FrameStrings? = nil) -> String {
        let site = OpenDataFixture.site(easy: easy, asOf: CalendarDate(year: 2024, month: 4, day: 1)!)
        let words = strings ?? (easy ? ThemeStringsFixture.easy : ThemeStringsFixture.standard)
        return DataPageHTML.page(catalog: catalog(), site: site, strings: words, pagePath: easy ? "easy/data/index.html" : "data/index.html").markup
    }

    @Test func everyTextOfTheStandardDataPageIsEscaped() {
        let html = Self.page(easy: false)
        let e = Self.escaped
        #expect(!html.contains("<b>") && !html.contains("&\"") && !html.contains("'"))
        #expect(html.hasPrefix("<p class=\"lead\">説明\(e)</p>\n"))
        #expect(html.contains("<tr><th scope=\"row\"><a href=\"t\(e).csv\">t\(e).csv</a></th><td>CSV\(e)</td><td>100バイト</td>"
            + "<td>3行</td><td>表\(e)。中身\(e) <a href=\"#columns-t\(e)-csv\">項目の説明</a></td></tr>\n"))
        #expect(html.contains("<p>これらのデータは LicenseRef-\(e)(LicenseRef-\(e))で提供します。"))
        #expect(html.contains("<li>そのまま使う場合: <q>出典\(e)</q></li>\n<li>加工して使う場合: <q>加工\(e)</q></li>"))
        #expect(html.contains("<h3 id=\"columns-t\(e)-csv\">t\(e).csv(表\(e))</h3>\n<p>主キー: <code>id\(e)</code></p>\n"
            + "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"columns-t\(e)-csv\" tabindex=\"0\">\n<table>\n<caption>t\(e).csv の項目</caption>"))
        #expect(html.contains("<tr><th scope=\"row\"><code>id\(e)</code></th><td>列\(e)</td><td>string</td><td>件\(e)</td><td>説明\(e)</td></tr>\n"))
        #expect(html.hasSuffix("</tbody>\n</table>\n</div>\n</section>\n"))
    }

    @Test func everyTextOfTheEasyDataPageIsEscaped() {
        let html = Self.page(easy: true)
        let e = Self.escaped
        #expect(!html.contains("<b>") && !html.contains("&\"") && !html.contains("'"))
        #expect(html.hasPrefix("<p class=\"lead\">せつめい\(e)</p>\n"))
        #expect(html.contains("ひょう\(e)。なかみ\(e) <a href=\"../../data/#columns-t\(e)-csv\">"))
    }

    /// A file's size is the strings file's words, escaped as every other text of the page.
    @Test func theSizeWordsAreEscaped() throws {
        let standard = ThemeStringsFixture.standard
        var entries = standard.entries
        entries["dataPage.bytes"] = try FrameStrings.parse("{count}<B>&").get()
        let html = Self.page(easy: false, strings: FrameStrings(entries: entries))
        #expect(html.contains("<td>CSV\(Self.escaped)</td><td>100&lt;B&gt;&amp;</td>"))
    }

    @Test func theInitiativeDataLinksEscapeEveryText() {
        let hostile = Self.hostile, e = Self.escaped
        let links = InitiativeDataLinks(
            initiativeID: "x", jsonPath: "data/initiatives/x" + hostile + ".json", jsonURL: "https://dx.city.test/", jsonByteSize: 2048,
            tables: [.init(path: "data/k" + hostile + ".csv", title: "表" + hostile, column: "c" + hostile, value: "v" + hostile, rowCount: 2)])
        let site = OpenDataFixture.site(easy: false, asOf: CalendarDate(year: 2024, month: 4, day: 1)!)
        let html = DataPageHTML.initiativeLinks(links, site: site, strings: ThemeStringsFixture.standard,
                                                pagePath: "initiatives/x/index.html").markup
        #expect(html == "<ul class=\"data-links\">\n"
            + "<li><a href=\"../../data/initiatives/x\(e).json\">この取組のデータ</a>(プログラムで読むためのファイル。形式はJSON、大きさ2.0キロバイト)</li>\n"
            + "<li><a href=\"../../data/k\(e).csv\">k\(e).csv</a>: 表\(e)のうち、<code>c\(e)</code> が <code>v\(e)</code> の2行</li>\n"
            + "<li><a href=\"../../data/\">オープンデータの説明とライセンス</a></li>\n</ul>\n")
    }
}
