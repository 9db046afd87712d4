import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Links between pages (issue 17): every link of a Markdown text to a page of
/// the site is checked before anything is written, and links by id
/// (`initiative:online`) become the right relative URL in each language.
@Suite struct InternalLinkTests {
    static let aboutHead = "---\nid: about\ntitle: このサイトについて\n---\n"

    private func check(about body: String, _ more: [String: String?] = [:]) -> (bundle: SiteBundle?, diagnostics: [Diagnostic]) {
        var changes = more
        changes[Mini.about] = Self.aboutHead + body
        return MiniSite.check(MiniSite.files(replacing: changes))
    }

    @Test func linksToPagesThatExistPass() {
        let body = """
        [取組](initiative:online) [指標](initiative:online#kpis) [率](initiative:online#kpi-rate)
        [日程](initiative:online#schedule) [本文](initiative:online#details) [ネット](initiative:network#data)
        [このページ](page:about) [テーマ](theme:base) [一覧](site:kpis#kpi-outages) [用語](site:glossary#term-dx)
        [トップ](site:home#theme-service) [相対](../../initiatives/online/) [一覧へ](../../kpis/index.html#kpi-rate)
        [データ](../../data/kpis.csv) [図](../../charts/gantt-all.svg) [外](https://example.jp/x/) [メール](mailto:a@example.jp)
        [本文へ](#main) [やさしい版](../../easy/pages/about/)
        """
        let (bundle, d) = check(about: body)
        #expect(d.isEmpty, "\(d)")
        #expect(bundle != nil)
    }

    static let broken: [(name: String, body: String, expected: String, message: String, hint: String)] = [
        ("id of a deleted initiative", "説明は[こちら](initiative:gone)です。", "content/pages/about.md:5:4 E060",
         "重点取組「gone」がありません", "今ある重点取組の id: online, network"),
        ("misspelt id", "[取組](initiative:onlin)", "content/pages/about.md:5:1 E060",
         "重点取組「onlin」がありません", "「online」の書き間違いではありませんか"),
        ("id of a missing page", "\n\n[頁](page:contact)", "content/pages/about.md:7:1 E060", "ページ「contact」がありません", "about"),
        ("unknown site page", "[頁](site:faq)", "content/pages/about.md:5:1 E060", "サイトのページ「faq」がありません", "kpis"),
        ("root-absolute link", "一覧は [ここ](/initiatives/online/) です。", "content/pages/about.md:5:5 E061",
         "「/」で始まるリンク「/initiatives/online/」", "[リンクの文字](initiative:online)"),
        ("root-absolute link to a list page", "[一覧](/kpis/)", "content/pages/about.md:5:1 E061",
         "「/」で始まるリンク", "[リンクの文字](site:kpis)"),
        ("relative link to a renamed initiative", "[取組](../../initiatives/online-procedures/)", "content/pages/about.md:5:1 E060",
         "先のページはサイトにありません", "[リンクの文字](initiative:online-procedures)"),
        ("relative link to nothing", "[資料](../../files/report.pdf)", "content/pages/about.md:5:1 E060",
         "先のページやファイルはサイトにありません", "initiative:"),
        ("relative link above the site", "[上](../../../x/)", "content/pages/about.md:5:1 E060", "サイトの外", "initiative:"),
        ("fragment the page does not have", "[取組](initiative:online#nowhere)", "content/pages/about.md:5:1 E062",
         "「#nowhere」は、リンク先のページにありません", "#kpis"),
        ("section the page does not show", "[取組](initiative:network#schedule)", "content/pages/about.md:5:1 E062",
         "「#schedule」", "#kpis"),
        ("fragment on the same page", "[上へ](#top)", "content/pages/about.md:5:1 E062", "「#top」", "#main"),
        ("fragment of a relative link", "[率](../../kpis/#kpi-nope)", "content/pages/about.md:5:1 E062", "「#kpi-nope」", "#kpi-rate"),
        ("reference-style link", "[取組][r]\n\n[r]: initiative:gone", "content/pages/about.md:5:1 E060", "「gone」", "online"),
    ]

    @Test(arguments: broken.indices)
    func brokenLinksAreErrorsAtTheLink(_ index: Int) {
        let c = Self.broken[index]
        let (bundle, d) = check(about: c.body)
        #expect(MiniSite.summary(d) == [c.expected], "\(c.name): \(d)")
        #expect(d.first?.message.contains(c.message) == true, "\(c.name): \(d.first?.message ?? "")")
        #expect(d.first?.hint?.contains(c.hint) == true, "\(c.name): \(d.first?.hint ?? "")")
        #expect(bundle == nil)
    }

    @Test func renamingAnInitiativeBreaksTheLinksThatNameIt() {
        let (_, d) = check(about: "[取組](initiative:online)", [Mini.one: Mini.one("id: online", "id: online-service"),
                                                                 Mini.oneEasy: Mini.oneEasy("id: online", "id: online-service")])
        #expect(MiniSite.summary(d) == ["content/pages/about.md:5:1 E060"])
    }

