import SitegenSupport
import SitegenModel

/// Checks of a KPI's actuals that progress depends on: the date inside the report's
/// period (the report's fiscal year and the one before it, where baselines are) and not
/// after its date, one actual per date, actuals only for number KPIs, and a target that
/// leaves a way to cover from the baseline.
enum ActualChecks {
    /// First and last day an actual may be dated: the fiscal year before the report's, then the report's.
    static func period(_ year: FiscalYear) -> ClosedRange<CalendarDate> {
        FiscalYear(year.startYear - 1).firstMonth.firstDay...year.lastMonth.lastDay
    }

    /// Checks the actuals as written (`items`, each with its decoded date) of the KPI read by `item`.
    static func check(_ item: FieldReader, kind: KPI.Kind, dates: [(reader: FieldReader, date: CalendarDate)],
                      references: ReferenceContext) {
        if kind == .milestone, item.has("actuals") {
            item.diagnostics.error(.actualOfWrongKind, "kind: milestone のKPIに数値の実績(actuals)が書かれています。",
                                   at: item.location(of: item.value("actuals")))
        }
        var seen: [CalendarDate: Int] = [:]
        for (reader, date) in dates {
            let location = reader.location(of: reader.value("date"))
            if let year = references.fiscalYear, !period(year).contains(date) {
                let period = period(year)
                reader.diagnostics.error(.actualOutsidePeriod,
                    "実績の日付 \(date.iso) は、報告書の期間(\(period.lowerBound.iso)〜\(period.upperBound.iso))の外です。",
                    at: location)
            } else if let asOf = references.asOf, date > asOf {
                reader.diagnostics.error(.actualAfterReportDate,
                    "実績の日付 \(date.iso) は、報告書の時点(as_of: \(asOf.iso))より後です。", at: location)
            }
            if let first = seen[date] {
                reader.diagnostics.error(.duplicateActualDate, "日付 \(date.iso) の実績が2つあります。", at: location,
                                         hint: "最初は \(first)行目です。" + (DiagnosticCode.duplicateActualDate.defaultHint ?? ""))
            } else {
                seen[date] = location.line
            }
        }
    }

    /// Warnings that say why a KPI with actuals gets no computed progress.
    static func checkProgress(_ item: FieldReader, _ kpi: KPI, dates: [(reader: FieldReader, date: CalendarDate)],
                              references: ReferenceContext) {
        guard kpi.kind == .number, let latest = kpi.actuals.last, let target = kpi.target, let baseline = kpi.baseline,
              target.scope == baseline.scope else { return }
        let where_ = item.mapping("target").map { $0.location(of: $0.value("value")) } ?? item.location
        if target.value.value == baseline.value.value {
            item.diagnostics.warning(.targetEqualsBaseline,
                "目標(\(target.value.text))が基準値と同じため、実績があっても進み具合を計算できません。", at: where_)
        } else if target.comparison.isMet(baseline.value.value, target: target.value.value) {
            item.diagnostics.warning(.targetEqualsBaseline,
                "基準値(\(baseline.value.text))の時点で目標(\(target.value.text))に届いているため、進み具合を計算できません。", at: where_)
        }
        guard let year = references.fiscalYear else { return }
        let start = baseline.date ?? ProgressCalculator.defaultStartDate(year)
        if latest.date <= start, let actual = dates.last(where: { $0.date == latest.date })?.reader {
            item.diagnostics.warning(.actualBeforeBaseline,
                "最新の実績の日付 \(latest.date.iso) が、基準値の日付 \(start.iso) より後ではないため、進み具合を計算しません。",
                at: actual.location(of: actual.value("date")))
        }
    }
}
