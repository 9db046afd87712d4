import SitegenSupport
import SitegenModel
import SitegenContent

/// The pages that list initiatives: theme pages, the schedule and the KPI list, on one
/// page each while the report fits, else split by theme and then into pages (`ListLayout`).
extension LanguagePageRenderer {
    func themePage(_ part: ListPart) -> PageDraft {
        let theme = part.theme
        let path = part.path(in: "themes")
        let full = SitePaths.localized(path, language)
        let pageSuffix = pageOfPages(part)
        let progress = extras.progressSummary(site, .theme(part, captionSuffix: pageSuffix), full)
        var model = ThemePageModel(progressSummary: progress?.figure, summary: nonEmpty(theme.summary),
                                   initiatives: initiativeLinks(part.initiatives, from: full))
        model.pager = pager(part, in: "themes", from: full)
        let name = labels.theme + theme.circledNumber + " " + InlineText.plain(theme.title)
        var trail = [(HTML(text: labels.themes), SitePaths.home + "#themes")]
        if part.page > 1 { trail.append((HTML(text: labels.theme) + themeLabel(theme), SitePaths.theme(theme.id))) }
        return PageDraft(path: path, template: "theme", model: model,
                         heading: HTML(text: labels.theme) + themeLabel(theme) + HTML(text: pageSuffix), titleText: name + pageSuffix,
                         description: InlineText.plain(theme.summary ?? "").isEmpty ? name : InlineText.plain(theme.summary ?? ""),
                         trail: trail, navPath: nil, isFallback: site.isFallback, charts: progress?.file.map { [$0] } ?? [],
                         dated: .initiatives(part.initiatives))
    }

    /// The KPI list: the whole report's table, the index of a split list (nil part), or one page of it.
    func kpiListPage(_ part: ListPart?) -> PageDraft {
        let path = part?.path(in: "kpis") ?? SitePaths.kpis
        let full = SitePaths.localized(path, language)
        let script = SitePaths.relativeURL(from: full, to: SitePaths.sortScript)
        var model: KPIListModel
        if let part {
            model = KPIListModel(overview: kpiOverview(of: part.initiatives, from: full, caption: partName(labels.kpis, part)),
                                 script: script)
            model.pager = pager(part, in: "kpis", from: full)
        } else if layout.isSplit {
            model = KPIListModel(overview: nil, script: nil, index: listIndex(of: "kpis", from: full))
        } else {
            model = KPIListModel(overview: kpiOverview(of: site.initiatives, from: full, caption: labels.kpis), script: script)
        }
        return listDraft(path: path, template: "kpis", model: model, list: labels.kpis, listPath: SitePaths.kpis, part: part,
                         dated: part.map { .initiatives($0.initiatives) } ?? .everything)
    }

    /// The schedule: every initiative's schedule under one Gantt, the index of a split
    /// schedule (nil part), or one page of it with its own Gantt.
    func schedulePage(_ part: ListPart?) -> PageDraft {
        let path = part?.path(in: "schedule") ?? SitePaths.schedule
        let full = SitePaths.localized(path, language)
        let span = site.fiscalYear.label + "（" + PageFormat.fiscalYearSpan(site.fiscalYear) + "）"
        if part == nil && layout.isSplit {
            let model = ScheduleModel(span: span, gantt: nil, themes: [], index: listIndex(of: "schedule", from: full))
            return listDraft(path: path, template: "schedule", model: model, list: labels.schedule, listPath: SitePaths.schedule,
                             part: nil, dated: .report)
        }
        let themes = (part.map { [$0.theme] } ?? site.themes).map { theme in
            ScheduleModel.ThemeGroup(
                label: HTML(text: labels.theme) + themeLabel(theme),
                initiatives: (part?.initiatives ?? site.initiatives(inTheme: theme.id)).map { initiative in
                    ScheduleModel.Item(
                        href: href(from: full, to: SitePaths.initiative(initiative.id)),
                        label: initiativeLabel(initiative),
                        scheduleTable: scheduleTable(initiative, caption: labels.sectionCaption(labels.initiative + "\(initiative.number)", labels.scheduleSection)))
                })
        }
        let gantt = extras.overallGantt(site, part.map { ($0, captionSuffix: "　" + partName(nil, $0)) }, full)
        var model = ScheduleModel(span: span, gantt: gantt?.figure, themes: themes)
        model.pager = part.flatMap { pager($0, in: "schedule", from: full) }
        var draft = listDraft(path: path, template: "schedule", model: model, list: labels.schedule, listPath: SitePaths.schedule,
                              part: part, dated: .report)
        draft.charts = gantt?.file.map { [$0] } ?? []
        return draft
    }

