import SitegenSupport
import SitegenModel
import SitegenContent

/// The words of a KPI's history chart (its values over the years), in standard and easy Japanese.
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

    static func forLanguage(_ language: Language) -> HistoryWords { language.isEasy ? easy : standard }

    static let standard = HistoryWords(
        caption: { "「" + $0 + "」の推移" }, targetWord: "目標",
        introSentence: { label, count in "「" + label + "」の値を日付の順に線で結んだグラフです（\(count)時点）。" },
        pointSentence: { name, value in name + "は" + value + "。" },
        whenHeader: "時点", fiscalYearHeader: "年度", valueHeader: "値",
        targetSentence: { "目標の" + $0 + "を横の破線で示しています。" },
        actualName: { $0.japanese + "の実績" },
        tick: { "\($0.year)年\($0.month)月" },
        targetLabel: { "目標 " + $0 })

    static let easy = HistoryWords(
        caption: { "「" + $0 + "」の うつりかわり" }, targetWord: "もくひょう",
        introSentence: { label, _ in "「" + label + "」の 数を、日の じゅんに 線で つないだ 図 です。" },
        pointSentence: { name, value in name + " は " + value + "。" },
        whenHeader: "いつ", fiscalYearHeader: "年度", valueHeader: "かず",
        targetSentence: { "もくひょう の " + $0 + " を 横の 点線で しめして います。" },
        actualName: { $0.japanese + "の けっか" },
        tick: { "\($0.year)年\($0.month)月" },
        targetLabel: { "もくひょう " + $0 })
}
