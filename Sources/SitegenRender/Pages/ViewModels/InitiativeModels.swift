import SitegenSupport

/// `initiative.mustache`.
struct InitiativeModel: TemplateModel {
    struct Vision: TemplateModel { let mark: String; let text: HTML }
    let number: String
    let theme: LinkModel?
    let summary: HTML?
    let visions: [Vision]
    let kpiTable: KPITableModel
    /// One `<figure>` per KPI.
    let kpiCharts: [HTML]
    let gantt: HTML?
    let scheduleTable: ScheduleTableModel
    let notes: [HTML]
    let body: HTML?
    let data: HTML?
    let previous: LinkModel?
    let next: LinkModel?
}

/// The `kpi-table` partial.
struct KPITableModel: TemplateModel {
    struct Row: TemplateModel {
        let id: String
        let label: HTML
        let target: HTML
        let baseline: HTML
        let actual: HTML
        let unit: String
        let note: HTML
        let isMilestone: Bool
        /// The grade and where it comes from (empty when the table shows no grades).
        let grade: HTML
    }
    let caption: String
    let ariaLabel: String
    let baselineHeader: HTML
    let hasRows: Bool
    let rows: [Row]
    /// What "—" in the 実績 column means, said once under the table (nil: no "—").
    let actualNote: HTML?
    /// Whether any KPI of the table has a grade (else the column is left out).
    let hasGrades: Bool
    let gradeHeader: String
    /// The rule of computed grades, said once under the table (nil: none computed).
    let ruleNote: HTML?
}

/// The `schedule-table` partial.
struct ScheduleTableModel: TemplateModel {
    struct Row: TemplateModel {
        let task: HTML
        let hasTiming: Bool
        let bars: [HTML]
        let milestones: [HTML]
    }
    let caption: String
    let ariaLabel: String
    let span: String
    let hasRows: Bool
    let noTiming: String
    let none: String
    let rows: [Row]
}

/// `kpis.mustache`: every initiative's KPI table.
struct KPIListModel: TemplateModel {
    /// The table of the whole report or of one page of it; nil on the index of a split list.
    let overview: KPIOverviewModel?
    /// The sorting script (a self-hosted file: the CSP allows scripts from the site only); nil without a table.
    let script: String?
    var index: ListIndexModel? = nil
    var pager: PagerModel? = nil
}

/// `schedule.mustache`: every initiative's schedule, by theme.
struct ScheduleModel: TemplateModel {
    struct ThemeGroup: TemplateModel { let label: HTML; let initiatives: [Item] }
    struct Item: TemplateModel { let href: String; let label: HTML; let scheduleTable: ScheduleTableModel }
    let span: String
    let gantt: HTML?
    let themes: [ThemeGroup]
    var index: ListIndexModel? = nil
    var pager: PagerModel? = nil
}

/// `kpis.mustache`: every KPI of the site in one table (cards on a phone).
struct KPIOverviewModel: TemplateModel {
    struct Row: TemplateModel {
        /// `kpi-<id>`: the row's stable place on the page.
        let anchor: String
        /// The KPI on its initiative page.
        let href: String
        let label: HTML
        let theme: HTML
        let themeOrder: String
        let initiative: HTML
        /// The row's place in the initiatives' order (the table's order without sorting).
        let order: String
        let baseline: HTML
        let target: HTML
        let latest: HTML
        let bar: HTML
        let progress: String
        /// Numbers the sorting script compares (-1: no progress).
        let progressSort: String
        let grade: HTML
        let gradeSort: String
    }
    let caption: String
    let themeHeader: String
    let initiativeHeader: String
    let latestHeader: String
    let progressHeader: String
    let gradeHeader: String
    let sortNote: String
    let hasRows: Bool
    let rows: [Row]
    let actualNote: HTML?
    let ruleNote: HTML?
}