    @Test func linksInInitiativeBodiesEasyFilesAndTheIntroductionArePlaced() {
        let (_, d) = MiniSite.check(MiniSite.files(replacing: [
            Mini.one: Mini.one("本文です。", "本文です。[関連](initiative:gone)"),
            Mini.oneEasy: MiniSite.easyInitiative1 + "\n[ほか](page:nope)\n",
            Mini.site: Mini.site("  license: CC-BY-4.0", "  license: CC-BY-4.0\n  introduction: |\n    はじめに。\n    くわしくは[取組](/initiatives/online/)へ。"),
        ]))
        #expect(MiniSite.summary(d) == [
            "content/initiatives/01-online.easy.md:16:1 E060",
            "content/initiatives/01-online.md:31:6 E060",
            "content/site.yaml:11:10 E061",
        ], "\(d)")
    }

    @Test func anEasyFileShowingTheStandardBodyIsNotReportedTwice() {
        // The easy file has no body of its own: the easy page shows the standard body.
        let easy = String(MiniSite.easyInitiative1[..<MiniSite.easyInitiative1.range(of: "やさしい ほんぶんです。")!.lowerBound])
        let (_, d) = MiniSite.check(MiniSite.files(replacing: [Mini.one: Mini.one("本文です。", "本文です。[関連](initiative:gone)"),
                                                              Mini.oneEasy: easy]))
        #expect(MiniSite.summary(d) == ["content/initiatives/01-online.md:31:6 E060"])
    }

    @Test func siteLinksParse() {
        #expect(SiteLink.parse("initiative:online#kpis") == SiteLink(target: .initiative("online"), fragment: "kpis"))
        #expect(SiteLink.parse("site:kpis")?.path == SitePaths.kpis)
        #expect(SiteLink.parse("https://example.jp/") == nil)
        #expect(SiteLink.parse("../initiatives/online/") == nil)
        let easy = Language(code: "easy", name: "やさしい日本語", path: "/easy/")
        #expect(SiteLink.parse("initiative:online#kpis")?.url(from: "easy/pages/about/index.html", in: easy) == "../../initiatives/online/#kpis")
        #expect(SiteLink.parse("site:home")?.url(from: "easy/initiatives/x/index.html", in: easy) == "../../")
    }

    // MARK: Built pages

    /// Resolves `href` from the page at `page` (output paths), as a browser would.
    private func target(of href: String, from page: String) -> String {
        let path = href.split(separator: "#", omittingEmptySubsequences: false)[0]
        return (LinkedPath.resolve(String(path), from: page) ?? "?") + (path.hasSuffix("/") || path.isEmpty ? "index.html" : "")
    }

    private func hrefs(_ html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func idLinksBecomeRelativeURLsInEachLanguage() throws {
        let tree = try TestTree(files: MiniSite.files(replacing: [
            Mini.about: Self.aboutHead + "[取組](initiative:online#kpis) [テーマ](theme:base) [一覧](site:kpis)\n",
            Mini.oneEasy: MiniSite.easyInitiative1 + "\n[ほかの とりくみ](initiative:network)\n",
            Mini.site: Mini.site("  license: CC-BY-4.0", "  license: CC-BY-4.0\n  introduction: |\n    [取組](initiative:online)"),
        ]))
        defer { tree.remove() }
        let report = BuildPipeline.run(tree.options())
        #expect(report.succeeded, "\(report.diagnostics)")
        let files = tree.snapshot()
        func html(_ path: String) -> String { String(decoding: files[path] ?? Data(), as: UTF8.self) }

        #expect(html("pages/about/index.html").contains(#"<a href="../../initiatives/online/#kpis">取組</a>"#))
        #expect(html("pages/about/index.html").contains(#"<a href="../../themes/base/">テーマ</a>"#))
        #expect(html("pages/about/index.html").contains(#"<a href="../../kpis/">一覧</a>"#))
        #expect(html("index.html").contains(#"<a href="initiatives/online/">取組</a>"#))
        // Every link by id lands on a page of the same language that the build wrote.
        let checks: [(page: String, href: String, lands: String)] = [
            ("pages/about/index.html", "../../initiatives/online/#kpis", "initiatives/online/index.html"),
            ("easy/pages/about/index.html", "../../initiatives/online/#kpis", "easy/initiatives/online/index.html"),
            ("easy/pages/about/index.html", "../../kpis/", "easy/kpis/index.html"),
            ("easy/initiatives/online/index.html", "../network/", "easy/initiatives/network/index.html"),
            ("easy/index.html", "initiatives/online/", "easy/initiatives/online/index.html"),
        ]
        for c in checks {
            #expect(hrefs(html(c.page)).contains(c.href), "\(c.page) has \(c.href)")
            #expect(target(of: c.href, from: c.page) == c.lands)
            #expect(files[c.lands] != nil, "\(c.lands) was built")
        }
        #expect(html("easy/initiatives/online/index.html").contains(#"id="kpis""#))
        #expect(!html("pages/about/index.html").contains("initiative:"))
    }

    @Test func aBrokenLinkStopsTheBuildAndLeavesThePreviousSite() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        #expect(BuildPipeline.run(tree.options()).succeeded)
        let before = tree.snapshot()
        try Data((Self.aboutHead + "[取組](initiative:gone)\n").utf8).write(to: tree.root.appendingPathComponent(Mini.about))
        let report = BuildPipeline.run(tree.options())
        #expect(MiniSite.summary(report.diagnostics.map {
            Diagnostic($0.code, $0.message, at: SourceLocation(path: String($0.location.path.dropFirst(tree.root.path.count + 1)),
                                                               line: $0.location.line, column: $0.location.column))
        }) == ["content/pages/about.md:5:1 E060"])
        #expect(tree.snapshot() == before)
    }
}
