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
    }
    let caption: String
    let ariaLabel: String
    let baselineHeader: HTML
    let hasRows: Bool
    let rows: [Row]
    /// What "—" in the 実績 column means, said once under the table (nil: no "—").
    let actualNote: HTML?
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
    struct Group: TemplateModel { let href: String; let label: HTML; let kpiTable: KPITableModel }
    let groups: [Group]
}

/// `schedule.mustache`: every initiative's schedule, by theme.
struct ScheduleModel: TemplateModel {
    struct ThemeGroup: TemplateModel { let label: HTML; let initiatives: [Item] }
    struct Item: TemplateModel { let href: String; let label: HTML; let scheduleTable: ScheduleTableModel }
    let span: String
    let gantt: HTML?
    let themes: [ThemeGroup]
}
