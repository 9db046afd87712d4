import Synchronization
import SitegenSupport
import SitegenModel
import SitegenContent

/// The sitemap and each feed entry from the previous build of `sitegen serve`, kept
/// while what they show is unchanged; `PageMemo` forgets them when anything
/// site-wide changes (the base URL, the languages, the report's texts). The sitemap
/// shows which pages each language has and each language's newest date; a feed entry
/// shows its update and its initiative in its language (`InitiativeStamps`).
final class PublishingMemo: Sendable {
    struct SitemapInput: Sendable, Equatable {
        let latest: [CalendarDate?]
        let pages: [String: Set<String>]
    }

    struct EntryKey: Sendable, Hashable {
        /// The site's index in the bundle.
        let language: Int
        let update: ReportUpdate
    }

    private let sitemap = Mutex<(input: SitemapInput, file: OutputFile)?>(nil)
    /// Input: the entry's initiative's stamp in its language (0 for the report's entry).
    private let entries = InputMemo<EntryKey, Int, ByteBuffer>()

    func removeAll() {
        sitemap.withLock { $0 = nil }
        entries.removeAll()
    }

    /// `PublishingFiles.render` with this memo around its sitemap and feed entries.
    func files(bundle: SiteBundle, inventory: PageInventory, stamps: InitiativeStamps) -> [OutputFile] {
        PublishingFiles.render(bundle: bundle, inventory: inventory, sitemap: { latest, make in
            let input = SitemapInput(latest: latest, pages: inventory.pagesByLanguage)
            if let kept = self.sitemap.withLock({ $0 }), kept.input == input { return kept.file }
            let file = make()
            self.sitemap.withLock { $0 = (input, file) }
            return file
        }, entry: { language in
            { update, make in
                var stamp = 0
                if case .actual(let id, _) = update.subject { stamp = stamps.version(of: id, language: language) ?? -1 }
                let key = EntryKey(language: language, update: update)
                return self.entries.value(key, for: stamp, compute: make)
            }
        })
    }
}
