import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// The places a link may point at (`PageAnchors`, what E062 accepts) are the ids
/// the default theme writes: each one is on its built page, and a section the
/// page does not show is not offered.
@Suite struct PageAnchorsTests {
    static let sections: Set<String> = ["vision", "kpis", "schedule", "notes", "details", "data",
                                        "current", "priority-issue", "next-year", "conclusion"]

    @Test func everyOfferedPlaceIsOnTheBuiltPage() throws {
        let site = Mini.site("evaluation_scale:", "background:\n  current_state:\n    policy: 方針です。\n  conclusion: まとめです。\nevaluation_scale:")
        let tree = try TestTree(files: MiniSite.files(replacing: [
            Mini.site: site,
            Mini.two: Mini.two("summary: 障害に強いネットワークを作る。", "summary: 障害に強いネットワークを作る。\nnotes:\n  - 注記です。"),
        ]))
        defer { tree.remove() }
        #expect(BuildPipeline.run(tree.options()).succeeded)
        let files = tree.snapshot()
        let bundle = try #require(ContentCheck.run(contentPath: tree.path("content"), io: .local).bundle)
        for site in bundle.sites {
            var pages: [PageAnchors.Page] = [.home, .kpis, .schedule, .glossary, .data, .accessibility, .background(site.background)]
            pages += site.initiatives.map { .initiative($0) } + site.themes.map { .theme($0) } + site.pages.map { .free($0) }
            for page in pages {
                let path = SitePaths.localized(page.path, site.language)
                let html = String(decoding: try #require(files[path], "\(path)"), as: UTF8.self)
                let ids = Set(html.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) })
                let offered = PageAnchors.anchors(of: page, in: site)
                for anchor in offered { #expect(ids.contains(anchor), "\(path) has no #\(anchor)") }
                #expect(ids.intersection(Self.sections).isSubset(of: Set(offered)), "\(path): \(ids.intersection(Self.sections))")
            }
        }
    }
}
