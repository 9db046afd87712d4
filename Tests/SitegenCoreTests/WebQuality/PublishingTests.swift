import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// sitemap.xml, robots.txt, the Atom feeds, Open Graph and JSON-LD of the
/// real site, and the dated feed entries of a small site with KPI actuals.
@Suite("WebQuality publishing")
struct PublishingTests {
    let site = BuiltSite.shared
    let base = BuiltSite.baseURL

    /// An absolute URL of the site as the output path it names (`…/` → `…/index.html`).
    func outputPath(_ url: String) -> String? {
        guard url.hasPrefix(base) else { return nil }
        let path = String(url.dropFirst(base.count))
        return path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
    }

    func values(_ pattern: Regex<(Substring, Substring)>, in text: String) -> [String] {
        text.matches(of: pattern).map { String($0.1) }
    }

    @Test func sitemapListsEveryIndexablePageWithItsLanguageVersions() throws {
        let xml = try #require(site.text("sitemap.xml"))
        #expect(XMLWellFormedness.check(xml).isEmpty)
        let locs = values(/<loc>([^<]*)<\/loc>/, in: xml)
        let indexable = site.pages.map(\.path).filter { !$0.hasSuffix("404.html") }
        #expect(Set(locs.compactMap(outputPath)) == Set(indexable))
        #expect(Set(locs).count == locs.count, "no duplicates")
        for url in xml.split(separator: "<url>").dropFirst() {
            let alternates = values(/hreflang="([^"]*)"/, in: String(url))
            #expect(alternates == ["ja", "ja-x-easy", "x-default"], "\(url.prefix(120))")
            #expect(!url.contains("<lastmod>"), "the content states no date")
        }
        for href in values(/href="([^"]*)"/, in: xml) {
            #expect(outputPath(href).map { site.files[$0] != nil } == true, "\(href)")
        }
    }

    @Test func robotsAllowsCrawlingAndNamesTheSitemap() throws {
        let robots = try #require(site.text("robots.txt"))
        #expect(robots.contains("User-agent: *\nAllow: /\n"))
        #expect(robots.hasSuffix("Sitemap: \(base)sitemap.xml\n"))
        let notFound = try #require(site.text("404.html"))
        #expect(notFound.contains("<meta name=\"robots\" content=\"noindex\">"))
    }

    @Test func everyPageHasAbsoluteOpenGraphAndTwitterTags() throws {
        let png = try #require(site.files["assets/og-image.png"])
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let size = png.dropFirst(16).prefix(8).map { UInt32($0) }
        #expect((size[0] << 24 | size[1] << 16 | size[2] << 8 | size[3]) == 1200)
        #expect((size[4] << 24 | size[5] << 16 | size[6] << 8 | size[7]) == 630)
        for page in site.pages where !page.path.hasSuffix("404.html") {
            let canonical = try #require(values(/<link rel="canonical" href="([^"]*)">/, in: page.html).first, "\(page.path)")
            let og = Dictionary(page.html.matches(of: /<meta (?:property|name)="([^"]*)" content="([^"]*)">/)
                .map { (String($0.1), String($0.2)) }, uniquingKeysWith: { first, _ in first })
            #expect(og["og:url"] == canonical, "\(page.path)")
            #expect(outputPath(canonical) == page.path, "\(page.path): canonical \(canonical)")
            #expect(og["og:image"] == base + SitePaths.shareImage)
            #expect(og["og:image:width"] == "1200" && og["og:image:height"] == "630")
            #expect(og["og:locale"] == "ja_JP")
            #expect(og["twitter:card"] == "summary_large_image")
            #expect(!(og["og:title"] ?? "").isEmpty && !(og["og:description"] ?? "").isEmpty, "\(page.path)")
            #expect(og["og:type"] == (page.path.hasSuffix("/index.html") || page.path == "index.html"
                                        ? (page.path == "index.html" || page.path == "easy/index.html" ? "website" : "article") : "article"))
        }
    }

    @Test func homeAndDataPagesDescribeTheReportAndDatasetInJSONLD() throws {
        for prefix in ["", "easy/"] {
            let home = try #require(site.text(prefix + "index.html"))
            let script = try #require(home.firstMatch(of: /<script type="application\/ld\+json">\n([\s\S]*?)<\/script>/).map { String($0.1) })
            #expect(!script.contains("<"), "no markup can end the block early")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any])
            #expect(json["@context"] as? String == "https://schema.org")
            let graph = try #require(json["@graph"] as? [[String: Any]])
            #expect(graph.compactMap { $0["@type"] as? String } == ["GovernmentOrganization", "Report", "Dataset"])
            let report = graph[1], dataset = graph[2]
            #expect(report["name"] as? String == (prefix.isEmpty ? "令和6年度デジタル・ICT戦略" : "2024年度（令和6年度）デジタル・ICT戦略"))
            #expect(report["url"] as? String == base + prefix)
            #expect((report["publisher"] as? [String: Any])?["@id"] as? String == base + "#organization")
            #expect(report["temporalCoverage"] as? String == "2024-04/2025-03")
            #expect(dataset["license"] as? String == "https://creativecommons.org/licenses/by/4.0/")
            let distributions = try #require(dataset["distribution"] as? [[String: Any]])
            #expect(distributions.count >= 8)
            for distribution in distributions {
                let url = try #require(distribution["contentUrl"] as? String)
                #expect(outputPath(url).map { site.files[$0] != nil } == true, "\(url)")
                #expect(distribution["encodingFormat"] as? String != nil)
            }
            let data = try #require(site.text(prefix + "data/index.html"))
            #expect(data.contains("\"@type\": \"Dataset\""))
            let kpis = try #require(site.text(prefix + "kpis/index.html"))
            #expect(!kpis.contains("application/ld+json"), "only the home and data pages carry JSON-LD")
        }
    }

    /// The real report states no date and no actual yet: there is nothing dated to announce,
    /// so no feed is written and no page links one (a feed needs dated entries).
    @Test func withoutADatedUpdateThereIsNoFeed() throws {
        for prefix in ["", "easy/"] {
            #expect(site.text(prefix + "feed.xml") == nil)
            for page in site.pages(inFolder: prefix) {
                #expect(!page.html.contains("application/atom+xml"), "\(page.path)")
            }
        }
    }

    @Test func feedsAreWellFormedAndLinkedFromEveryPage() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        #expect(BuildPipeline.run(tree.options()).succeeded)
        let files = tree.snapshot()
        for prefix in ["", "easy/"] {
            let feed = try #require(files[prefix + "feed.xml"].map { String(decoding: $0, as: UTF8.self) })
            #expect(XMLWellFormedness.check(feed).isEmpty)
            #expect(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ja\">"))
            #expect(feed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://dx.city.test/\(prefix)feed.xml\"/>"))
            for (path, data) in files where path.hasPrefix(prefix) && path.hasSuffix(".html") && !(prefix.isEmpty && path.hasPrefix("easy/")) {
                #expect(String(decoding: data, as: UTF8.self).contains("<link rel=\"alternate\" type=\"application/atom+xml\""), "\(path)")
            }
        }
    }

    /// A site with reported KPI actuals: one entry per actual, with its own date,
    /// newest first, and `updated` is the newest date: no clock involved.
    @Test func feedEntriesComeFromAsOfAndActualDates() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        let report = BuildPipeline.run(tree.options())
        #expect(report.succeeded, "\(report.diagnostics.map(\.description))")
        let feed = try #require(tree.snapshot()["feed.xml"].map { String(decoding: $0, as: UTF8.self) })
        #expect(feed.contains("<id>tag:dx.city.test,2024:ja/feed</id>"))
        let updated = values(/<updated>([^<]*)<\/updated>/, in: feed)
        #expect(updated == ["2024-10-01T00:00:00+09:00", "2024-10-01T00:00:00+09:00", "2024-09-30T00:00:00+09:00"])
        let titles = values(/<title>([^<]*)<\/title>/, in: feed)
        #expect(titles.count == 3)
        #expect(titles[2] == "重点取組1 行政手続のオンライン化：オンライン化率　目標・指標の実績を更新しました（2024年9月30日時点）")
        #expect(feed.contains("<summary>オンライン化率 51.5%</summary>"))
        #expect(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://dx.city.test/initiatives/online/#kpi-rate\"/>"))
        #expect(feed.contains("<id>tag:dx.city.test,2024-09-30:ja/actual/online/rate</id>"))
        let sitemap = try #require(tree.snapshot()["sitemap.xml"].map { String(decoding: $0, as: UTF8.self) })
        #expect(sitemap.contains("<lastmod>2024-10-01</lastmod>"))
        let easyFeed = try #require(tree.snapshot()["easy/feed.xml"].map { String(decoding: $0, as: UTF8.self) })
        #expect(easyFeed.contains("目標の結果をのせました（2024年9月30日の情報）"))
    }

    @Test func baseURLOverrideReachesEveryAbsoluteURL() throws {
        let tree = try TestTree(files: MiniSite.files)
        defer { tree.remove() }
        var options = tree.options()
        options.baseURL = "https://staging.example.org/r6"
        #expect(BuildPipeline.run(options).succeeded)
        let files = tree.snapshot()
        let text = { (path: String) in files[path].map { String(decoding: $0, as: UTF8.self) } ?? "" }
        #expect(text("robots.txt").contains("Sitemap: https://staging.example.org/r6/sitemap.xml"))
        #expect(text("index.html").contains("<meta property=\"og:image\" content=\"https://staging.example.org/r6/assets/og-image.png\">"))
        #expect(!text("sitemap.xml").contains("https://example.jp/"))
        #expect(!text("feed.xml").contains("https://example.jp/"))
    }

    @Test func hostOfABaseURL() {
        #expect(PublicURL.host("https://Example.JP:8443/dx/") == "example.jp")
        #expect(PublicURL.host("http://localhost/") == "localhost")
        #expect(PublicURL.file("easy/index.html", baseURL: "https://a.jp/") == "https://a.jp/easy/")
        #expect(PublicURL.file("feed.xml", baseURL: "https://a.jp/") == "https://a.jp/feed.xml")
    }
}
