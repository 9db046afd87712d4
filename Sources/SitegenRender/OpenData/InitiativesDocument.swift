import SitegenSupport
import SitegenModel
import SitegenContent

/// initiatives.json: the whole report in one document, every text in every
/// language (`{"ja": …, "easy": …}`), numbers as written, stable ids and
/// absolute page URLs. `InitiativesSchema` describes it.
enum InitiativesDocument {
    static let formatVersion = 1

    /// Where each initiative's object goes in `make`'s document (the members of `initiatives`).
    static let initiativeIndent = 2
    /// Where the initiative's object is written in its own file (`single`).
    static let singleIndent = 1

    /// - Parameter initiatives: each initiative's object in number order, written at `initiativeIndent`.
    static func make(_ texts: LanguageTexts, schemaURL: String, initiatives: [ByteBuffer]) -> JSONValue {
        let base = texts.base
        return .object([
            ("schema_url", .string(schemaURL)),
            ("format_version", .int(formatVersion)),
            ("site", site(texts)),
            ("dx_vision", .array(base.dxVision.sorted { $0.number < $1.number }.map { item in
                .object([
                    ("number", .int(item.number)),
                    ("text", texts.json { $0.visionItem(number: item.number)?.text }),
                ])
            })),
            ("themes", .array(base.themes.sorted { $0.number < $1.number }.map { theme(theme: $0, texts) })),
            ("initiatives", .array(initiatives.map(JSONValue.written))),
        ])
    }

    /// The document one initiative page links to: the report's identity and license, and that initiative.
    /// - Parameter object: the initiative's object (`initiative(_:_:)`) written at `singleIndent`.
    static func single(_ texts: LanguageTexts, schemaURL: String, object: JSONValue) -> JSONValue {
        let report = texts.base.report
        let license = DataLicense(spdx: report.license)
        return .object([
            ("schema_url", .string(schemaURL)),
            ("format_version", .int(formatVersion)),
            ("organization", .string(texts.base.organization.name)),
            ("title", texts.json { $0.report.title }),
            ("fiscal_year", .int(report.fiscalYear)),
            ("fiscal_year_label", .string(report.fiscalYearLabel)),
            ("as_of", .string(report.asOf?.iso)),
            ("license", licenseJSON(license)),
            ("attribution", .string(Attribution.modified(texts.base))),
            ("whole_report_url", .string(OpenDataPaths.absoluteURL(base: report.baseURL, path: OpenDataPaths.initiativesJSON))),
            ("initiative", object),
        ])
    }

    static func licenseJSON(_ license: DataLicense) -> JSONValue {
        .object([("id", .string(license.id)), ("title", .string(license.title)), ("url", .string(license.url))])
    }

    private static func site(_ texts: LanguageTexts) -> JSONValue {
        let base = texts.base
        let report = base.report
        let year = base.fiscalYear
        return .object([
            ("organization", .string(base.organization.name)),
            ("title", texts.json { $0.report.title }),
            ("description", texts.json { $0.report.description }),
            ("introduction_markdown", texts.json { $0.report.introduction }),
            ("fiscal_year", .int(report.fiscalYear)),
            ("fiscal_year_label", .string(report.fiscalYearLabel)),
            ("fiscal_year_start", .string(year.firstMonth.firstDay.iso)),
            ("fiscal_year_end", .string(year.lastMonth.lastDay.iso)),
            ("as_of", .string(report.asOf?.iso)),
            ("base_url", .string(report.baseURL)),
            ("license", licenseJSON(DataLicense(spdx: report.license))),
            ("attribution", .string(Attribution.modified(base))),
            ("sources", .array(report.sources.map { source in
                .object([
                    ("title", .string(source.title)), ("publisher", .string(source.publisher)),
                    ("path", .string(source.path)), ("url", .string(source.url)),
                ])
            })),
            ("editions", .array(report.editions.map { edition in
                .object([
                    ("fiscal_year", .int(edition.fiscalYear)), ("fiscal_year_label", .string(edition.fiscalYearLabel)),
                    ("title", .string(edition.title)), ("url", .string(edition.url)),
                ])
            })),
            ("languages", .array(texts.bundle.sites.map { site in
                .object([
                    ("code", .string(site.language.code)),
                    ("name", .string(site.language.name)),
                    ("lang", .string(site.language.htmlLang)),
                    ("url", .string(OpenDataPaths.pageURL(base: report.baseURL, page: SitePaths.home, language: site.language))),
                ])
            })),
            ("fallback_languages", .strings(texts.siteFallbackLanguages)),
            ("mission", texts.json { $0.mission }),
            ("vision", texts.json { $0.vision }),
            ("values", texts.json { $0.values }),
            ("background", background(texts)),
            ("evaluation_scale", .array(base.evaluationScale.map { level in
                .object([("code", .string(level.code)), ("label", texts.json { $0.evaluationLevel(code: level.code)?.label })])
            })),
            ("evaluation_rule", EvaluationRuleDocument.make(texts)),
        ])
    }

