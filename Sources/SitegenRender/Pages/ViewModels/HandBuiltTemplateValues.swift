import SitegenSupport

// Template values built without reflection for the models on every page (labels,
// links) and those that repeat by the thousand on a large report (table rows, one
// initiative's tables). The same keys and values as `TemplateContext.reflected`:
// `TemplateFastPathTests` compares the two for every model of every fixture page.

extension LabelsModel {
    func templateValues() -> [String: TemplateValue]? {
        ["vision": .text(vision), "kpis": .text(kpis), "schedule": .text(schedule), "notes": .text(notes),
         "details": .text(details), "dataLinks": .text(dataLinks), "neighbours": .text(neighbours),
         "previous": .text(previous), "next": .text(next), "themes": .text(themes), "theme": .text(theme),
         "initiative": .text(initiative), "source": .text(source), "versionNote": .optionalText(versionNote)]
    }
}

extension LinkModel {
    func templateValues() -> [String: TemplateValue]? { ["href": .text(href), "label": .html(label)] }
}

extension InitiativeLinkModel {
    func templateValues() -> [String: TemplateValue]? {
        ["href": .text(href), "label": .html(label), "summary": .optionalHTML(summary)]
    }
}

extension InitiativeModel {
    func templateValues() -> [String: TemplateValue]? {
        ["number": .text(number), "theme": .optionalModel(theme), "summary": .optionalHTML(summary),
         "visions": .models(visions), "kpiTable": .model(kpiTable), "kpiCharts": .htmlList(kpiCharts),
         "gantt": .optionalHTML(gantt), "scheduleTable": .model(scheduleTable), "notes": .htmlList(notes),
         "body": .optionalHTML(body), "data": .optionalHTML(data), "previous": .optionalModel(previous),
         "next": .optionalModel(next)]
    }
}

extension InitiativeModel.Vision {
    func templateValues() -> [String: TemplateValue]? { ["mark": .text(mark), "text": .html(text)] }
}

extension KPITableModel {
    func templateValues() -> [String: TemplateValue]? {
        ["caption": .text(caption), "ariaLabel": .text(ariaLabel), "baselineHeader": .html(baselineHeader),
         "hasRows": .flag(hasRows), "rows": .models(rows), "actualNote": .optionalHTML(actualNote),
         "hasGrades": .flag(hasGrades), "gradeHeader": .text(gradeHeader), "ruleNote": .optionalHTML(ruleNote)]
    }
}

extension KPITableModel.Row {
    func templateValues() -> [String: TemplateValue]? {
        ["id": .text(id), "label": .html(label), "target": .html(target), "baseline": .html(baseline),
         "actual": .html(actual), "unit": .text(unit), "note": .html(note), "isMilestone": .flag(isMilestone),
         "grade": .html(grade)]
    }
}

extension ScheduleTableModel {
    func templateValues() -> [String: TemplateValue]? {
        ["caption": .text(caption), "ariaLabel": .text(ariaLabel), "span": .text(span), "hasRows": .flag(hasRows),
         "noTiming": .text(noTiming), "none": .text(none), "rows": .models(rows)]
    }
}

extension ScheduleTableModel.Row {
    func templateValues() -> [String: TemplateValue]? {
        ["task": .html(task), "hasTiming": .flag(hasTiming), "bars": .htmlList(bars), "milestones": .htmlList(milestones)]
    }
}

extension ScheduleModel.Item {
    func templateValues() -> [String: TemplateValue]? {
        ["href": .text(href), "label": .html(label), "scheduleTable": .model(scheduleTable)]
    }
}

extension KPIOverviewModel.Row {
    func templateValues() -> [String: TemplateValue]? {
        ["anchor": .text(anchor), "href": .text(href), "label": .html(label), "theme": .html(theme),
         "themeOrder": .text(themeOrder), "initiative": .html(initiative), "order": .text(order),
         "baseline": .html(baseline), "target": .html(target), "latest": .html(latest), "bar": .html(bar),
         "progress": .text(progress), "progressSort": .text(progressSort), "grade": .html(grade),
         "gradeSort": .text(gradeSort)]
    }
}
