import SitegenSupport

/// One 重点取組: the unit of a page, a row in the open data, a row in the Gantt.
public struct Initiative: Sendable, Hashable {
    public let id: String
    public let number: Int
    /// A theme id from `site.yaml`.
    public let theme: String
    public let title: String
    /// めざす姿 numbers.
    public let vision: [Int]
    public let summary: String
    public let kpis: [KPI]
    public let schedule: [ScheduleTask]
    /// Initiative-level ※ footnotes.
    public let notes: [String]
    /// Markdown.
    public let body: String
    /// Where the file is, for diagnostics found after loading.
    public let location: SourceLocation
    /// Line in the file where the Markdown body starts (front matter offset).
    public let bodyStartLine: Int
    /// True where this language has no text of its own and the base text is shown.
    public let isFallback: Bool

    public init(id: String, number: Int, theme: String, title: String, vision: [Int], summary: String,
                kpis: [KPI], schedule: [ScheduleTask], notes: [String], body: String,
                location: SourceLocation, bodyStartLine: Int, isFallback: Bool = false) {
        self.id = id
        self.number = number
        self.theme = theme
        self.title = title
        self.vision = vision
        self.summary = summary
        self.kpis = kpis
        self.schedule = schedule
        self.notes = notes
        self.body = body
        self.location = location
        self.bodyStartLine = bodyStartLine
        self.isFallback = isFallback
    }
}
