import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Issue 18: the pages that list initiatives stay usable as a report grows. A report
/// that fits on a page keeps its one-page lists; a larger one is split by theme, then
/// into pages of `pagination.page_size` initiatives, with an index and a pager.
@Suite struct ListSplittingTests {
    // MARK: Layout

    @Test func pagesAreOfEvenSize() {
        let theme = Theme(id: "t", number: 1, title: "t", summary: nil)
        func sizes(_ count: Int, _ perPage: Int) -> [Int] {
            let initiatives = (1...max(1, count)).prefix(count).map { FixtureInitiativeStub.initiative($0, theme: "t") }
            return ListLayout.split(initiatives, of: theme, perPage: perPage).map(\.initiatives.count)
        }
        #expect(sizes(25, 20) == [13, 12])
        #expect(sizes(41, 20) == [14, 14, 13])
        #expect(sizes(20, 20) == [20])
        #expect(sizes(0, 20) == [0], "a theme without initiatives still has its page")
        let parts = ListLayout.split((1...7).map { FixtureInitiativeStub.initiative($0, theme: "t") }, of: theme, perPage: 3)
        #expect(parts.map(\.page) == [1, 2, 3] && parts.allSatisfy { $0.pageCount == 3 })
        #expect(parts.flatMap(\.initiatives).map(\.number) == Array(1...7), "in order, each once")
    }

    @Test func thePagerShowsTheEndsAndTheNeighbours() {
        #expect(ListLayout.pagerPages(current: 7, of: 125) == [1, nil, 5, 6, 7, 8, 9, nil, 125])
        #expect(ListLayout.pagerPages(current: 1, of: 2) == [1, 2])
        #expect(ListLayout.pagerPages(current: 3, of: 5) == [1, 2, 3, 4, 5])
        #expect(ListLayout.pagerPages(current: 1, of: 9) == [1, 2, 3, nil, 9])
        #expect(ListLayout.pagerPages(current: 9, of: 9) == [1, nil, 7, 8, 9])
    }

    @Test func pathsFollowHugosPagination() {
        #expect(SitePaths.listPart("schedule", theme: "service", page: 1) == "schedule/service/index.html")
        #expect(SitePaths.listPart("themes", theme: "service", page: 1) == SitePaths.theme("service"))
        #expect(SitePaths.listPart("kpis", theme: "service", page: 3) == "kpis/service/page/3/index.html")
    }

    // MARK: A report that fits

    @Test func aReportThatFitsKeepsItsOnePageLists() throws {
        let files = try RenderFixture.renderSite().files
        let pages = files.map(\.path)
        #expect(!pages.contains { $0.hasPrefix("schedule/") && $0 != "schedule/index.html" })
        #expect(!pages.contains { $0.hasPrefix("kpis/") && $0 != "kpis/index.html" })
        #expect(!pages.contains { $0.contains("/page/") })
        let schedule = try #require(files.first { $0.path == "schedule/index.html" }.map { String(decoding: $0.data, as: UTF8.self) })
        for id in ["online-procedures", "data-use", "ai"] { #expect(schedule.contains("initiatives/\(id)/")) }
        #expect(!schedule.contains("class=\"page-numbers\""))
    }

    // MARK: A report that is split

    /// 45 fixture initiatives (about 11 per theme) in pages of 5: three pages per theme.
    static let split: [OutputFile] = {
        let initiatives = FixtureGenerator.initiatives(count: 45)
        var files: [String: String] = [:]
        for file in FixtureContent.files(initiatives: initiatives) {
            files["content/" + file.path] = String(decoding: file.data, as: UTF8.self)
        }
        files["content/site.yaml"]! += "pagination:\n  page_size: 5\n"
        guard let tree = try? TestTree(files: files) else { return [] }
        defer { tree.remove() }
        return BuildPipeline.render(tree.options()).files ?? []
    }()

    static func text(_ path: String) -> String {
        split.first { $0.path == path }.map { String(decoding: $0.data, as: UTF8.self) } ?? ""
    }

    /// The initiative pages a page links to, by id.
    static func initiativeLinks(_ html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "href=\"[./]*initiatives/([^/\"]+)/(#[^\"]*)?\"")
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap {
            Range($0.range(at: 1), in: html).map { String(html[$0]) }
        }
    }

