import SitegenSupport

/// How far a KPI's latest actual has come from its baseline toward its target, and how
/// far it should have come by the actual's date (pro-rated from the baseline's date to
/// the target's), worked out only from the published figures.
package struct KPIProgress: Sendable, Hashable {
    /// The actual the progress is measured at (the latest).
    package let actual: KPI.Actual
    /// Where the way starts: the baseline, or zero for an `at_least` target without one.
    package let start: Double
    /// Whether `start` is the baseline (false: counted from zero).
    package let startsAtBaseline: Bool
    package let target: Double
    /// The way covered: 0 at the start, 1 on the target, above 1 beyond it, below 0 when worse
    /// than the start. For an `equal` target, 1 minus the distance left (overshooting counts against).
    package let fraction: Double
    /// The way that should be covered by the actual's date: 0…1.
    package let expected: Double
    package let startDate: CalendarDate
    package let dueDate: CalendarDate
    /// Whether the actual meets the target.
    package let isMet: Bool

    /// Rounded percentages, as the pages and the open data say them.
    package var percent: Int { Int((fraction * 100).rounded()) }
    package var expectedPercent: Int { Int((expected * 100).rounded()) }
    /// The progress as a percent of the expected progress, as the rule compares it.
    package var shareOfExpectedPercent: Int { Int((fraction / expected * 100).rounded()) }
}

/// What can be said of a KPI's progress.
package enum ProgressOutcome: Sendable, Hashable {
    /// Worked out (a number KPI with what it needs).
    case computed(KPIProgress)
    /// A milestone KPI by its stage (only where the content gives one).
    case stage(KPI.Status)
    /// Nothing to compute from: no actual yet (no status for a milestone).
    case awaitingActual
    /// Not computed, and why (the page says nothing more than that).
    case notComputed(ProgressGap)

    package var progress: KPIProgress? { if case .computed(let p) = self { p } else { nil } }
}

/// Why a KPI with an actual has no computed progress.
package enum ProgressGap: Sendable, Hashable {
    /// Target and baseline count over different things (`scope`): they are never compared.
    case differentScope
    /// The target equals the baseline, or the baseline already meets it: no way to cover.
    case noWayToCover
    /// An `at_most` or `equal` target without a baseline (only `at_least` counts from zero).
    case noBaseline
    /// The latest actual is dated on or before the baseline's date.
    case actualBeforeBaseline
    /// The target's date is on or before the baseline's date.
    case dueBeforeStart
}

package enum ProgressCalculator {
    /// The default baseline date: the day before the report's fiscal year begins.
    package static func defaultStartDate(_ year: FiscalYear) -> CalendarDate { year.firstMonth.firstDay.previousDay }
    /// The default target date: the last day of the report's fiscal year.
    package static func defaultDueDate(_ year: FiscalYear) -> CalendarDate { year.lastMonth.lastDay }

    package static func outcome(_ kpi: KPI, in year: FiscalYear) -> ProgressOutcome {
        switch kpi.kind {
        case .milestone:
            return kpi.status.map(ProgressOutcome.stage) ?? .awaitingActual
        case .number:
            guard let actual = kpi.actuals.last, let target = kpi.target else { return .awaitingActual }
            if let gap = gap(kpi, actual: actual, target: target, year: year) { return .notComputed(gap) }
            return .computed(progress(kpi, actual: actual, target: target, year: year))
        }
    }

    private static func gap(_ kpi: KPI, actual: KPI.Actual, target: KPI.Target, year: FiscalYear) -> ProgressGap? {
        if let baseline = kpi.baseline {
            if target.scope != baseline.scope { return .differentScope }
            if target.comparison.isMet(baseline.value.value, target: target.value.value) { return .noWayToCover }
        } else {
            guard target.comparison == .atLeast else { return .noBaseline }
            if target.value.value <= 0 { return .noWayToCover }
        }
        let start = kpi.baseline?.date ?? defaultStartDate(year)
        if actual.date <= start { return .actualBeforeBaseline }
        if (target.date ?? defaultDueDate(year)) <= start { return .dueBeforeStart }
        return nil
    }

    private static func progress(_ kpi: KPI, actual: KPI.Actual, target: KPI.Target, year: FiscalYear) -> KPIProgress {
        let start = kpi.baseline?.value.value ?? 0
        let goal = target.value.value
        let value = actual.value.value
        let way = goal - start
        let fraction = target.comparison == .equal ? 1 - abs(goal - value) / abs(way) : (value - start) / way
        let startDate = kpi.baseline?.date ?? defaultStartDate(year)
        let dueDate = target.date ?? defaultDueDate(year)
        let elapsed = Double(actual.date.dayNumber - startDate.dayNumber)
        let expected = min(1, elapsed / Double(dueDate.dayNumber - startDate.dayNumber))
        return KPIProgress(actual: actual, start: start, startsAtBaseline: kpi.baseline != nil, target: goal,
                           fraction: fraction, expected: expected, startDate: startDate, dueDate: dueDate,
                           isMet: target.comparison.isMet(value, target: goal))
    }
}
