import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// What `sitegen serve` keeps below a page (`PageMemo`): each initiative's rows of the Gantt
/// overviews (`GanttRowMemo`) and each theme's counts of its KPIs by grade. After each edit the
/// site must be a fresh build of the edited content: a row kept for a changed initiative, a row
/// drawn at its old height or counts kept after a grade changed make a page differ.
@Suite struct ServeRowMemoTests {
    /// MiniSite with a third initiative in the first theme (after the first, which has a schedule),
    /// in lists of `pageSize` initiatives a page.
    static func files(pageSize: Int) -> [String: String] {
        var files = MiniSite.files
        files["content/site.yaml"] = MiniSite.siteYAML + "pagination:\n  page_size: \(pageSize)\n"
        files["content/initiatives/03-cloud.md"] = Self.cloud
        return files
    }

    static let cloud = MiniSite.initiative2.replacingOccurrences(of: "id: network", with: "id: cloud")
        .replacingOccurrences(of: "number: 2", with: "number: 3").replacingOccurrences(of: "theme: base", with: "theme: service")
        .replacingOccurrences(of: "title: ネットワークの再構築", with: "title: クラウドへの移行")

    /// Two initiatives under one schedule chart: the edited one's rows are drawn again (its title,
    /// its bars), and the other's, which a new task above it moves down, are drawn at their new height.
    @Test func theScheduleDrawsEditedAndMovedRowsAgain() async throws {
        let retitled = MiniSite.initiative1.replacingOccurrences(of: "title: 行政手続のオンライン化", with: "title: 手続のデジタル化")
        let relabelled = retitled.replacingOccurrences(of: "label: 洗出し }", with: "label: 業務の洗出し }")
        let longer = relabelled.replacingOccurrences(of: "  - id: later\n", with: "  - id: extra\n    task: 追加のタスク\n    bars:\n      - { from: Q3, to: Q4, label: 追加 }\n  - id: later\n")
        #expect(Set([MiniSite.initiative1, retitled, relabelled, longer]).count == 4)
        for pageSize in [2, 50] {
            let fresh = try await ServeMemoTests.expectFreshBuilds(from: Self.files(pageSize: pageSize), edits: [
                ["content/initiatives/01-online.md": retitled],
                ["content/initiatives/01-online.md": relabelled],
                ["content/initiatives/01-online.md": longer],
                ["content/initiatives/01-online.md": MiniSite.initiative1],
            ])
            #expect(!ServeMemoTests.text(fresh, pageSize == 2 ? "schedule/service/index.html" : "schedule/index.html").isEmpty)
        }
    }

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
