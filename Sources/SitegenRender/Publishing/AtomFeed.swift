import SitegenSupport
import SitegenModel
import SitegenContent

/// `feed.xml` (and `easy/feed.xml`): an Atom feed (RFC 4287) of the report's
/// updates, so residents and data users can follow new figures in a feed
/// reader. Entries come from `ReportUpdates`; `updated` is the newest of their
/// dates, never the build time.
enum AtomFeed {
    /// One entry's text, made by `make` or (`sitegen serve`) kept from the previous build.
    typealias EntryWrapper = (_ update: ReportUpdate, _ make: () -> String) -> String

    /// - Parameters:
    ///   - updates: `ReportUpdates.of(site)`.
    ///   - wrap: wraps the making of each entry (`PublishingMemo`).
    static func render(site: Site, updates: [ReportUpdate], entry wrap: EntryWrapper? = nil) -> OutputFile {
        let baseURL = site.report.baseURL
        let language = site.language
        let words = FeedWords.forLanguage(language)
        let title = InlineText.plain(site.report.title)
        let host = PublicURL.host(baseURL)
        let feedURL = PublicURL.file(SitePaths.localized(SitePaths.feed, language), baseURL: baseURL)
        // Entries find their initiative by id (a search per entry made the feed O(initiatives²)),
        // gathered when the first entry is made.
        var initiatives: [String: Initiative]?
        func entryText(_ update: ReportUpdate) -> String {
            let byID = initiatives ?? Dictionary(site.initiatives.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            initiatives = byID
            let entry = self.entry(update, site: site, initiatives: byID, words: words)
            let link = PublicURL.page(entry.path, in: language, baseURL: baseURL) + entry.fragment
            return """
            <entry>
            <title>\(Escape.xml(entry.title))</title>
            <id>\(Escape.xml("tag:\(host),\(update.date.iso):\(language.code)/\(entry.key)"))</id>
            <link rel="alternate" type="text/html" href="\(Escape.xml(link))"/>
            <updated>\(ReportUpdates.timestamp(update.date))</updated>
            <summary>\(Escape.xml(entry.summary))</summary>
            </entry>

            """
        }
        var out = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(Escape.xml(language.htmlLang))">
        <title>\(Escape.xml(site.organization.name + " " + title + words.feedSuffix))</title>
        <subtitle>\(Escape.xml(InlineText.plain(site.report.description)))</subtitle>
        <id>\(Escape.xml("tag:\(host),\(site.report.fiscalYear):\(language.code)/feed"))</id>
        <link rel="self" type="application/atom+xml" href="\(Escape.xml(feedURL))"/>
        <link rel="alternate" type="text/html" href="\(Escape.xml(PublicURL.page(SitePaths.home, in: language, baseURL: baseURL)))"/>
        <updated>\(updates.first.map { ReportUpdates.timestamp($0.date) } ?? "")</updated>
        <author><name>\(Escape.xml(site.organization.name))</name></author>
        <rights>\(Escape.xml(DataLicense(spdx: site.report.license).title))</rights>

        """
        for update in updates {
            out += wrap.map { $0(update) { entryText(update) } } ?? entryText(update)
        }
        out += "</feed>\n"
        return OutputFile(path: SitePaths.localized(SitePaths.feed, language), text: out)
    }

    private struct Entry {
        let title: String
        let summary: String
        /// Language-relative page the entry links to.
        let path: String
        /// Stable part of the entry id.
        let key: String
        /// The place on the page ("#kpi-<id>"), or "".
        var fragment = ""
    }

    private static func entry(_ update: ReportUpdate, site: Site, initiatives: [String: Initiative], words: FeedWords) -> Entry {
        let date = update.date.japanese
        switch update.subject {
        case .report:
            return Entry(title: InlineText.plain(site.report.title) + words.reportTitle(date),
                         summary: InlineText.plain(site.report.description), path: SitePaths.home, key: "report")
        case .actual(let id, let kpiID):
            guard let initiative = initiatives[id],
                  let kpi = initiative.kpis.first(where: { $0.id == kpiID }),
                  let actual = kpi.actuals.last(where: { $0.date == update.date }) else {
                return Entry(title: words.actualsTitle(date), summary: "", path: SitePaths.kpis, key: "actual/\(id)/\(kpiID)")
            }
            let name = words.initiative + "\(initiative.number) " + InlineText.plain(initiative.title)
            let summary = InlineText.plain(kpi.label) + " " + kpi.formatted(actual.value) + (actual.note.map { "（" + InlineText.plain($0) + "）" } ?? "")
            return Entry(title: name + "：" + InlineText.plain(kpi.label) + "　" + words.actualsTitle(date), summary: summary,
                         path: SitePaths.initiative(initiative.id), key: "actual/\(initiative.id)/\(kpi.id)",
                         fragment: "#kpi-" + kpi.id)
        }
    }
}

/// The feed's fixed words, in standard and easy Japanese.
struct FeedWords: Sendable {
    let feedSuffix: String
    let initiative: String
    let reportTitle: @Sendable (_ date: String) -> String
    let actualsTitle: @Sendable (_ date: String) -> String

    static func forLanguage(_ language: Language) -> FeedWords { language.isEasy ? easy : standard }

    static let standard = FeedWords(feedSuffix: " 更新情報", initiative: "重点取組",
                                    reportTitle: { "（\($0)時点）を公開しました" },
                                    actualsTitle: { "目標・指標の実績を更新しました（\($0)時点）" })
    static let easy = FeedWords(feedSuffix: " 新しい情報", initiative: "取組",
                                reportTitle: { "（\($0)の情報）をのせました" },
                                actualsTitle: { "目標の結果をのせました（\($0)の情報）" })
}
