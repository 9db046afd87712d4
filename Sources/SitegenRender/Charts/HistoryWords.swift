import SitegenSupport
import SitegenModel
import SitegenContent

/// The words of a KPI's history chart (its values over the years), in one language.
/// Dates and fiscal years keep their kanji (年・月・日・度), drawn with readings above in easy charts.
package struct HistoryWords: Sendable {
    /// Figure caption. Argument: the KPI's label.
    let caption: @Sendable (String) -> String
    /// Row header of the target row in the data table.
    let targetWord: String
    /// First sentence of the text alternative. Arguments: label, number of points.
    let introSentence: @Sendable (String, Int) -> String
    /// One point in the text alternative. Arguments: what it is (baseline label or date words), value.
    let pointSentence: @Sendable (String, String) -> String
    /// Column headers of the data table: when, fiscal year, value.
    let whenHeader: String, fiscalYearHeader: String, valueHeader: String
    /// The target as the reference line's sentence. Argument: the target as the source words it.
    let targetSentence: @Sendable (String) -> String
    /// An actual's name in the table and its mark: "2025年9月30日の実績".
    let actualName: @Sendable (CalendarDate) -> String
    /// The short date under a point ("2025年9月"), and the reference line's label ("目標 60%").
    let tick: @Sendable (CalendarDate) -> String, targetLabel: @Sendable (String) -> String

    /// A language's history words from its strings file (`history.*`).
    init(_ s: FrameStrings) {
        caption = { s.text("history.caption", ["label": $0]) }
        targetWord = s["history.targetWord"]
        introSentence = { label, count in s.text("history.introSentence", ["label": label, "count": "\(count)"]) }
        pointSentence = { name, value in s.text("history.pointSentence", ["name": name, "value": value]) }
        whenHeader = s["history.whenHeader"]; fiscalYearHeader = s["history.fiscalYearHeader"]; valueHeader = s["history.valueHeader"]
        targetSentence = { s.text("history.targetSentence", ["target": $0]) }
        actualName = { s.text("history.actualName", ["date": $0.japanese]) }
        tick = { s.text("history.tick", ["year": "\($0.year)", "month": "\($0.month)"]) }
        targetLabel = { s.text("history.targetLabel", ["target": $0]) }
    }
}
