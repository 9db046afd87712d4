import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// What `sitegen serve` keeps below a page (`PageMemo`): each theme's counts of its KPIs by
/// grade. After each edit the site must be a fresh build of the edited content: counts kept
/// after a grade changed make a page differ.
@Suite struct ServeRowMemoTests {
    /// MiniSite with a third initiative in the first theme, in lists of `pageSize` initiatives a page.
    static func files(pageSize: Int) -> [String: String] {
        var files = MiniSite.files
        files["content/site.yaml"] = MiniSite.siteYAML + "pagination:\n  page_size: \(pageSize)\n"
        files["content/initiatives/03-cloud.md"] = Self.cloud
        return files
    }

    static let cloud = MiniSite.initiative2.replacingOccurrences(of: "id: network", with: "id: cloud")
        .replacingOccurrences(of: "number: 2", with: "number: 3").replacingOccurrences(of: "theme: base", with: "theme: service")
        .replacingOccurrences(of: "title: ネットワークの再構築", with: "title: クラウドへの移行")

    /// Every page of a split theme shows the whole theme's counts: a grade that changes on the
    /// second page is counted on the first, and its counts go back when the grade does.
    @Test func everyPageOfASplitThemeCountsTheEditedGrades() async throws {
        let measured = Self.cloud.replacingOccurrences(of: "    target: { value: 0, comparison: at_most }\n",
                                                       with: "    target: { value: 0, comparison: at_most }\n    actuals:\n      - { date: 2024-09-30, value: 3 }\n    evaluation: A\n")
        let regraded = measured.replacingOccurrences(of: "evaluation: A", with: "evaluation: B")
        #expect(Set([Self.cloud, measured, regraded]).count == 3)
        let fresh = try await ServeMemoTests.expectFreshBuilds(from: Self.files(pageSize: 1), edits: [
            ["content/initiatives/03-cloud.md": measured],
            ["content/initiatives/03-cloud.md": regraded],
            ["content/initiatives/03-cloud.md": Self.cloud],
        ])
        #expect(ServeMemoTests.text(fresh, "themes/service/page/2/index.html").contains("クラウドへの移行"))
    }
}