    /// A list page's frame: named after its list, and (a part) its theme and page, under the list in the trail.
    private func listDraft(path: String, template: String, model: any TemplateModel, list: String, listPath: String,
                           part: ListPart?, dated: DatedContent) -> PageDraft {
        let name = partName(list, part)
        let heading = part.map { HTML(text: list) + "　" + HTML(text: labels.theme) + themeLabel($0.theme) + HTML(text: pageOfPages($0)) }
            ?? HTML(text: list)
        return PageDraft(path: path, template: template, model: model, heading: heading, titleText: name,
                         description: name + " – " + InlineText.plain(site.report.title),
                         trail: part == nil ? [] : [(HTML(text: list), listPath)],
                         navPath: part == nil ? listPath : nil, isFallback: site.isFallback,
                         dated: dated)
    }

    /// 「スケジュール　テーマ① …（2／5ページ）」: a part's plain name (without the list's, given nil).
    private func partName(_ list: String?, _ part: ListPart?) -> String {
        guard let part else { return list ?? "" }
        let theme = labels.theme + part.theme.circledNumber + " " + InlineText.plain(part.theme.title) + pageOfPages(part)
        return list.map { $0 + "　" + theme } ?? theme
    }

    /// 「（2／5ページ）」 for a theme of several pages, else nothing.
    private func pageOfPages(_ part: ListPart) -> String {
        part.pageCount > 1 ? strings.text("list.pageOfPages", ["page": String(part.page), "pages": String(part.pageCount)]) : ""
    }

    /// Links to the other pages of the part's theme: previous, the first and last,
    /// two on each side of this one, next. Nil when the theme has one page.
    private func pager(_ part: ListPart, in list: String, from full: String) -> PagerModel? {
        guard part.pageCount > 1 else { return nil }
        func link(_ page: Int) -> String {
            href(from: full, to: SitePaths.listPart(list, theme: part.theme.id, page: page))
        }
        let items = ListLayout.pagerPages(current: part.page, of: part.pageCount).map { page in
            page.map { PagerModel.Item(href: link($0), label: String($0), isCurrent: $0 == part.page, isGap: false) }
                ?? PagerModel.Item(href: "", label: "…", isCurrent: false, isGap: true)
        }
        return PagerModel(
            label: strings["list.pagerLabel"],
            previous: part.page > 1 ? LinkModel(href: link(part.page - 1), label: HTML(text: strings["list.previousPage"])) : nil,
            next: part.page < part.pageCount ? LinkModel(href: link(part.page + 1), label: HTML(text: strings["list.nextPage"])) : nil,
            items: items)
    }

    /// What the index of a split list shows of the initiatives (`sitegen serve`'s memo input):
    /// each theme's number of pages, then each page's number of initiatives and its first
    /// and last initiative's numbers.
    func listIndexShape() -> [Int] {
        site.themes.flatMap { theme in
            let parts = layout.parts(of: theme)
            return [parts.count] + parts.flatMap { part in
                [part.initiatives.count, part.initiatives.first?.number ?? 0, part.initiatives.last?.number ?? 0]
            }
        }
    }

    /// The first page of a split list: each theme with how many initiatives it has and
    /// a link to each of its pages, named by the initiatives the page begins and ends with.
    private func listIndex(of list: String, from full: String) -> ListIndexModel {
        let groups = site.themes.map { theme in
            let parts = layout.parts(of: theme)
            return ListIndexModel.Group(
                label: HTML(text: labels.theme) + themeLabel(theme),
                count: strings.text("list.initiativeCount", ["count": String(parts.reduce(0) { $0 + $1.initiatives.count })]),
                parts: parts.filter { !$0.initiatives.isEmpty }.map { part in
                    let first = labels.initiative + String(part.initiatives[0].number)
                    let last = labels.initiative + String(part.initiatives[part.initiatives.count - 1].number)
                    return LinkModel(href: href(from: full, to: part.path(in: list)),
                                     label: HTML(text: part.initiatives.count == 1 ? first
                                                 : strings.text("list.partRange", ["first": first, "last": last])))
                })
        }
        return ListIndexModel(note: strings.text("list.splitNote", ["size": String(site.pageSize)]), groups: groups)
    }
}
