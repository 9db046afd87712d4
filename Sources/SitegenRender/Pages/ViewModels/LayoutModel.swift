import SitegenSupport

/// `layout.mustache`: the frame of every page. Built in two steps: the parts
/// shared with the 404 page (`frameModel`), then the page's own head and body.
struct LayoutModel: TemplateModel {
    struct Alternate: TemplateModel { let hreflang: String; let href: String }
    struct SocialTag: TemplateModel { let attribute: String; let name: String; let content: String }
    struct LanguageLink: TemplateModel { let label: String; let lang: String; let href: String }
    struct NavItem: TemplateModel { let label: String; let href: String; let current: Bool }
    struct Crumb: TemplateModel { let label: HTML; let href: String?; let current: Bool }
    struct License: TemplateModel { let label: String; let href: String? }
    struct Source: TemplateModel { let title: HTML; let publisher: HTML; let href: String? }
    struct EditionLink: TemplateModel { let title: HTML; let year: String; let href: String }

    // The page's own head and body.
    var title = ""
    var description = ""
    var noindex = false
    var canonical: String?
    var alternates: [Alternate] = []
    var social: [SocialTag] = []
    /// JSON-LD, kept `<`-escaped by its writer.
    var structuredData: HTML?
    var hasBreadcrumbs = false
    var breadcrumbs: [Crumb] = []
    var heading = HTML.empty
    var fallbackNotice: String?
    /// 「最終更新日」: the latest date the page's content states; nil: none stated, nothing shown.
    var lastUpdated: HTML?
    /// The page template's output.
    var content = HTML.empty

    // The frame shared by every page of a language.
    let lang: String
    let languageCode: String
    let stylesheet: String
    let skipLink: String
    let siteName: HTML
    let organization: String
    let homeHref: String
    let navLabel: String
    let nav: [NavItem]
    let hasLanguages: Bool
    let languageSwitchLabel: String
    let languages: [LanguageLink]
    let breadcrumbsLabel: String
    let fiscalYear: String
    /// Nil when the report states no date: the page then names the fiscal year only.
    let asOf: HTML?
    let sourceLabel: String
    let licenseLabel: String
    let accessibilityLabel: String
    let accessibilityHref: String
    let feedLabel: String
    let feedTitle: String
    /// Nil when the report has no dated update to announce (no feed is written).
    let feedHref: String?
    let license: License
    let hasSources: Bool
    let sources: [Source]
    let lastUpdatedLabel: String
    let editionsLabel: String
    let hasEditions: Bool
    /// Earlier editions of the report, newest first.
    let editions: [EditionLink]
    /// Easy-Japanese pages only: the switch that shows or hides furigana.
    let furiganaSwitch: FuriganaSwitchModel?
}

/// The frame is on every page: its dictionaries are built without reflection
/// (same keys and values as `TemplateContext.reflected`, checked by a test).
extension LayoutModel {
    func templateValues() -> [String: Any]? {
        let v = TemplateContext.value(of:)
        return ["title": v(title), "description": v(description), "noindex": v(noindex), "canonical": v(canonical as Any),
                "alternates": v(alternates), "social": v(social), "structuredData": v(structuredData as Any),
                "hasBreadcrumbs": v(hasBreadcrumbs), "breadcrumbs": v(breadcrumbs), "heading": v(heading),
                "fallbackNotice": v(fallbackNotice as Any), "content": v(content), "lang": v(lang), "languageCode": v(languageCode),
                "stylesheet": v(stylesheet), "skipLink": v(skipLink), "siteName": v(siteName), "organization": v(organization),
                "homeHref": v(homeHref), "navLabel": v(navLabel), "nav": v(nav), "hasLanguages": v(hasLanguages),
                "languageSwitchLabel": v(languageSwitchLabel), "languages": v(languages), "breadcrumbsLabel": v(breadcrumbsLabel),
                "fiscalYear": v(fiscalYear), "asOf": v(asOf as Any), "sourceLabel": v(sourceLabel), "licenseLabel": v(licenseLabel),
                "accessibilityLabel": v(accessibilityLabel), "accessibilityHref": v(accessibilityHref), "feedLabel": v(feedLabel),
                "feedTitle": v(feedTitle), "feedHref": v(feedHref as Any), "license": v(license), "hasSources": v(hasSources),
                "sources": v(sources), "furiganaSwitch": v(furiganaSwitch as Any), "lastUpdated": v(lastUpdated as Any),
                "lastUpdatedLabel": v(lastUpdatedLabel), "editionsLabel": v(editionsLabel), "hasEditions": v(hasEditions),
                "editions": v(editions)]
    }
}

extension LayoutModel.Alternate {
    func templateValues() -> [String: Any]? { ["hreflang": TemplateContext.value(of: hreflang), "href": TemplateContext.value(of: href)] }
}

extension LayoutModel.SocialTag {
    func templateValues() -> [String: Any]? {
        ["attribute": TemplateContext.value(of: attribute), "name": TemplateContext.value(of: name), "content": TemplateContext.value(of: content)]
    }
}

extension LayoutModel.LanguageLink {
    func templateValues() -> [String: Any]? {
        ["label": TemplateContext.value(of: label), "lang": TemplateContext.value(of: lang), "href": TemplateContext.value(of: href)]
    }
}

extension LayoutModel.NavItem {
    func templateValues() -> [String: Any]? {
        ["label": TemplateContext.value(of: label), "href": TemplateContext.value(of: href), "current": current]
    }
}

extension LayoutModel.Crumb {
    func templateValues() -> [String: Any]? {
        ["label": label, "href": TemplateContext.value(of: href as Any), "current": current]
    }
}

extension LayoutModel.License {
    func templateValues() -> [String: Any]? { ["label": TemplateContext.value(of: label), "href": TemplateContext.value(of: href as Any)] }
}

extension LayoutModel.EditionLink {
    func templateValues() -> [String: Any]? {
        ["title": title, "year": TemplateContext.value(of: year), "href": TemplateContext.value(of: href)]
    }
}

extension LayoutModel.Source {
    func templateValues() -> [String: Any]? {
        ["title": title, "publisher": publisher, "href": TemplateContext.value(of: href as Any)]
    }
}
