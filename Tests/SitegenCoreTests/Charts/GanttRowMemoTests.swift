import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender

/// `sitegen serve` keeps each initiative's rows of the Gantt overviews between builds
/// (`GanttRowMemo`): after an edit, every chart must be what drawing all its rows anew gives.
@Suite struct GanttRowMemoTests {
    static let easy = ChartText.forLanguage(Language(code: "easy", name: "やさしい日本語", path: "/easy/"))

    static func overall(_ site: Site, _ text: ChartText) -> RenderedChart {
        GanttChart.renderOverall(site: site, text: text, idPrefix: "gantt-all") { initiative in
            SitePaths.relativeURL(from: SitePaths.schedule, to: SitePaths.initiative(initiative.id))
        }
    }

    /// Draws `sites` in turn with one memo, each compared with the same chart drawn anew.
    static func expectDrawnAnew(_ sites: [(String, Site)]) {
        for plain in [ChartText.standard, easy] {
            var kept = plain
            kept.ganttRows = GanttRowMemo()
            for (name, site) in sites {
                let anew = overall(site, plain), withMemo = overall(site, kept)
                #expect(withMemo.figureHTML == anew.figureHTML, "\(name)")
                #expect(withMemo.standaloneSVG == anew.standaloneSVG, "\(name)")
            }
        }
    }

    /// Replaces the site's first initiative (the others keep their values).
    static func editingFirst(_ site: Site, _ edit: (Initiative) -> Initiative) -> Site {
        var initiatives = site.initiatives
        initiatives[0] = edit(initiatives[0])
        return site.replacing(initiatives: initiatives)
    }

    static func initiative(_ from: Initiative, title: String? = nil, schedule: [ScheduleTask]? = nil) -> Initiative {
        Initiative(id: from.id, number: from.number, theme: from.theme, title: title ?? from.title, vision: from.vision,
                   summary: from.summary, kpis: from.kpis, schedule: schedule ?? from.schedule, notes: from.notes,
                   body: from.body, location: from.location, bodyStartLine: from.bodyStartLine)
    }

    /// A kept row whose initiative changed (its title, a bar's label, at the same height) is drawn
    /// again: a memo that keys rows by their place only hands out the old title and label.
    @Test func anEditedInitiativesRowsAreDrawnAgain() {
        let site = ChartFixtures.site()
        let retitled = Self.editingFirst(site) { Self.initiative($0, title: "行政手続のデジタル化") }
        let relabelled = Self.editingFirst(site) { first in
            Self.initiative(first, schedule: first.schedule.map { task in
                ChartFixtures.task(task.id, task.task, bars: task.bars.map { ChartFixtures.bar("Q1", "Q1", ($0.label ?? "") + "（改）") },
                                   milestones: task.milestones)
            })
        }
        Self.expectDrawnAnew([("first", site), ("retitled", retitled), ("relabelled", relabelled), ("back", site)])
    }

    /// Rows below an initiative that gained a task are drawn lower: a memo that keys rows by their
    /// initiative only draws them at their old height, over the new task.
    @Test func rowsThatMovedAreDrawnAtTheirNewPlace() {
        let site = ChartFixtures.site()
        let longer = Self.editingFirst(site) { first in
            Self.initiative(first, schedule: first.schedule + [ChartFixtures.task("extra", "追加のタスク", bars: [ChartFixtures.bar("Q2", "Q3", "追加")])])
        }
        Self.expectDrawnAnew([("first", site), ("longer", longer), ("back", site)])
    }
}
