import SitegenSupport

// Template values built without reflection for the pages that list the whole report
// (schedule, KPI list, home, theme pages) and their pagers: reflecting them cast every
// row to `TemplateModel` at run time. The same keys and values as
// `TemplateContext.reflected`: `TemplateFastPathTests` compares the two.

extension ScheduleModel {
    func templateValues() -> [String: TemplateValue]? {
        ["span": .text(span), "gantt": .optionalHTML(gantt), "themes": .models(themes),
         "index": .optionalModel(index), "pager": .optionalModel(pager)]
    }
}

extension ScheduleModel.ThemeGroup {
    func templateValues() -> [String: TemplateValue]? { ["label": .html(label), "initiatives": .models(initiatives)] }
}

extension KPIListModel {
    func templateValues() -> [String: TemplateValue]? {
        ["overview": .optionalModel(overview), "script": .optionalText(script), "index": .optionalModel(index),
         "pager": .optionalModel(pager)]
    }
}

extension KPIOverviewModel {
    func templateValues() -> [String: TemplateValue]? {
        ["caption": .text(caption), "themeHeader": .text(themeHeader), "initiativeHeader": .text(initiativeHeader),
         "latestHeader": .text(latestHeader), "progressHeader": .text(progressHeader), "gradeHeader": .text(gradeHeader),
         "sortNote": .text(sortNote), "hasRows": .flag(hasRows), "rows": .models(rows),
         "actualNote": .optionalHTML(actualNote), "ruleNote": .optionalHTML(ruleNote)]
    }
}

extension HomeModel {
    func templateValues() -> [String: TemplateValue]? {
        ["progressSummary": .optionalHTML(progressSummary), "asOf": .optionalHTML(asOf),
         "introduction": .optionalHTML(introduction), "mission": .htmlList(mission), "vision": .htmlList(vision),
         "values": .htmlList(values), "themes": .models(themes)]
    }
}

extension HomeModel.ThemeCard {
    func templateValues() -> [String: TemplateValue]? {
        ["id": .text(id), "href": .text(href), "label": .html(label), "summary": .optionalHTML(summary),
         "listsInitiatives": .flag(listsInitiatives), "initiatives": .models(initiatives),
         "initiativeCount": .optionalText(initiativeCount)]
    }
}

extension ThemePageModel {
    func templateValues() -> [String: TemplateValue]? {
        ["progressSummary": .optionalHTML(progressSummary), "summary": .optionalHTML(summary),
         "initiatives": .models(initiatives), "pager": .optionalModel(pager)]
    }
}

extension PagerModel {
    func templateValues() -> [String: TemplateValue]? {
        ["label": .text(label), "previous": .optionalModel(previous), "next": .optionalModel(next), "items": .models(items)]
    }
}

extension PagerModel.Item {
    func templateValues() -> [String: TemplateValue]? {
        ["href": .text(href), "label": .text(label), "isCurrent": .flag(isCurrent), "isGap": .flag(isGap)]
    }
}

extension ListIndexModel {
    func templateValues() -> [String: TemplateValue]? { ["note": .text(note), "groups": .models(groups)] }
}

extension ListIndexModel.Group {
    func templateValues() -> [String: TemplateValue]? {
        ["label": .html(label), "count": .text(count), "parts": .models(parts)]
    }
}
