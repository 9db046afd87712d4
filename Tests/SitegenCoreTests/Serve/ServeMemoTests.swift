import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// What `sitegen serve`'s memos key on (`PageMemo`, `PublishingMemo`, `InitiativeStamps`):
/// each test edits something a kept page, sitemap or feed entry shows only indirectly, and
/// the site must end as a fresh build of the edited content. A memo that leaves that
/// input out hands out the old file, and the test fails.
@Suite struct ServeMemoTests {
    typealias Session = IncrementalRebuildTests.Session

    /// Writes each edit (nil removes the file), rebuilds, and compares the whole output with
    /// a fresh build of the same files; returns the fresh build's files of the last step.
    @discardableResult
    static func expectFreshBuilds(from start: [String: String], edits: [[String: String?]]) async throws -> [String: Data] {
        let session = try await Session(files: start)
        var current = start
        var last: [String: Data] = [:]
        for (step, edit) in edits.enumerated() {
            for (path, text) in edit {
                current[path] = text
                if let text { try session.write(path, text) } else { try FileManager.default.removeItem(atPath: session.tree.path(path)) }
            }
            #expect(await session.rebuild().result.succeeded, "step \(step)")
            let fresh = try TestTree(files: current)
            defer { fresh.remove() }
            #expect(BuildPipeline.run(fresh.options()).succeeded, "step \(step)")
            let (got, want) = (session.tree.snapshot(), fresh.snapshot())
            #expect(got.keys.sorted() == want.keys.sorted(), "step \(step)")
            for (file, bytes) in want where got[file] != bytes { Issue.record("step \(step): \(file) differs from a fresh build") }
            last = want
        }
        return last
    }

