import SitegenSupport

/// One 主なタスク row of an initiative's schedule.
public struct ScheduleTask: Sendable, Hashable {
    public let id: String
    public let task: String
    public let bars: [ScheduleBar]
    public let milestones: [ScheduleMilestone]
    public let location: SourceLocation

    public init(id: String, task: String, bars: [ScheduleBar], milestones: [ScheduleMilestone], location: SourceLocation) {
        self.id = id
        self.task = task
        self.bars = bars
        self.milestones = milestones
        self.location = location
    }

    /// The source shows no timing for this task: it is listed, never drawn as a guess.
    public var hasPublishedTiming: Bool { !bars.isEmpty || !milestones.isEmpty }
}

public struct ScheduleBar: Sendable, Hashable {
    public let from: SchedulePosition
    public let to: SchedulePosition
    public let label: String?
    public let spansYears: Bool
    /// Resolved against the fiscal year at validation.
    public let startMonth: YearMonth
    public let endMonth: YearMonth

    public init(from: SchedulePosition, to: SchedulePosition, label: String?, spansYears: Bool,
                startMonth: YearMonth, endMonth: YearMonth) {
        self.from = from
        self.to = to
        self.label = label
        self.spansYears = spansYears
        self.startMonth = startMonth
        self.endMonth = endMonth
    }
}

public struct ScheduleMilestone: Sendable, Hashable {
    public let at: SchedulePosition
    public let label: String
    /// The month the ▲ stands in (a quarter resolves to its first month).
    public let month: YearMonth

    public init(at: SchedulePosition, label: String, month: YearMonth) {
        self.at = at
        self.label = label
        self.month = month
    }
}
