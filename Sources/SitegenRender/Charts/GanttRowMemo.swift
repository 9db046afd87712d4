import SitegenSupport
import SitegenModel

/// One language's initiative rows of the Gantt overviews as `sitegen serve` drew them in
/// earlier builds: each initiative's heading and task rows, as drawn at their height in
/// their chart, handed out again while the rows and their height are unchanged. An edit
/// redraws the edited initiative's rows and those below it that moved; the rest of its
/// page's chart is assembled from kept drawings. Held by `PageMemo` (which forgets them
/// when anything site-wide changes: the fiscal year, the 時点, the words); `sitegen build`
/// has none and draws every row.
final class GanttRowMemo: Sendable {
    /// Where an initiative's rows are drawn: its chart (the overview's id prefix, or the file)
    /// and the links of its heading, which name the initiative.
    struct Key: Hashable, Sendable {
        let output: String
        let groupsNames: Bool
        let inline: String?
        let standalone: String?
    }

    /// What the rows show and where: their height in the chart and the rows themselves.
    struct Input: Equatable, Sendable {
        let top: Double
        let rows: [GanttRow]
    }

    /// What drawing the rows adds to a layout's layers, and the height below them.
    struct Drawing: Sendable {
        let layers: GanttLayout.Drawing
        let bottom: Double
    }

    private let drawings = InputMemo<Key, Input, Drawing>()

    func drawing(for key: Key, input: Input, draw: () -> Drawing) -> Drawing {
        drawings.value(key, for: input, compute: draw)
    }
}
