import SitegenSupport
import SitegenModel
import SitegenContent

/// What the progress summary shows, for the whole site or one theme: the values its
/// picture, sentences and table are drawn from.
struct ProgressSummary: Sendable {
    struct Count: Sendable {
        let label: String
        let count: Int
    }

    struct KPIMark: Sendable {
        /// Short name drawn under the bar: 取組番号-KPIの順番 ("1-2").
        let code: String
        /// The KPI's label, as a link's name.
        let name: String
        let initiative: String
        /// Rounded percent of the way to the target (nil: not computed).
        let percent: Int?
        /// What the bar fills: progress, or a milestone's stage (nil: nothing).
        let fraction: Double?
        /// Grade code, stage, or the category word.
        let mark: String
        /// What the picture writes beside the code: the grade or stage, "—" for neither
        /// (the category's words are in the counts, the link's name and the table).
        let cellMark: String
        let href: String?
        let standaloneHref: String?
    }

    struct ThemeRow: Sendable {
        let heading: String
        /// Every KPI of the theme, by grade or stage.
        let counts: [Count]
        /// How many KPIs the theme has (the counts' sum).
        let kpiCount: Int
        /// The KPIs drawn as bars: all of the theme's, or (a split list) those of the page's initiatives.
        let kpis: [KPIMark]
    }

    let language: Language
    let caption: String
    /// The summary of the <details> that holds the data table.
    let dataTableSummary: String
    let themes: [ThemeRow]

    /// A theme's KPIs by grade or stage: what every page of a split theme shows, counted once per build.
    struct ThemeTally: Sendable {
        let counts: [Count]
        let kpiCount: Int
    }

    static func tally(of theme: Theme, in site: Site, assessor: ProgressAssessor) -> ThemeTally {
        var tally: [ProgressCategory: Int] = [:]
        var kpiCount = 0
        for kpi in site.initiatives(inTheme: theme.id).flatMap(\.kpis) {
            tally[assessor.category(assessor.assess(kpi)), default: 0] += 1
            kpiCount += 1
        }
        let counts = assessor.categoryOrder.compactMap { category in
            tally[category].map { Count(label: Self.word(category, words: assessor.words, chartText: assessor.chartText, long: true), count: $0) }
        }
        return ThemeTally(counts: counts, kpiCount: kpiCount)
    }

    /// - Parameters:
    ///   - themes: the themes to show (every theme on the home page, one on its page).
    ///   - marking: the initiatives whose KPIs get a bar (nil: every initiative of the themes);
    ///     the counts are always the whole theme's.
    ///   - tally: the theme's counts when already counted (a split theme's pages share them).
    ///   - captionSuffix: names the page of a split theme ("（2／5ページ）"), so each chart title is its own.
    ///   - href: relative URL of a KPI's place on its initiative page, from the page that shows the summary.
    init(site: Site, themes: [Theme], marking: [Initiative]? = nil, tally counted: ((Theme) -> ThemeTally)? = nil,
         captionSuffix: String = "", assessor: ProgressAssessor, href: (Initiative, KPI) -> String) {
        let words = assessor.words
        let chartText = assessor.chartText
        dataTableSummary = chartText.dataTableSummary
        language = site.language
        // A theme page's summary is named after its theme: every chart title on a site is its own.
        caption = themes.count == 1 && site.themes.count > 1
            ? chartText.themeHeading(themes[0]) + "　" + words.summaryCaption + captionSuffix : words.summaryCaption
        self.themes = themes.map { theme in
            var marks: [KPIMark] = []
            let marked = marking?.filter { $0.theme == theme.id } ?? site.initiatives(inTheme: theme.id)
            for initiative in marked {
                for (position, kpi) in initiative.kpis.enumerated() {
                    let assessment = assessor.assess(kpi)
                    let category = assessor.category(assessment)
                    let progress = assessment.outcome.progress
                    var fraction = progress?.fraction
                    if case .stage(let status) = assessment.outcome { fraction = Double(status.step) / 2 }
                    let page = SitePaths.localized(SitePaths.initiative(initiative.id), site.language)
                    marks.append(KPIMark(
                        code: "\(initiative.number)-\(position + 1)", name: InlineText.plain(kpi.label),
                        initiative: chartText.initiativeHeading(initiative.number, InlineText.plain(initiative.title)),
                        percent: progress?.percent, fraction: fraction,
                        mark: Self.word(category, words: words, chartText: chartText),
                        cellMark: category == .awaiting || category == .notComputed ? "—" : Self.word(category, words: words, chartText: chartText),
                        href: href(initiative, kpi),
                        standaloneHref: site.report.baseURL + String(page.dropLast("index.html".count)) + "#kpi-" + kpi.id))
                }
            }
            let tally = counted?(theme) ?? Self.tally(of: theme, in: site, assessor: assessor)
            return ThemeRow(heading: chartText.themeHeading(theme), counts: tally.counts, kpiCount: tally.kpiCount, kpis: marks)
        }
    }

    /// - Parameter long: a grade with its meaning ("A（見込みより進んでいる）"; a site-set rule's
    ///   says so: "このサイトの目安A（…）"), else its code.
    static func word(_ category: ProgressCategory, words: ProgressWords, chartText: ChartText, long: Bool = false) -> String {
        switch category {
        case .grade(let level): long && !level.label.isEmpty ? level.code + "（" + InlineText.plain(level.label) + "）" : level.code
        case .siteGrade(let level): long && !level.label.isEmpty ? words.siteGrade(level) : level.code
        case .stage(let status): chartText.statusLabel(status)
        case .awaiting: words.awaiting
        case .notComputed: words.notComputed
        }
    }
}
