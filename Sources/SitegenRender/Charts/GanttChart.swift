import SitegenSupport
import SitegenModel
import SitegenContent

/// Quarterly schedules (Gantt charts): one per initiative, and one for the whole report.
package enum GanttChart {
    /// One initiative's schedule. `asOf` (when the report states one) draws the 時点 line
    /// when it falls inside `fiscalYear`.
    package static func render(initiative: Initiative, fiscalYear: FiscalYear, asOf: CalendarDate?, text: ChartText,
                              idPrefix: String) -> RenderedChart {
        let rows = initiative.schedule.map { GanttRow.task($0, indent: 0) }
        let caption = text.ganttCaption(initiative.title, fiscalYear.label)
        var sentences = [text.ganttIntroSentence(fiscalYear.label, fiscalYear.firstMonth, fiscalYear.lastMonth)]
        sentences += initiative.schedule.map { taskSentence($0, year: fiscalYear, text: text) }
        if let asOf { sentences.append(text.asOfSentence(asOf)) }
        let table = ChartFigure.table(caption: caption, columns: [text.taskHeader, text.contentHeader, text.periodHeader],
                                      groups: [initiative.schedule.flatMap { taskRows($0, year: fiscalYear, text: text) }])
        return assemble(rows: rows, kind: "gantt", caption: caption, sentences: sentences, table: table,
                        fiscalYear: fiscalYear, asOf: asOf, text: text, idPrefix: idPrefix, hasLinks: false)
    }

    package static func render(initiative: Initiative, site: Site, text: ChartText, idPrefix: String) -> RenderedChart {
        render(initiative: initiative, fiscalYear: site.fiscalYear, asOf: site.report.asOf, text: text, idPrefix: idPrefix)
    }

    /// The whole report: initiatives grouped by theme, each heading linking to its page.
    /// `link` gives the URL used on the page (relative); `standaloneLink` the one in the
    /// `.svg` file (default: absolute, from the site's base URL; return nil for no link).
    /// - Parameter captionSuffix: names one page of a split schedule (its theme and page), after the chart's title.
    package static func renderOverall(site: Site, text: ChartText, idPrefix: String, captionSuffix: String = "",
                                     link: (Initiative) -> String?,
                                     standaloneLink: ((Initiative) -> String?)? = nil) -> RenderedChart {
        let fiscalYear = site.fiscalYear
        let absolute: (Initiative) -> String? = standaloneLink ?? { initiative in
            let page = SitePaths.localized(SitePaths.initiative(initiative.id), site.language)
            return site.report.baseURL + String(page.dropLast("index.html".count))
        }
        var rows: [GanttRow] = []
        var sentences = [text.ganttIntroSentence(fiscalYear.label, fiscalYear.firstMonth, fiscalYear.lastMonth)]
        var groups: [[[ChartFigure.Cell]]] = []
        for theme in site.themes.sorted(by: { $0.number < $1.number }) {
            let initiatives = site.initiatives(inTheme: theme.id).sorted { $0.number < $1.number }
            guard !initiatives.isEmpty else { continue }
            let themeHeading = text.themeHeading(theme)
            rows.append(.theme(themeHeading))
            sentences.append(text.initiativeSentence(themeHeading))
            var group: [[ChartFigure.Cell]] = [[.header(themeHeading, scope: "rowgroup", colspan: 4)]]
            for initiative in initiatives {
                let heading = text.initiativeHeading(initiative.number, initiative.title)
                rows.append(.initiative(heading, inline: link(initiative), standalone: absolute(initiative)))
                sentences.append(text.initiativeSentence(heading))
                if initiative.schedule.isEmpty {
                    rows.append(.noSchedule(indent: 16))
                    sentences.append(text.noTiming + "。")
                    group.append([.link(heading, href: link(initiative), asHeader: true), .data(""),
                                  .data(text.noTiming, colspan: 2)])
                }
                for task in initiative.schedule {
                    rows.append(.task(task, indent: 16))
                    sentences.append(taskSentence(task, year: fiscalYear, text: text))
                    for row in taskRows(task, year: fiscalYear, text: text) {
                        group.append([.link(heading, href: link(initiative), asHeader: true)] + row)
                    }
                }
            }
            groups.append(group)
        }
        if let asOf = site.report.asOf { sentences.append(text.asOfSentence(asOf)) }
        let caption = text.overallGanttCaption(fiscalYear.label) + captionSuffix
        let table = ChartFigure.table(caption: caption,
                                      columns: [text.initiativeHeader, text.taskHeader, text.contentHeader, text.periodHeader],
                                      groups: groups)
        return assemble(rows: rows, kind: "gantt-all", caption: caption, sentences: sentences, table: table,
                        fiscalYear: fiscalYear, asOf: site.report.asOf, text: text, idPrefix: idPrefix, hasLinks: true)
    }

    // MARK: Words

    /// Bars and milestones of a task in time order, each as (content, period) words.
    static func items(_ task: ScheduleTask, year: FiscalYear, text: ChartText) -> [(content: String, period: String)] {
        var entries: [(order: Int, index: Int, content: String, period: String)] = []
        for (index, bar) in task.bars.enumerated() {
            entries.append((bar.startMonth.ordinal, index, bar.label ?? text.unnamedBar,
                            text.periodLabel(bar.startMonth, bar.endMonth)))
        }
        for (index, milestone) in task.milestones.enumerated() {
            entries.append((milestone.month.ordinal, task.bars.count + index, text.milestoneItem(milestone.label),
                            text.milestonePeriod(milestone, in: year)))
        }
        return entries.sorted { ($0.order, $0.index) < ($1.order, $1.index) }.map { ($0.content, $0.period) }
    }

    static func taskSentence(_ task: ScheduleTask, year: FiscalYear, text: ChartText) -> String {
        text.taskSentence(task.task, items(task, year: year, text: text).map { text.periodItem($0.content, $0.period) })
    }

    static func taskRows(_ task: ScheduleTask, year: FiscalYear, text: ChartText) -> [[ChartFigure.Cell]] {
        guard task.hasPublishedTiming else { return [[.header(task.task), .data(text.noTiming, colspan: 2)]] }
        return items(task, year: year, text: text).map { [.header(task.task), .data($0.content), .data($0.period)] }
    }

    static func assemble(rows: [GanttRow], kind: String, caption: String, sentences: [String], table: ByteBuffer,
                         fiscalYear: FiscalYear, asOf: CalendarDate?, text: ChartText, idPrefix: String,
                         hasLinks: Bool) -> RenderedChart {
        let textAlternative = sentences.filter { !$0.isEmpty }.joined()
        // The overview pins its task names on the page while the months scroll (GanttNames).
        let pinsNames = kind == "gantt-all"
        func document(_ output: ChartOutput) -> (svg: ByteBuffer, height: Double, layout: GanttLayout) {
            var layout = GanttLayout(fiscalYear: fiscalYear, asOf: asOf, text: text, output: output,
                                     groupsNames: pinsNames && !output.isStandalone)
            let height = layout.draw(rows: rows, heading: output.isStandalone ? caption : nil)
            return (SVGDocument.make(output: output, height: height, title: caption, description: textAlternative,
                                     body: layout.markup, hasLinks: hasLinks && layout.hasLinks), height, layout)
        }
        let output = ChartOutput.inline(idPrefix: idPrefix)
        let inline = document(output)
        var pinned = ByteBuffer()
        if pinsNames {
            pinned = GanttNames.overlay(output: output, height: inline.height)
            pinned.append(UInt8(ascii: "\n"))
        }
        // The file is the page's drawing below the file's heading: moved down, not drawn again.
        var heading = GanttLayout(fiscalYear: fiscalYear, asOf: asOf, text: text, output: .standalone)
        let headingHeight = heading.drawHeading(caption)
        let standaloneFile = inline.layout.fileMarkup(shiftedDownBy: headingHeight, below: heading).map { body in
            SVGDocument.file(height: inline.height + headingHeight, title: caption, description: textAlternative,
                             body: body, hasLinks: hasLinks && inline.layout.hasLinks)
        }
        // (Drawn again only when it cannot be moved: a row that links on the page but not in the file.)
        return RenderedChart(inlineSVG: inline.svg, standaloneFile: standaloneFile ?? document(.standalone).svg,
                             textAlternative: textAlternative, dataTable: table,
                             figure: ChartFigure.figure(kind: kind, caption: caption, pinned: pinned, inlineSVG: inline.svg, table: table,
                                                            summary: text.dataTableSummary))
    }
}

/// A row of a Gantt chart.
enum GanttRow: Equatable, Sendable {
    case theme(String)
    case initiative(String, inline: String?, standalone: String?)
    case task(ScheduleTask, indent: Double)
    case noSchedule(indent: Double)

    /// A theme's or an initiative's heading: the rows below it, up to the next, are its own.
    var beginsGroup: Bool {
        switch self {
        case .theme, .initiative: true
        case .task, .noSchedule: false
        }
    }
}
