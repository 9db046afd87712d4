import SitegenSupport

/// One 重点取組: the unit of a page, a row in the open data, a row in the Gantt.
/// Its values live in one shared box: an initiative is copied wherever a list is read
/// (every memo check of `sitegen serve` copies hundreds), and a copy of the fields one
/// by one retained each string and array (a dozen references).
package struct Initiative: Sendable, Hashable {
    private let fields: Box

    package var id: String { fields.values.id }
    package var number: Int { fields.values.number }
    /// A theme id from `site.yaml`.
    package var theme: String { fields.values.theme }
    package var title: String { fields.values.title }
    /// めざす姿 numbers.
    package var vision: [Int] { fields.values.vision }
    /// めざす姿 as this initiative quotes them where the source words them
    /// differently from `site.yaml` (number → text); the text is copied, not normalised.
    package var visionWording: [Int: String] { fields.values.visionWording }
    package var summary: String { fields.values.summary }
    package var kpis: [KPI] { fields.values.kpis }
    package var schedule: [ScheduleTask] { fields.values.schedule }
    /// Initiative-level ※ footnotes.
    package var notes: [String] { fields.values.notes }
    /// Markdown.
    package var body: String { fields.values.body }
    /// Where the file is, for diagnostics found after loading.
    package var location: SourceLocation { fields.values.location }
    /// Line in the file where the Markdown body starts (front matter offset).
    package var bodyStartLine: Int { fields.values.bodyStartLine }
    /// True where this language has no text of its own and the base text is shown.
    package var isFallback: Bool { fields.values.isFallback }
    /// Where the values of its file are (the texts `location`'s file gives).
    package var sourceMap: SourceMap { fields.values.sourceMap }

    /// Without `sourceMap`, no value has a position.
    package init(id: String, number: Int, theme: String, title: String, vision: [Int], visionWording: [Int: String] = [:],
                summary: String,
                kpis: [KPI], schedule: [ScheduleTask], notes: [String], body: String,
                location: SourceLocation, bodyStartLine: Int, isFallback: Bool = false, sourceMap: SourceMap? = nil) {
        fields = Box(Values(id: id, number: number, theme: theme, title: title, vision: vision, visionWording: visionWording,
                            summary: summary, kpis: kpis, schedule: schedule, notes: notes, body: body, location: location,
                            bodyStartLine: bodyStartLine, isFallback: isFallback,
                            sourceMap: sourceMap ?? SourceMap(path: location.path)))
    }

    /// Equal when every value is (the same box is, without reading it).
    package static func == (lhs: Initiative, rhs: Initiative) -> Bool {
        lhs.fields === rhs.fields || lhs.fields.values == rhs.fields.values
    }

    package func hash(into hasher: inout Hasher) { hasher.combine(fields.values) }

    private struct Values: Sendable, Hashable {
        let id: String, number: Int, theme: String, title: String
        let vision: [Int], visionWording: [Int: String]
        let summary: String, kpis: [KPI], schedule: [ScheduleTask], notes: [String], body: String
        let location: SourceLocation, bodyStartLine: Int, isFallback: Bool, sourceMap: SourceMap
    }

    private final class Box: Sendable {
        let values: Values
        init(_ values: Values) { self.values = values }
    }
}
