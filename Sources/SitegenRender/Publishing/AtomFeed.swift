import SitegenSupport
import SitegenModel
import SitegenContent

/// `feed.xml` (and `easy/feed.xml`): an Atom feed (RFC 4287) of the report's
/// updates, so residents and data users can follow new figures in a feed
/// reader. Entries come from `ReportUpdates`; `updated` is the newest of their
/// dates, never the build time.
enum AtomFeed {
    /// One entry's UTF-8, made by `make` or (`sitegen serve`) kept from the previous build.
    typealias EntryWrapper = (_ update: ReportUpdate, _ make: () -> ByteBuffer) -> ByteBuffer

    /// The feed written as UTF-8, each text escaped straight into the bytes.
    /// - Parameters:
    ///   - updates: `ReportUpdates.of(site)`.
    ///   - wrap: wraps the making of each entry (`PublishingMemo`).
    static func render(site: Site, updates: [ReportUpdate], entry wrap: EntryWrapper? = nil) -> OutputFile {
        let baseURL = site.report.baseURL
        let language = site.language
        let words = FeedWords.forLanguage(language)
        let host = PublicURL.host(baseURL)
        // Entries find their initiative by id (a search per entry made the feed O(initiatives²)),
        // gathered when the first entry is made.
        var initiatives: [String: Initiative]?
        func writeEntry(_ update: ReportUpdate, into out: inout ByteBuffer) {
            let byID = initiatives ?? Dictionary(site.initiatives.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            initiatives = byID
            let entry = self.entry(update, site: site, initiatives: byID, words: words)
            out.append("<entry>\n<title>")
            Escape.appendXML(entry.title, to: &out)
            // The id (`tag:host,date:language/key`) and the timestamp written in parts, the date made once.
            let date = update.date.iso
            out.append("</title>\n<id>tag:")
            Escape.appendXML(host, to: &out)
            out.append(",")
            Escape.appendXML(date, to: &out)
            out.append(":")
            Escape.appendXML(language.code, to: &out)
            out.append("/")
            Escape.appendXML(entry.key, to: &out)
            out.append("</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"")
            Escape.appendXML(PublicURL.page(entry.path, in: language, baseURL: baseURL), to: &out)
            Escape.appendXML(entry.fragment, to: &out)
            out.append("\"/>\n<updated>")
            out.append(date)
            out.append(ReportUpdates.timeOfDay)
            out.append("</updated>\n<summary>")
            Escape.appendXML(entry.summary, to: &out)
            out.append("</summary>\n</entry>\n")
        }
        var out = ByteBuffer(capacity: 1_000 + 600 * updates.count)
        out.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        Escape.appendXML(language.htmlLang, to: &out)
        out.append("\">\n<title>")
        Escape.appendXML(site.organization.name, to: &out)
        out.append(" ")
        Escape.appendXML(InlineText.plain(site.report.title), to: &out)
        Escape.appendXML(words.feedSuffix, to: &out)
        out.append("</title>\n<subtitle>")
        Escape.appendXML(InlineText.plain(site.report.description), to: &out)
        out.append("</subtitle>\n<id>")
        Escape.appendXML("tag:\(host),\(site.report.fiscalYear):\(language.code)/feed", to: &out)
        out.append("</id>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"")
        Escape.appendXML(PublicURL.file(SitePaths.localized(SitePaths.feed, language), baseURL: baseURL), to: &out)
        out.append("\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"")
        Escape.appendXML(PublicURL.page(SitePaths.home, in: language, baseURL: baseURL), to: &out)
        out.append("\"/>\n<updated>")
        if let newest = updates.first { out.append(ReportUpdates.timestamp(newest.date)) }
        out.append("</updated>\n<author><name>")
        Escape.appendXML(site.organization.name, to: &out)
        out.append("</name></author>\n<rights>")
        Escape.appendXML(DataLicense(spdx: site.report.license).title, to: &out)
        out.append("</rights>\n")
        for update in updates {
            if let wrap {
                out.append(wrap(update) {
                    var entry = ByteBuffer(capacity: 600)
                    writeEntry(update, into: &entry)
                    return entry
                })
            } else {
                writeEntry(update, into: &out)
            }
        }
        out.append("</feed>\n")
        return OutputFile(path: SitePaths.localized(SitePaths.feed, language), contents: .buffer(out))
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
