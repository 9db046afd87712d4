import SitegenSupport
import SitegenModel
import SitegenContent

/// Wording of dates, KPI values and schedule positions on pages (dates and
/// KPI values as HTML, months as text).
/// Era labels always derive from the Gregorian values (JapaneseEra).
enum PageFormat {
    /// `<time datetime="2024-04-01">2024年4月1日(令和6年4月1日)</time>`
    static func date(_ date: CalendarDate) -> HTML {
        var writer = MarkupWriter(capacity: 96)
        openTime(date, &writer)
        writeJapanese(date, &writer)
        writer.markup("（")
        writer.text(JapaneseEra.yearLabel(date.year))
        writeMonthAndDay(date, &writer)
        writer.markup("）</time>")
        return writer.html
    }

    /// 2024年9月30日 without the era, for dense table cells.
    static func shortDate(_ date: CalendarDate) -> HTML {
        var writer = MarkupWriter(capacity: 64)
        openTime(date, &writer)
        writeJapanese(date, &writer)
        writer.markup("</time>")
        return writer.html
    }

    // A date is written digit by digit into the page, in the words of `CalendarDate.iso`, `japanese`
    // and `japaneseEra` (PageFormatTests holds them together), with no `String` of it on the way.

    private static func openTime(_ date: CalendarDate, _ writer: inout MarkupWriter) {
        writer.markup("<time datetime=\"")
        writer.number(date.year, width: 4)
        writer.markup("-")
        writer.number(date.month, width: 2)
        writer.markup("-")
        writer.number(date.day, width: 2)
        writer.markup("\">")
    }

    private static func writeJapanese(_ date: CalendarDate, _ writer: inout MarkupWriter) {
        writer.number(date.year)
        writer.markup("年")
        writeMonthAndDay(date, &writer)
    }

    private static func writeMonthAndDay(_ date: CalendarDate, _ writer: inout MarkupWriter) {
        writer.number(date.month)
        writer.markup("月")
        writer.number(date.day)
        writer.markup("日")
    }

    /// The target as the source words it: "60%", "12課中2件以内", "発生ゼロ". The
    /// comparison is data for charts; it is never appended as 以上/以内.
    static func target(_ kpi: KPI) -> HTML? {
        kpi.targetText.map { HTML(inlineText: $0) }
    }

    /// "46%(令和5年度実績)" plus its note; the value as the source words it.
    static func baseline(_ kpi: KPI) -> HTML? {
        guard let baseline = kpi.baseline, let text = kpi.baselineText else { return nil }
        var html = HTML(inlineText: text)
        if !baseline.label.isEmpty { html = html + "（" + HTML(inlineText: baseline.label) + "）" }
        if let note = baseline.note, !note.isEmpty { html = html + "<br>" + HTML(inlineText: note) }
        return html
    }

    /// Every reported value with its date, latest last.
    static func actuals(_ kpi: KPI) -> [HTML] {
        kpi.actuals.map { actual in
            var html = HTML(text: kpi.formatted(actual.value)) + "（" + shortDate(actual.date) + "時点）"
            if let note = actual.note, !note.isEmpty { html = html + " " + HTML(inlineText: note) }
            return html
        }
    }

    /// "7月", or "2025年4月" when the month lies outside the fiscal year.
    static func month(_ month: YearMonth, in year: FiscalYear) -> String {
        year.contains(month) ? "\(month.month)月" : "\(month.year)年\(month.month)月"
    }

    /// A milestone's time: its month, or the quarter the source places it in ("10～12月"), never a month of that quarter.
    static func milestone(_ milestone: ScheduleMilestone, in year: FiscalYear) -> String {
        guard let quarter = milestone.quarter else { return month(milestone.month, in: year) }
        return monthRange(from: year.firstMonth(ofQuarter: quarter), to: year.lastMonth(ofQuarter: quarter), in: year)
    }

    /// "4～6月" as in the source documents; a range over the year end says so ("10月～翌年3月");
    /// full dates where a bar leaves the fiscal year.
    static func monthRange(from start: YearMonth, to end: YearMonth, in year: FiscalYear) -> String {
        if year.contains(start), year.contains(end) {
            if start == end { return "\(start.month)月" }
            return start.year == end.year ? "\(start.month)～\(end.month)月" : "\(start.month)月～翌年\(end.month)月"
        }
        return "\(start.year)年\(start.month)月～\(end.year)年\(end.month)月"
    }

    /// "2024年4月～2025年3月"
    static func fiscalYearSpan(_ year: FiscalYear) -> String {
        "\(year.firstMonth.year)年\(year.firstMonth.month)月～\(year.lastMonth.year)年\(year.lastMonth.month)月"
    }
}