    private static func background(_ texts: LanguageTexts) -> JSONValue {
        guard let background = texts.base.background else { return .null }
        func list(_ pick: @escaping (Background) -> [String]) -> JSONValue {
            .array(pick(background).indices.map { index in
                texts.json { site in site.background.flatMap { pick($0).indices.contains(index) ? pick($0)[index] : nil } }
            })
        }
        return .object([
            ("policy", texts.json { $0.background?.policy }),
            ("achievements", list(\.achievements)),
            ("challenges", list(\.challenges)),
            ("priority_issue_title", texts.json { $0.background?.priorityIssueTitle }),
            ("priority_issue_source", texts.json { $0.background?.priorityIssueSource }),
            ("toward_next_year", list(\.towardNextYear)),
            ("conclusion", texts.json { $0.background?.conclusion }),
        ])
    }

    private static func pageURLs(_ texts: LanguageTexts, page: String) -> JSONValue {
        .object(texts.bundle.sites.map {
            ($0.language.code, .string(OpenDataPaths.pageURL(base: texts.base.report.baseURL, page: page, language: $0.language)))
        })
    }

    private static func theme(theme: Theme, _ texts: LanguageTexts) -> JSONValue {
        .object([
            ("id", .string(theme.id)),
            ("number", .int(theme.number)),
            ("title", texts.json { $0.theme(id: theme.id)?.title }),
            ("summary", texts.json { $0.theme(id: theme.id)?.summary }),
            ("url", pageURLs(texts, page: SitePaths.theme(theme.id))),
            ("initiative_ids", .strings(texts.base.initiatives(inTheme: theme.id).sorted { $0.number < $1.number }.map(\.id))),
        ])
    }

    static func initiative(_ initiative: Initiative, _ texts: LanguageTexts) -> JSONValue {
        let id = initiative.id
        let inLanguages = texts.inLanguages(initiative: id)
        return .object([
            ("id", .string(id)),
            ("number", .int(initiative.number)),
            ("theme_id", .string(initiative.theme)),
            ("title", inLanguages.json { $0.title }),
            ("summary", inLanguages.json { $0.summary }),
            ("vision", .array(initiative.vision.map { .int($0) })),
            ("notes", .array(initiative.notes.indices.map { index in inLanguages.json { $0.notes.element(at: index) } })),
            ("body_markdown", inLanguages.json { $0.body }),
            ("fallback_languages", .strings(texts.fallbackLanguages(initiative: id))),
            ("url", pageURLs(texts, page: SitePaths.initiative(id))),
            ("data_url", .string(OpenDataPaths.absoluteURL(base: texts.base.report.baseURL, path: OpenDataPaths.initiativeJSON(id)))),
            ("kpis", .array(initiative.kpis.map { kpi in
                self.kpi(kpi, inLanguages.map { $0.kpis.first { $0.id == kpi.id } }, texts)
            })),
            ("schedule", .array(initiative.schedule.map { task in
                self.task(task, inLanguages.map { $0.schedule.first { $0.id == task.id } }, texts)
            })),
        ])
    }

