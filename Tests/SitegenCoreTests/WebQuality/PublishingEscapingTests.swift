import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender

/// The sitemap and the Atom feed are written as bytes, each text and address escaped
/// straight into them: `&<>"'` in the organization, the report's title and description
/// and the base URL reach both files only escaped, and the files stay well-formed.
@Suite struct PublishingEscapingTests {
    static let hostileName = "目黒&<b>\"'区"
    static let hostileBase = "https://dx.city.test/a&b'c\"<>/"

    /// `RenderFixture`'s site with hostile texts where the feed and the sitemap show them.
    static func hostile(_ site: Site) -> Site {
        let report = site.report
        return Site(language: site.language, organization: Organization(name: hostileName),
                    report: Report(title: "戦略<&>", fiscalYear: report.fiscalYear, asOf: report.asOf, baseURL: hostileBase,
                                   license: report.license, description: "説明\"'&", introduction: report.introduction,
                                   sources: report.sources),
                    languages: site.languages, mission: site.mission, vision: site.vision, values: site.values,
                    dxVision: site.dxVision, themes: site.themes, background: site.background,
                    evaluationScale: site.evaluationScale, initiatives: site.initiatives, pages: site.pages,
                    glossary: site.glossary, furigana: site.furigana)
    }

    static let escapedBase = "https://dx.city.test/a&amp;b&#39;c&quot;&lt;&gt;/"

    @Test func feedEscapesTitlesSummariesAndAddresses() throws {
        let site = Self.hostile(RenderFixture.site(RenderFixture.standard))
        let file = AtomFeed.render(site: site, updates: ReportUpdates.of(site))
        let feed = String(decoding: file.data, as: UTF8.self)
        #expect(XMLWellFormedness.check(feed).isEmpty)
        #expect(feed.contains("<title>目黒&amp;&lt;b&gt;&quot;&#39;区 戦略&lt;&amp;&gt; 更新情報</title>\n"))
        #expect(feed.contains("<subtitle>説明&quot;&#39;&amp;</subtitle>\n"))
        #expect(feed.contains("<id>tag:dx.city.test,2024:ja/feed</id>\n"))
        #expect(feed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"\(Self.escapedBase)feed.xml\"/>\n"))
        #expect(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"\(Self.escapedBase)\"/>\n"))
        #expect(feed.contains("<author><name>目黒&amp;&lt;b&gt;&quot;&#39;区</name></author>\n"))
        // The report's entry: its title and summary, and an entry's link with its fragment.
        #expect(feed.contains("<entry>\n<title>戦略&lt;&amp;&gt;（2024年4月1日時点）を公開しました</title>\n"))
        #expect(feed.contains("<summary>説明&quot;&#39;&amp;</summary>\n</entry>\n"))
        #expect(feed.contains("href=\"\(Self.escapedBase)initiatives/online-procedures/#kpi-online-rate\"/>\n"))
        for raw in [Self.hostileName, Self.hostileBase, "戦略<&>", "説明\"'&"] { #expect(!feed.contains(raw)) }
    }

    /// `sitegen serve` keeps each entry's bytes: the feed made with the memo's entries is the same file.
    @Test func feedWithKeptEntriesIsTheSameFile() {
        let site = Self.hostile(RenderFixture.site(RenderFixture.standard))
        let updates = ReportUpdates.of(site)
        var made = 0
        let wrapped = AtomFeed.render(site: site, updates: updates) { _, make in
            made += 1
            return make()
        }
        #expect(made == updates.count)
        #expect(wrapped.data == AtomFeed.render(site: site, updates: updates).data)
    }

    @Test func sitemapEscapesAddresses() throws {
        let bundle = SiteBundle(sites: [Self.hostile(RenderFixture.site(RenderFixture.standard)),
                                        Self.hostile(RenderFixture.site(RenderFixture.easy))])
        let inventory = PageInventory(bundle: bundle, extras: .none)
        let file = SitemapDocument.render(bundle: bundle, inventory: inventory, latest: [nil, nil])
        let sitemap = String(decoding: file.data, as: UTF8.self)
        #expect(XMLWellFormedness.check(sitemap).isEmpty)
        #expect(sitemap.contains("<url>\n<loc>\(Self.escapedBase)</loc>\n"
                                 + "<xhtml:link rel=\"alternate\" hreflang=\"ja\" href=\"\(Self.escapedBase)\"/>\n"
                                 + "<xhtml:link rel=\"alternate\" hreflang=\"ja-x-easy\" href=\"\(Self.escapedBase)easy/\"/>\n"
                                 + "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(Self.escapedBase)\"/>\n</url>\n"))
        #expect(!sitemap.contains(Self.hostileBase))
        #expect(sitemap.hasSuffix("</urlset>\n"))
    }
}
