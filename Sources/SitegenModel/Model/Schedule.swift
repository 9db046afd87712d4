import SitegenSupport

/// One 主なタスク row of an initiative's schedule.
package struct ScheduleTask: Sendable, Hashable {
    package let id: String
    package let task: String
    package let bars: [ScheduleBar]
    package let milestones: [ScheduleMilestone]
    package let location: SourceLocation

    package init(id: String, task: String, bars: [ScheduleBar], milestones: [ScheduleMilestone], location: SourceLocation) {
        self.id = id
        self.task = task
        self.bars = bars
        self.milestones = milestones
        self.location = location
    }

    /// The source shows no timing for this task: it is listed, never drawn as a guess.
    package var hasPublishedTiming: Bool { !bars.isEmpty || !milestones.isEmpty }
}

package struct ScheduleBar: Sendable, Hashable {
    package let from: SchedulePosition
    package let to: SchedulePosition
    package let label: String?
    package let spansYears: Bool
    /// Resolved against the fiscal year at validation.
    package let startMonth: YearMonth
    package let endMonth: YearMonth

    package init(from: SchedulePosition, to: SchedulePosition, label: String?, spansYears: Bool,
                startMonth: YearMonth, endMonth: YearMonth) {
        self.from = from
        self.to = to
        self.label = label
        self.spansYears = spansYears
        self.startMonth = startMonth
        self.endMonth = endMonth
    }
}

package struct ScheduleMilestone: Sendable, Hashable {
    package let at: SchedulePosition
    package let label: String
    /// The month the ▲ stands in (a quarter resolves to its first month: for order
    /// and drawing only; a quarter is never shown as that month).
    package let month: YearMonth

    package init(at: SchedulePosition, label: String, month: YearMonth) {
        self.at = at
        self.label = label
        self.month = month
    }

    /// The quarter the source places it in, when it gives no month.
    package var quarter: Int? {
        if case .quarter(let q) = at { return q }
        return nil
    }
}