    @Test func eachInitiativeIsOnExactlyOnePageOfEachList() throws {
        let files = Self.split
        try #require(!files.isEmpty)
        let ids = FixtureGenerator.initiatives(count: 45).map(\.id)
        for language in ["", "easy/"] {
            for list in ["schedule", "kpis", "themes"] {
                let parts = files.filter { $0.path.hasPrefix(language + list + "/") && $0.path.hasSuffix("index.html")
                    && $0.path != language + list + "/index.html" }
                #expect(parts.count == 12, "\(language)\(list): 4 themes × 3 pages")
                var seen: [String: Int] = [:]
                for part in parts {
                    // Each page names an initiative once in its list (the Gantt's link and the heading's go to the same page).
                    for id in Set(Self.initiativeLinks(String(decoding: part.data, as: UTF8.self))) { seen[id, default: 0] += 1 }
                    #expect(part.data.count < 300_000, "\(part.path)")
                }
                for id in ids { #expect(seen[id] == 1, "\(language)\(list): \(id) on \(seen[id] ?? 0) pages") }
            }
        }
    }

    @Test func theListsFirstPageIsAnIndexOfEveryPage() {
        for language in ["", "easy/"] {
            for list in ["schedule", "kpis"] {
                let index = Self.text(language + list + "/index.html")
                #expect(Self.initiativeLinks(index).isEmpty, "\(language)\(list): the index links to pages, not initiatives")
                for theme in FixtureGenerator.themes.map(\.id) {
                    #expect(index.contains("href=\"\(theme)/\""))
                    #expect(index.contains("href=\"\(theme)/page/2/\"") && index.contains("href=\"\(theme)/page/3/\""))
                }
            }
        }
        #expect(Self.text("schedule/index.html").contains("1ページ5件までに分けて"))
        #expect(EasyFrameWordsTests.visibleText(Self.text("easy/schedule/index.html")).contains("1つのページには5こまで"))
    }

    @Test func thePagerLinksTheThemesPages() {
        let middle = Self.text("schedule/service/page/2/index.html")
        #expect(middle.contains("<nav class=\"page-numbers\" aria-label=\"ページ\">"))
        #expect(middle.contains("<a href=\"../../\" rel=\"prev\">前のページ</a>"))
        #expect(middle.contains("<a href=\"../3/\" rel=\"next\">次のページ</a>"))
        #expect(middle.contains("<span aria-current=\"page\">2</span>"))
        #expect(middle.contains("<h1>スケジュール　戦略テーマ① "), "named after its list and theme")
        #expect(middle.contains("（2／3ページ）</h1>"))
        let easy = Self.text("easy/themes/service/page/3/index.html")
        #expect(easy.contains("rel=\"prev\"") && !easy.contains("rel=\"next\""), "the last page has no next")
        #expect(!Self.text("themes/service/index.html").contains("rel=\"prev\""))
    }

    @Test func everyPageOfAPartHasItsOwnChartAndIsInTheSitemap() {
        let paths = Set(Self.split.map(\.path))
        let sitemap = Self.text("sitemap.xml")
        for language in ["", "easy/"] {
            for theme in FixtureGenerator.themes.map(\.id) {
                for page in 1...3 {
                    #expect(paths.contains(language + "charts/schedule/\(theme)/\(page).svg"))
                    for list in ["schedule", "kpis", "themes"] {
                        let path = SitePaths.listPart(list, theme: theme, page: page)
                        #expect(sitemap.contains("/" + language + String(path.dropLast("index.html".count)) + "</loc>"), "\(language)\(path)")
                    }
                }
                #expect(paths.contains(language + "charts/progress-summary/\(theme)/2.svg"))
            }
        }
        #expect(!paths.contains("charts/gantt-all.svg"), "no Gantt of the whole report when it is split")
    }

    /// Every page of a split theme counts the whole theme's KPIs (counted once per build), and
    /// draws a bar only for the KPIs of its own initiatives.
    @Test func eachPageOfASplitThemeCountsTheWholeTheme() throws {
        func description(_ path: String) -> String? {
            let html = Self.text(path)
            return html.range(of: #"<desc id="progress-service-desc">[^<]*</desc>"#, options: .regularExpression).map { String(html[$0]) }
        }
        let first = try #require(description("themes/service/index.html"))
        #expect(description("themes/service/page/2/index.html") == first)
        #expect(description("themes/service/page/3/index.html") == first)
        let kpis = FixtureGenerator.initiatives(count: 45).filter { $0.theme == "service" }.reduce(0) { $0 + $1.kpis.count }
        #expect(first.contains("：指標\(kpis)件"), "\(first)")
        // The bars link to the KPIs of the page's own initiatives only.
        let page2 = Self.text("themes/service/page/2/index.html")
        let figure = try #require(page2.range(of: #"<figure class="chart chart-progress-summary">[\s\S]*?</figure>"#, options: .regularExpression))
        let linked = Set(Self.initiativeLinks(String(page2[figure])))
        let listed = Set(Self.initiativeLinks(page2)).subtracting(linked)
        #expect(!linked.isEmpty && linked.isSubset(of: Set(Self.initiativeLinks(page2))))
        #expect(listed.isEmpty, "the summary and the list show the same initiatives: \(listed)")
    }

    @Test func theHomePageCountsInsteadOfListing() {
        for language in ["", "easy/"] {
            let home = Self.text(language + "index.html")
            #expect(Self.initiativeLinks(home).isEmpty, "\(language): no initiative listed or drawn on the home page")
            #expect(EasyFrameWordsTests.visibleText(home).contains(language.isEmpty ? "取組12件" : "取り組み 12こ"))
            #expect(home.contains("progress-summary"), "the summary keeps each theme's counts")
        }
    }
}

/// Minimal initiatives for the layout's unit tests.
enum FixtureInitiativeStub {
    static func initiative(_ number: Int, theme: String) -> Initiative {
        Initiative(id: "i\(number)", number: number, theme: theme, title: "取組\(number)", vision: [], summary: "",
                   kpis: [], schedule: [], notes: [], body: "", location: SourceLocation(path: "content/initiatives/i\(number).md"),
                   bodyStartLine: 1)
    }
}

/// `pagination.page_size` of site.yaml: each way to get it wrong is a diagnostic at its place.
@Suite struct PaginationSettingTests {
    /// The mini site with `lines` appended to site.yaml, and the line the first of them is on.
    static func check(_ lines: String, easy: String? = nil) -> (summary: [String], line: Int, bundle: SiteBundle?) {
        let line = MiniSite.siteYAML.filter { $0 == "\n" }.count + 1
        var changes: [String: String?] = ["content/site.yaml": MiniSite.siteYAML + lines]
        if let easy { changes["content/site.easy.yaml"] = easy }
        let result = MiniSite.check(MiniSite.files(replacing: changes))
        return (MiniSite.summary(result.diagnostics), line, result.bundle)
    }

    @Test func aWrittenSizeIsUsedAndTheDefaultIsTwenty() {
        let written = Self.check("pagination:\n  page_size: 5\n")
        #expect(written.summary.isEmpty)
        #expect(written.bundle?.sites.allSatisfy { $0.pageSize == 5 } == true, "both languages split alike")
        #expect(Self.check("").bundle?.sites.first?.pageSize == 20)
    }

    @Test func aSizeThatIsNotAWholeNumberInRangeIsE016AtTheValue() {
        for value in ["0", "51", "二十", "5.5", "[5]"] {
            let result = Self.check("pagination:\n  page_size: \(value)\n")
            #expect(result.summary == ["content/site.yaml:\(result.line + 1):14 E016"], "\(value)")
        }
    }

    @Test func anUnknownKeyIsW001AndPaginationInTheEasyFileIsE024() {
        let unknown = Self.check("pagination:\n  pagesize: 5\n")
        #expect(unknown.summary == ["content/site.yaml:\(unknown.line + 1):3 W001"])
        let easy = Self.check("", easy: "pagination:\n  page_size: 3\n")
        #expect(easy.summary == ["content/site.easy.yaml:2:3 E024"],
                "\(easy.summary)")
        #expect(easy.bundle?.sites.allSatisfy { $0.pageSize == 20 } != false)
    }
}
