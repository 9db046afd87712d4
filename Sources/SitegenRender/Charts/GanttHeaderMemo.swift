import SitegenSupport
import SitegenModel

/// The month header of a Gantt chart (the task column's title, the quarters, the
/// months and the line below them), drawn once per language, fiscal year and place:
/// every initiative's chart has the same one, and in easy Japanese each of its
/// seventeen labels is drawn with readings.
final class GanttHeaderMemo: Sendable {
    struct Key: Hashable, Sendable {
        let fiscalYear: FiscalYear
        let top: Double
    }

    private let drawings = BoundedMemo<Key, GanttLayout.Drawing>(limit: 256)

    func drawing(for key: Key, draw: () -> GanttLayout.Drawing) -> GanttLayout.Drawing {
        drawings.value(for: key, compute: draw)
    }
}