    /// - Parameter inLanguages: the KPI in every language (its texts).
    private static func kpi(_ kpi: KPI, _ inLanguages: LanguageItems<KPI>, _ texts: LanguageTexts) -> JSONValue {
        let site = texts.base
        return .object([
            ("id", .string(kpi.id)),
            ("label", inLanguages.json { $0.label }),
            ("kind", .string(kpi.kind.rawValue)),
            ("unit", .string(kpi.unit)),
            ("target", kpi.target.map { target in
                .object([
                    ("value", .quantity(target.value)),
                    ("decimals", .int(target.value.fractionDigits)),
                    ("comparison", .string(target.comparison.rawValue)),
                    ("comparison_label", .string(target.comparison.japaneseQualifier)),
                    ("text", inLanguages.json { $0.targetText }),
                    ("scope", .string(target.scope)),
                ])
            } ?? .null),
            ("baseline", kpi.baseline.map { baseline in
                .object([
                    ("value", .quantity(baseline.value)),
                    ("decimals", .int(baseline.value.fractionDigits)),
                    ("label", .string(baseline.label)),
                    ("fiscal_year", .int(FiscalYearLabelParser.fiscalYear(in: baseline.label))),
                    ("note", .string(baseline.note)),
                    ("text", inLanguages.json { $0.baselineText }),
                    ("scope", .string(baseline.scope)),
                ])
            } ?? .null),
            ("actuals", .array(kpi.actuals.map { actual in
                .object([
                    ("date", .string(actual.date.iso)),
                    ("fiscal_year", .int(FiscalYear(containing: actual.date).startYear)),
                    ("value", .quantity(actual.value)),
                    ("decimals", .int(actual.value.fractionDigits)),
                    ("note", .string(actual.note)),
                ])
            })),
            ("status", .string(kpi.status?.rawValue)),
            ("status_label", .string(kpi.status?.japaneseLabel)),
            ("evaluation", .string(kpi.evaluation)),
            ("evaluation_label", .string(kpi.evaluation.flatMap { site.evaluationLevel(code: $0)?.label })),
            ("note", inLanguages.json { $0.note }),
        ])
    }

    /// - Parameter inLanguages: the task in every language (its texts).
    private static func task(_ task: ScheduleTask, _ inLanguages: LanguageItems<ScheduleTask>, _ texts: LanguageTexts) -> JSONValue {
        let year = texts.base.fiscalYear
        return .object([
            ("id", .string(task.id)),
            ("task", inLanguages.json { $0.task }),
            ("has_published_timing", .bool(task.hasPublishedTiming)),
            ("bars", .array(task.bars.enumerated().map { index, bar in
                .object([
                    ("from", .string(bar.from.description)),
                    ("to", .string(bar.to.description)),
                    ("label", inLanguages.json { $0.bars.element(at: index)?.label }),
                    ("spans_years", .bool(bar.spansYears)),
                    ("start_month", .string(bar.startMonth.iso)),
                    ("end_month", .string(bar.endMonth.iso)),
                    ("start_date", .string(bar.startMonth.firstDay.iso)),
                    ("end_date", .string(bar.endMonth.lastDay.iso)),
                    ("start_quarter", .int(ScheduleTable.fiscalQuarter(bar.startMonth))),
                    ("end_quarter", .int(ScheduleTable.fiscalQuarter(bar.endMonth))),
                ])
            })),
            ("milestones", .array(task.milestones.enumerated().map { index, milestone in
                .object([
                    ("at", .string(milestone.at.description)),
                    ("label", inLanguages.json { $0.milestones.element(at: index)?.label }),
                    // Only a milestone placed in a month has one; a quarter stays a quarter.
                    ("month", .string(milestone.quarter == nil ? milestone.month.iso : nil)),
                    ("start_date", .string(ScheduleTable.months(of: milestone, in: year).start.firstDay.iso)),
                    ("end_date", .string(ScheduleTable.months(of: milestone, in: year).end.lastDay.iso)),
                    ("quarter", .int(ScheduleTable.fiscalQuarter(milestone.month))),
                ])
            })),
        ])
    }
}
