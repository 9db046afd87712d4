import SitegenSupport

/// One 重点取組: the unit of a page, a row in the open data, a row in the Gantt.
package struct Initiative: Sendable, Hashable {
    package let id: String
    package let number: Int
    /// A theme id from `site.yaml`.
    package let theme: String
    package let title: String
    /// めざす姿 numbers.
    package let vision: [Int]
    /// めざす姿 as this initiative quotes them where the source words them
    /// differently from `site.yaml` (number → text); the text is copied, not normalised.
    package let visionWording: [Int: String]
    package let summary: String
    package let kpis: [KPI]
    package let schedule: [ScheduleTask]
    /// Initiative-level ※ footnotes.
    package let notes: [String]
    /// Markdown.
    package let body: String
    /// Where the file is, for diagnostics found after loading.
    package let location: SourceLocation
    /// Line in the file where the Markdown body starts (front matter offset).
    package let bodyStartLine: Int
    /// True where this language has no text of its own and the base text is shown.
    package let isFallback: Bool
    /// Where the values of its file are (the texts `location`'s file gives).
    package let sourceMap: SourceMap

    /// Without `sourceMap`, no value has a position.
    package init(id: String, number: Int, theme: String, title: String, vision: [Int], visionWording: [Int: String] = [:],
                summary: String,
                kpis: [KPI], schedule: [ScheduleTask], notes: [String], body: String,
                location: SourceLocation, bodyStartLine: Int, isFallback: Bool = false, sourceMap: SourceMap? = nil) {
        self.id = id
        self.number = number
        self.theme = theme
        self.title = title
        self.vision = vision
        self.visionWording = visionWording
        self.summary = summary
        self.kpis = kpis
        self.schedule = schedule
        self.notes = notes
        self.body = body
        self.location = location
        self.bodyStartLine = bodyStartLine
        self.isFallback = isFallback
        self.sourceMap = sourceMap ?? SourceMap(path: location.path)
    }
}
