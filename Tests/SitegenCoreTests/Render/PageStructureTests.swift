import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Properties every produced page must have, whatever the content.
@Suite("Page structure")
struct PageStructureTests {
    private static func pages() throws -> [(path: String, html: String, inspector: HTMLInspector)] {
        try RenderFixture.renderSite().files.filter { $0.path.hasSuffix(".html") }.map {
            ($0.path, String(decoding: $0.data, as: UTF8.self), HTMLInspector([UInt8]($0.data)))
        }
    }

    @Test func producesEveryPageOfBothLanguages() throws {
        let paths = Set(try Self.pages().map(\.path))
        for prefix in ["", "easy/"] {
            for path in [SitePaths.home, SitePaths.kpis, SitePaths.schedule, SitePaths.background, SitePaths.glossary,
                         SitePaths.theme("service"), SitePaths.theme("work"), SitePaths.initiative("online-procedures"),
                         SitePaths.initiative("data-use"), SitePaths.initiative("ai"), SitePaths.page("about"), "404.html"] {
                #expect(paths.contains(prefix + path), "missing \(prefix + path)")
            }
        }
        #expect(!paths.contains(SitePaths.data), "no data page without its content")
    }

    @Test func inspectorSeesErrorsAndLinks() {
        let broken = HTMLInspector(Array("<!DOCTYPE html><html><head><title>t</title></head><body><p><b>x</i></p><a href=\"a/\">a</a></body></html>".utf8))
        #expect(!broken.errors.isEmpty)
        #expect(broken.hrefs == ["a/"])
        #expect(broken.title == "t")
    }

    @Test func parsesWithoutErrors() throws {
        for page in try Self.pages() {
            #expect(page.inspector.errors.isEmpty, "\(page.path): \(page.inspector.errors)")
        }
    }

    @Test func hasExactlyOneH1AndNoHeadingJumps() throws {
        for page in try Self.pages() {
            let headings = page.inspector.headings
            #expect(headings.filter { $0 == 1 }.count == 1, "\(page.path): \(headings)")
            #expect(headings.first == 1, "\(page.path)")
            for (previous, next) in zip(headings, headings.dropFirst()) {
                #expect(next <= previous + 1, "\(page.path): h\(previous) followed by h\(next)")
            }
        }
    }

    @Test func titlesAreUniquePerLanguage() throws {
        let pages = try Self.pages()
        for prefix in ["", "easy/"] {
            let titles = pages.filter { prefix.isEmpty ? !$0.path.hasPrefix("easy/") : $0.path.hasPrefix(prefix) }.map(\.inspector.title)
            #expect(Set(titles).count == titles.count, "\(titles)")
            #expect(titles.allSatisfy { $0.hasSuffix("令和6年度デジタル・ICT戦略 | 目黒区") })
        }
    }

    @Test func internalLinksResolveToProducedFiles() throws {
        let files = try RenderFixture.renderSite().files
        let produced = Set(files.map(\.path))
        let idsByFile = Dictionary(uniqueKeysWithValues: try Self.pages().map { ($0.path, Set($0.inspector.ids)) })
        var checked = 0
        for page in try Self.pages() where page.path.hasSuffix("index.html") {
            for href in page.inspector.hrefs where !href.contains("://") {
                let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                var target = page.path.split(separator: "/").dropLast().map(String.init)
                if !parts[0].isEmpty {
                    for component in parts[0].split(separator: "/") {
                        if component == ".." { _ = target.popLast() } else if component != "." { target.append(String(component)) }
                    }
                }
                var resolved = target.joined(separator: "/")
                if parts[0].isEmpty { resolved = page.path } else if parts[0].hasSuffix("/") || resolved.isEmpty {
                    resolved += (resolved.isEmpty ? "" : "/") + "index.html"
                }
                #expect(produced.contains(resolved), "\(page.path): \(href) → \(resolved)")
                checked += 1
                if parts.count == 2 {
                    #expect(idsByFile[resolved]?.contains(parts[1]) == true, "\(page.path): missing #\(parts[1]) in \(resolved)")
                }
            }
        }
        #expect(checked > 200, "the link check saw too few links to mean anything")
    }

