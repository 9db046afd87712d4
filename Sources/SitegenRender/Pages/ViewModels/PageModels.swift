import SitegenSupport

/// `labels.*`: section names in the page's language, given to every page template.
struct LabelsModel: TemplateModel {
    let vision, kpis, schedule, notes, details, dataLinks, neighbours, previous, next: String
    let themes, theme, initiative, source: String
    let versionNote: String?
}

/// A link with a label that may carry ruby.
struct LinkModel: TemplateModel {
    let href: String
    let label: HTML
}

/// An initiative in a list of links (home and theme pages).
struct InitiativeLinkModel: TemplateModel {
    let href: String
    let label: HTML
    /// Always set (false when absent), so the page's own `summary` never shows here.
    let summary: HTML?
}

/// `home.mustache`.
struct HomeModel: TemplateModel {
    struct ThemeCard: TemplateModel {
        let id: String
        let href: String
        let label: HTML
        let summary: HTML?
        /// False when the report's lists are split: the card then says how many initiatives the theme has.
        let listsInitiatives: Bool
        let initiatives: [InitiativeLinkModel]
        let initiativeCount: String?
    }
    /// The progress summary `<figure>` the page opens with.
    let progressSummary: HTML?
    let asOf: HTML?
    let introduction: HTML?
    let mission: [HTML]
    let vision: [HTML]
    let values: [HTML]
    let themes: [ThemeCard]
}

/// `theme.mustache`.
struct ThemePageModel: TemplateModel {
    /// The theme's progress summary `<figure>`.
    let progressSummary: HTML?
    let summary: HTML?
    let initiatives: [InitiativeLinkModel]
    var pager: PagerModel? = nil
}

/// `page.mustache`: a free page from `pages/*.md`.
struct FreePageModel: TemplateModel {
    let summary: HTML?
    let body: HTML?
}

/// `data.mustache`: the open-data catalog from the open-data stage.
struct DataPageModel: TemplateModel {
    let content: HTML
}

/// `not-found.mustache` (absolute links: a 404 page is served at any depth).
struct NotFoundModel: TemplateModel {
    let text: String
    let homeHref: String
    let homeLabel: String
}
