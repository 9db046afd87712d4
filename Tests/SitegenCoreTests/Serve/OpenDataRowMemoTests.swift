import Foundation
import Synchronization
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender

/// `sitegen serve` keeps each initiative's rows of the CSV files and initiatives.json
/// (with its own JSON) and only joins them into the documents. A row kept after its
/// initiative changed in any language would publish old data: these builds through the
/// memo must give exactly the documents of a fresh render.
@Suite struct OpenDataRowMemoTests {
    /// Open data as a serve session makes it: each initiative's part through the memo, then the documents.
    static func servedOpenData(_ bundle: SiteBundle, memo: PageMemo) -> [String: Data] {
        #expect(memo.begin(bundle: bundle, themeVersions: [], accessibility: nil))
        let stages = OpenDataStages(bundle: bundle, strings: ThemeStringsFixture.theme.forLanguage(bundle.base.language))
        let made = stages.initiativeData(wrap: memo.wrappingInitiativeData())
        let documents = stages.documents(links: made.map(\.links), rows: made.map(\.rows))
        return Dictionary(uniqueKeysWithValues: (documents.files + made.map(\.file)).map { ($0.path, $0.data) })
    }

    static func freshOpenData(_ bundle: SiteBundle) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: OpenDataRenderer.render(bundle: bundle).files.map { ($0.path, $0.data) })
    }

    /// The bundle with `network` changed in every language by `change`.
    static func editing(_ bundle: SiteBundle, easyOnly: Bool = false, _ change: (Initiative) -> Initiative) -> SiteBundle {
        SiteBundle(sites: bundle.sites.map { site in
            guard site.language.isEasy || !easyOnly else { return site }
            return site.replacing(initiatives: site.initiatives.map { $0.id == "network" ? change($0) : $0 })
        })
    }

    static func initiative(_ initiative: Initiative, title: String? = nil, kpis: [KPI]? = nil) -> Initiative {
        Initiative(id: initiative.id, number: initiative.number, theme: initiative.theme, title: title ?? initiative.title,
                   vision: initiative.vision, summary: initiative.summary, kpis: kpis ?? initiative.kpis,
                   schedule: initiative.schedule, notes: initiative.notes, body: initiative.body,
                   location: initiative.location, bodyStartLine: initiative.bodyStartLine)
    }

    static func text(_ files: [String: Data], _ path: String) -> String {
        files[path].map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    @Test func anEasyTitleEditReachesTheJoinedDocuments() throws {
        let bundle = try #require(MiniSite.check(MiniSite.files).bundle)
        let memo = PageMemo()
        #expect(Self.servedOpenData(bundle, memo: memo) == Self.freshOpenData(bundle))
        let edited = Self.editing(bundle, easyOnly: true) { Self.initiative($0, title: "あたらしい だい") }
        let served = Self.servedOpenData(edited, memo: memo)
        #expect(Self.text(served, "data/initiatives.csv").contains("あたらしい だい"))
        #expect(Self.text(served, "data/initiatives.json").contains("あたらしい だい"))
        #expect(served == Self.freshOpenData(edited))
    }

    /// A KPI more or less changes the initiative's rows and their counts (the catalog's
    /// row counts and each initiative page's links come from the same part).
    @Test func aKPIAddedOrRemovedChangesTheRowsAndTheirCounts() throws {
        let bundle = try #require(MiniSite.check(MiniSite.files).bundle)
        let memo = PageMemo()
        _ = Self.servedOpenData(bundle, memo: memo)
        let network = try #require(bundle.base.initiatives.first { $0.id == "network" })
        let outages = try #require(network.kpis.first)
        let withoutKPIs = Self.editing(bundle) { Self.initiative($0, kpis: []) }
        let served = Self.servedOpenData(withoutKPIs, memo: memo)
        #expect(!Self.text(served, "data/kpis.csv").contains(outages.id))
        #expect(served == Self.freshOpenData(withoutKPIs))
        // And back: the first version's rows again, not the kept empty ones.
        #expect(Self.servedOpenData(bundle, memo: memo) == Self.freshOpenData(bundle))
        #expect(Self.text(Self.servedOpenData(bundle, memo: memo), "data/kpis.csv").contains(outages.id))
    }
}