    /// The furigana switch: on easy pages only, a checkbox with the switch role, on
    /// (checked) by default, named by its label, in the header; its script is a file.
    @Test func easyPagesHaveTheFuriganaSwitch() throws {
        let control = "<p class=\"furigana-switch\"><input type=\"checkbox\" id=\"furigana-switch\" role=\"switch\" checked>"
            + "<label for=\"furigana-switch\">ふりがな</label></p>"
        var easyPages = 0
        for page in try Self.pages() {
            let isEasy = page.path.hasPrefix("easy/")
            #expect(page.html.components(separatedBy: control).count - 1 == (isEasy ? 1 : 0), "\(page.path)")
            guard isEasy else { continue }
            easyPages += 1
            let header = page.html.components(separatedBy: "<header").dropFirst().first?.components(separatedBy: "</header>").first
            #expect(header?.contains(control) == true, "\(page.path)")
            // Relative to the page; absolute on the 404 page, which is served at any depth.
            let depth = page.path.split(separator: "/").count - 1
            let script = page.path.hasSuffix("404.html") ? "https://dx.city.test/" + SitePaths.furiganaScript
                : String(repeating: "../", count: depth) + SitePaths.furiganaScript
            let head = page.html.components(separatedBy: "</head>")[0]
            #expect(head.contains("<script src=\"\(script)\"></script>"), "\(page.path)")
        }
        #expect(easyPages > 5)
    }