    static func text(_ files: [String: Data], _ path: String) -> String {
        files[path].map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// MiniSite split into pages of one initiative, optionally without `as_of`.
    static func split(dated: Bool = true) -> [String: String] {
        var files = MiniSite.files
        var site = MiniSite.siteYAML + "pagination:\n  page_size: 1\n"
        if !dated { site = site.replacingOccurrences(of: "  as_of: 2024-10-01\n", with: "") }
        files["content/site.yaml"] = site
        return files
    }

    /// A row of the KPI list is anchored `kpi-<id>` when its initiative is the first to use the
    /// KPI's id, else `kpi-<initiative>-<id>`: another initiative taking the id first changes the
    /// page of an initiative that did not change.
    @Test func aKPIListPageFollowsWhoFirstUsesItsKPIIds() async throws {
        let sharedID = MiniSite.initiative1.replacingOccurrences(of: "  - id: plan\n", with: "  - id: outages\n")
        let fresh = try await Self.expectFreshBuilds(from: Self.split(), edits: [["content/initiatives/01-online.md": sharedID]])
        #expect(Self.text(fresh, "kpis/base/index.html").contains("id=\"kpi-network-outages\""))
    }

    /// A page of a split list (theme, schedule, KPI list) shows each of its initiatives' rows: its
    /// title, its KPIs' values, grades and statuses, and its theme's name. Each edit reaches the
    /// pages that show it, in both languages, and no kept page keeps an old row.
    @Test func splitListPagesFollowEachRowsTitleKPIsAndTheme() async throws {
        let retitled = MiniSite.initiative1.replacingOccurrences(of: "title: 行政手続のオンライン化", with: "title: 手続のデジタル化")
        let regraded = retitled.replacingOccurrences(of: "{ date: 2024-09-30, value: 51.5 }", with: "{ date: 2024-09-30, value: 58.5 }")
            .replacingOccurrences(of: "    evaluation: B\n", with: "    evaluation: A\n")
        let done = regraded.replacingOccurrences(of: "status: in_progress", with: "status: done")
        #expect(Set([MiniSite.initiative1, retitled, regraded, done]).count == 4)
        var renamedTheme = Self.split()
        renamedTheme["content/site.yaml"] = try #require(renamedTheme["content/site.yaml"])
            .replacingOccurrences(of: "title: サービスの提供", with: "title: 行政サービスの提供")
        let fresh = try await Self.expectFreshBuilds(from: Self.split(), edits: [
            ["content/initiatives/01-online.md": retitled],
            ["content/initiatives/01-online.md": regraded],
            ["content/initiatives/01-online.md": done],
            ["content/site.yaml": renamedTheme["content/site.yaml"]],
        ])
        for list in ["themes", "schedule", "kpis"] {
            #expect(Self.text(fresh, "\(list)/service/index.html").contains("手続のデジタル化"), "\(list)")
            #expect(Self.text(fresh, "\(list)/service/index.html").contains("行政サービスの提供"), "\(list)")
        }
        #expect(Self.text(fresh, "kpis/service/index.html").contains("58.5"))
    }

    /// A list page shows its initiatives in its own language: an edit of the easy text alone
    /// reaches the easy lists, an edit of the standard text alone the standard ones (and the
    /// easy ones of an initiative without an easy text, which show the standard text).
    @Test func listPagesFollowTheirOwnLanguagesText() async throws {
        let easyTitle = MiniSite.easyInitiative1.replacingOccurrences(of: "title: ", with: "title: あたらしい ")
        let standardTitle = MiniSite.initiative2.replacingOccurrences(of: "title: ", with: "title: ミライ ")
        let fresh = try await Self.expectFreshBuilds(from: Self.split(), edits: [
            ["content/initiatives/01-online.easy.md": easyTitle],
            ["content/initiatives/02-network.md": standardTitle],
        ])
        #expect(Self.text(fresh, "easy/themes/service/index.html").contains("あたらしい"))
        #expect(Self.text(fresh, "easy/schedule/base/index.html").contains("ミライ"))
    }

    /// An initiative page shows its initiative in its own language and the size of its JSON,
    /// which holds every language's texts: a longer easy summary changes the standard page.
    @Test func anInitiativePageFollowsItsJSONsSize() async throws {
        let longer = MiniSite.easyInitiative1.replacingOccurrences(
            of: "summary: ", with: "summary: " + String(repeating: "ながい せつめいです。", count: 60))
        let fresh = try await Self.expectFreshBuilds(from: MiniSite.files, edits: [["content/initiatives/01-online.easy.md": longer]])
        let before = try TestTree(files: MiniSite.files)
        defer { before.remove() }
        #expect(BuildPipeline.run(before.options()).succeeded)
        #expect(before.snapshot()["initiatives/online/index.html"] != fresh["initiatives/online/index.html"])
    }

    /// The index of a split KPI list is dated by the newest actual of the whole report (a report
    /// without `as_of`): an actual added to any initiative changes it.
    @Test func theIndexOfASplitKPIListShowsTheNewestActual() async throws {
        let actual = MiniSite.initiative2.replacingOccurrences(
            of: "    target: { value: 0, comparison: at_most }\n",
            with: "    target: { value: 0, comparison: at_most }\n    actuals:\n      - { date: 2024-12-01, value: 3 }\n")
        let fresh = try await Self.expectFreshBuilds(from: Self.split(dated: false),
                                                     edits: [["content/initiatives/02-network.md": actual]])
        #expect(Self.text(fresh, "kpis/index.html").contains("2024年12月1日"))
    }

    /// Every page links the feed only when the language has dated updates; a report that states
    /// no `as_of` has them only through actuals, so removing the last one changes every page.
    @Test func everyPageFollowsWhetherAnUndatedReportHasAFeed() async throws {
        var start = MiniSite.files
        start["content/site.yaml"] = MiniSite.siteYAML.replacingOccurrences(of: "  as_of: 2024-10-01\n", with: "")
        let withoutActual = MiniSite.initiative1.replacingOccurrences(of: "    actuals:\n      - { date: 2024-09-30, value: 51.5 }\n", with: "")
        #expect(withoutActual != MiniSite.initiative1)
        let fresh = try await Self.expectFreshBuilds(from: start, edits: [["content/initiatives/01-online.md": withoutActual]])
        #expect(fresh["feed.xml"] == nil && !Self.text(fresh, "initiatives/network/index.html").contains("feed.xml"))
    }

    /// Pages that show nothing of the initiatives are kept by language and name: two free pages
    /// stay two pages, and an edit of one (or of the glossary) reaches its page.
    @Test func freePagesAndTheGlossaryFollowTheirFiles() async throws {
        var start = MiniSite.files
        start["content/pages/policy.md"] = "---\nid: policy\ntitle: 方針\n---\n方針です。\n"
        let fresh = try await Self.expectFreshBuilds(from: start, edits: [
            ["content/pages/about.md": "---\nid: about\ntitle: このサイトについて\n---\n新しい説明です。\n"],
            ["content/glossary.yaml": "- { term: DX, reading: ディーエックス, text: デジタル技術による大きな変革 }\n"],
        ])
        #expect(Self.text(fresh, "pages/policy/index.html").contains("方針です。"))
        #expect(Self.text(fresh, "pages/about/index.html").contains("新しい説明です。"))
        #expect(Self.text(fresh, "glossary/index.html").contains("大きな変革"))
    }

    /// A feed entry shows its initiative's title; the sitemap lists every page, so a new
    /// initiative (and its removal) changes it.
    @Test func theFeedAndTheSitemapFollowTheInitiatives() async throws {
        let third = MiniSite.initiative2.replacingOccurrences(of: "id: network", with: "id: cloud")
            .replacingOccurrences(of: "number: 2", with: "number: 3")
        let retitled = MiniSite.initiative1.replacingOccurrences(of: "title: 行政手続のオンライン化", with: "title: 手続のデジタル化")
        let fresh = try await Self.expectFreshBuilds(from: MiniSite.files, edits: [
            ["content/initiatives/01-online.md": retitled],
            ["content/initiatives/03-cloud.md": third],
        ])
        #expect(Self.text(fresh, "feed.xml").contains("手続のデジタル化"))
        #expect(Self.text(fresh, "sitemap.xml").contains("initiatives/cloud/"))
        try await Self.expectFreshBuilds(from: MiniSite.files(replacing: ["content/initiatives/03-cloud.md": third]),
                                         edits: [["content/initiatives/03-cloud.md": nil]])
    }

    /// The home page's progress summary counts every theme's KPIs by grade and, while the report
    /// fits on one page, draws each KPI with its initiative's number and title: a grade, a title
    /// and a theme changed elsewhere must reach it.
    @Test func theHomeSummaryFollowsGradesTitlesAndThemes() async throws {
        let graded = MiniSite.initiative1.replacingOccurrences(of: "    evaluation: B\n", with: "    evaluation: A\n")
        let retitled = MiniSite.initiative2.replacingOccurrences(of: "title: ネットワークの再構築", with: "title: 通信網の再構築")
        let moved = MiniSite.initiative2.replacingOccurrences(of: "theme: base", with: "theme: service")
        #expect(graded != MiniSite.initiative1)
        let fresh = try await Self.expectFreshBuilds(from: MiniSite.files, edits: [
            ["content/initiatives/01-online.md": graded],
            ["content/initiatives/02-network.md": retitled],
        ])
        let home = Self.text(fresh, "index.html")
        let figure = home.range(of: "<figure").map { String(home[$0.lowerBound...]) } ?? ""
        #expect(figure.components(separatedBy: "</figure>").first?.contains("2. 通信網の再構築") == true)
        try await Self.expectFreshBuilds(from: Self.split(), edits: [
            ["content/initiatives/01-online.md": graded],
            ["content/initiatives/02-network.md": moved],
        ])
    }

    /// A language's list of pages (the sitemap, the language switch) follows its initiatives'
    /// ids and themes: a renamed initiative and one moved to another theme (a split list gets
    /// another part) change it.
    @Test func eachLanguagesPagesFollowItsInitiatives() async throws {
        let renamed = MiniSite.initiative2.replacingOccurrences(of: "id: network", with: "id: lan")
        let moved = MiniSite.initiative2.replacingOccurrences(of: "theme: base", with: "theme: service")
        let fresh = try await Self.expectFreshBuilds(from: Self.split(), edits: [
            ["content/initiatives/02-network.md": moved],
            ["content/initiatives/02-network.md": renamed],
        ])
        #expect(Self.text(fresh, "sitemap.xml").contains("initiatives/lan/"))
    }

    /// Initiatives are read against site.yaml (its themes, its dates): an edit of site.yaml alone
    /// checks every unchanged initiative again, and their errors appear and go with it.
    @Test func aSiteFileEditChecksEveryInitiativeAgain() async throws {
        let session = try await Session()
        let earlier = MiniSite.siteYAML.replacingOccurrences(of: "as_of: 2024-10-01", with: "as_of: 2024-09-01")
        try session.write("content/site.yaml", earlier)
        let failed = await session.rebuild().result
        #expect(!failed.succeeded, "the actual of 2024-09-30 is after as_of")
        try session.write("content/site.yaml", MiniSite.siteYAML)
        #expect(await session.rebuild().result.succeeded)
        let fresh = try TestTree(files: MiniSite.files)
        defer { fresh.remove() }
        #expect(BuildPipeline.run(fresh.options()).succeeded)
        #expect(session.tree.snapshot() == fresh.snapshot())
    }

    /// A stamp stays while the initiative is unchanged in its language, and a changed one is a
    /// number never given before, even when the change is undone.
    @Test func anInitiativesStampChangesExactlyWhenItDoes() throws {
        let bundle = try #require(MiniSite.check(MiniSite.files).bundle)
        let easyEdit = try #require(MiniSite.check(MiniSite.files(replacing: [
            "content/initiatives/01-online.easy.md": MiniSite.easyInitiative1.replacingOccurrences(of: "title: ", with: "title: あたらしい "),
        ])).bundle)
        var stamps = InitiativeStamps()
        stamps.update(bundle)
        let first = (online: stamps.versions(of: "online"), network: stamps.versions(of: "network"))
        #expect(first.online.count == 2 && first.network.count == 2 && Set(first.online + first.network).count == 4)
        stamps.update(bundle)
        #expect(stamps.versions(of: "online") == first.online && stamps.versions(of: "network") == first.network)
        stamps.update(easyEdit)
        let edited = stamps.versions(of: "online")
        #expect(edited[0] == first.online[0] && edited[1] != first.online[1])
        #expect(stamps.versions(of: "network") == first.network)
        stamps.update(bundle)
        let undone = stamps.versions(of: "online")
        #expect(undone[0] == first.online[0] && ![first.online[1], edited[1]].contains(undone[1]))
    }
}