    @Test func everyPageHasTheRequiredHead() throws {
        for page in try Self.pages() {
            let html = page.html
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">"), "\(page.path)")
            #expect(html.contains("<meta charset=\"utf-8\">"))
            #expect(html.contains("<meta name=\"viewport\""))
            #expect(html.contains("content=\"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; base-uri 'none'; form-action 'none'\""))
            #expect(html.contains("<a class=\"skip-link\" href=\"#main\">"))
            #expect(html.contains("<main id=\"main\""))
            // No inline script: easy pages load the theme's furigana switch, the KPI overview its
            // self-hosted sorting script (the page is complete without it); files the CSP allows.
            let scripts = html.components(separatedBy: "<script").count - 1
            let switchScripts = html.components(separatedBy: "assets/furigana-switch.js\"></script>").count - 1
            let sortScripts = html.components(separatedBy: "assets/table-sort.js\" defer></script>").count - 1
            #expect(switchScripts == (page.path.hasPrefix("easy/") ? 1 : 0), "\(page.path)")
            #expect(sortScripts == (page.path.hasSuffix("kpis/index.html") ? 1 : 0), "\(page.path)")
            #expect(scripts == switchScripts + sortScripts, "\(page.path)")
            #expect(!html.contains(" style="), "\(page.path)")
            #expect(page.inspector.attributes["name"]?.contains("description") == true, "\(page.path)")
            #expect(html.contains("creativecommons.org/licenses/by/4.0/"))
        }
    }

    @Test func linksAlternatesAndCanonical() throws {
        let pages = try Self.pages()
        let initiative = try #require(pages.first { $0.path == "initiatives/online-procedures/index.html" })
        #expect(initiative.html.contains("<link rel=\"canonical\" href=\"https://dx.city.test/initiatives/online-procedures/\">"))
        #expect(initiative.html.contains("<link rel=\"alternate\" hreflang=\"ja\" href=\"https://dx.city.test/initiatives/online-procedures/\">"))
        #expect(initiative.html.contains("<link rel=\"alternate\" hreflang=\"ja-x-easy\" href=\"https://dx.city.test/easy/initiatives/online-procedures/\">"))
        #expect(initiative.html.contains("<link rel=\"alternate\" hreflang=\"x-default\""))
        // The language switch goes to the same page in the other language.
        #expect(initiative.html.contains("<a href=\"../../easy/initiatives/online-procedures/\" lang=\"ja\">やさしい日本語</a>"))
        let easy = try #require(pages.first { $0.path == "easy/kpis/index.html" })
        #expect(easy.html.contains("<a href=\"../../kpis/\" lang=\"ja\">日本語</a>"))
        #expect(easy.html.contains("<link rel=\"stylesheet\" href=\"../../assets/style.css\">"))
    }

    @Test func showsTheFallbackNoticeOnlyWhereTheEasyTextIsMissing() throws {
        let notice = "このページは、やさしい日本語の版がまだありません。ふつうの日本語で表示しています。"
        for page in try Self.pages() {
            let expected = page.path == "easy/initiatives/ai/index.html"
            #expect(page.html.contains(notice) == expected, "\(page.path)")
        }
    }

    @Test func breadcrumbsMarkTheCurrentPage() throws {
        let page = try #require(try Self.pages().first { $0.path == "initiatives/data-use/index.html" })
        #expect(page.html.contains("<nav class=\"breadcrumbs\" aria-label=\"パンくずリスト\">"))
        #expect(page.html.contains("<li><span aria-current=\"page\">重点取組2 データ利活用の推進</span></li>"))
        #expect(page.html.contains("<li><a href=\"../../themes/work/\">戦略テーマ② 業務の効率化</a></li>"))
    }

    @Test func showsKPIValuesAndScheduleAsWritten() throws {
        let pages = try Self.pages()
        let first = try #require(pages.first { $0.path == "initiatives/online-procedures/index.html" }).html
        #expect(first.contains("<td data-label=\"目標\">60%</td>"), "the target as written, without an added 以上")
        #expect(first.contains("46%（令和5年度実績）"))
        #expect(first.contains("51.0%（<time datetime=\"2024-09-30\">2024年9月30日</time>時点）"))
        #expect(first.contains("<td data-label=\"目標\" class=\"kpi-table__sentence\">移行計画書の完成</td><td data-label=\"基準値（令和5年度実績）\">なし</td><td data-label=\"実績\">進行中</td>"))
        #expect(first.contains("<li>4～6月: 対象業務の洗出し</li><li>7～9月</li>"))
        #expect(first.contains("▲</span>1月: 口座振替登録オンライン化"))
        #expect(first.contains("<td colspan=\"2\">スケジュールの公表なし</td>"))
        #expect(first.contains("<li>※ 令和6年4月1日時点の数値</li>"))
        let second = try #require(pages.first { $0.path == "initiatives/data-use/index.html" }).html
        #expect(second.contains("<td data-label=\"目標\">2件</td>"))
        #expect(second.contains("2024年10月～2025年6月"))
        let home = try #require(pages.first { $0.path == "index.html" }).html
        #expect(home.contains("<time datetime=\"2024-04-01\">2024年4月1日（令和6年4月1日）</time>時点"))
        let background = try #require(pages.first { $0.path == "background/index.html" }).html
        #expect(background.contains("<h2 id=\"next-year\">令和6年度に向けて</h2>"))
    }

    @Test func insertsExtrasWhereGiven() throws {
        let extras = PageExtras(
            kpiChart: { _, initiative, kpi, _ in ChartFragment(HTML(rendered: "<figure class=\"chart\" id=\"c-\(initiative.id)-\(kpi.id)\"></figure>")) },
            initiativeGantt: { _, initiative, _ in ChartFragment(HTML(rendered: "<figure class=\"chart\" id=\"g-\(initiative.id)\"></figure>")) },
            overallGantt: { _, _, _ in ChartFragment(HTML(rendered: "<figure class=\"chart\" id=\"g-all\"></figure>")) },
            dataPage: { site, _ in HTML(rendered: "<p>データ \(site.language.code)</p>") },
            initiativeDataLinks: { _, initiative, path in HTML(rendered: "<p id=\"d-\(initiative.id)\">\(path)</p>") })
        let files = try RenderFixture.renderSite(extras: extras).files
        func page(_ path: String) throws -> String {
            String(decoding: try #require(files.first { $0.path == path }).data, as: UTF8.self)
        }
        let initiative = try page("easy/initiatives/online-procedures/index.html")
        #expect(initiative.contains("id=\"c-online-procedures-online-rate\""))
        #expect(initiative.contains("id=\"g-online-procedures\""))
        #expect(initiative.contains("<p id=\"d-online-procedures\">easy/initiatives/online-procedures/index.html</p>"))
        #expect(try page("schedule/index.html").contains("id=\"g-all\""))
        #expect(try page("easy/data/index.html").contains("<p>データ easy</p>"))
        #expect(try page("index.html").contains("<a href=\"data/\">オープンデータ</a>"))
    }
}
