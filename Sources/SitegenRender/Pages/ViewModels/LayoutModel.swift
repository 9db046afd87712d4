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
    func templateValues() -> [String: TemplateValue]? {
        ["title": .text(title), "description": .text(description), "noindex": .flag(noindex), "canonical": .optionalText(canonical),
         "alternates": .models(alternates), "social": .models(social), "structuredData": .optionalHTML(structuredData),
         "hasBreadcrumbs": .flag(hasBreadcrumbs), "breadcrumbs": .models(breadcrumbs), "heading": .html(heading),
         "fallbackNotice": .optionalText(fallbackNotice), "content": .html(content), "lang": .text(lang),
         "languageCode": .text(languageCode), "stylesheet": .text(stylesheet), "skipLink": .text(skipLink),
         "siteName": .html(siteName), "organization": .text(organization), "homeHref": .text(homeHref),
         "navLabel": .text(navLabel), "nav": .models(nav), "hasLanguages": .flag(hasLanguages),
         "languageSwitchLabel": .text(languageSwitchLabel), "languages": .models(languages),
         "breadcrumbsLabel": .text(breadcrumbsLabel), "fiscalYear": .text(fiscalYear), "asOf": .optionalHTML(asOf),
         "sourceLabel": .text(sourceLabel), "licenseLabel": .text(licenseLabel), "accessibilityLabel": .text(accessibilityLabel),
         "accessibilityHref": .text(accessibilityHref), "feedLabel": .text(feedLabel), "feedTitle": .text(feedTitle),
         "feedHref": .optionalText(feedHref), "license": .model(license), "hasSources": .flag(hasSources),
         "sources": .models(sources), "furiganaSwitch": .optionalModel(furiganaSwitch), "lastUpdated": .optionalHTML(lastUpdated),
         "lastUpdatedLabel": .text(lastUpdatedLabel), "editionsLabel": .text(editionsLabel), "hasEditions": .flag(hasEditions),
         "editions": .models(editions)]
    }
}

extension LayoutModel.Alternate {
    func templateValues() -> [String: TemplateValue]? { ["hreflang": .text(hreflang), "href": .text(href)] }
}

extension LayoutModel.SocialTag {
    func templateValues() -> [String: TemplateValue]? {
        ["attribute": .text(attribute), "name": .text(name), "content": .text(content)]
    }
}

extension LayoutModel.LanguageLink {
    func templateValues() -> [String: TemplateValue]? {
        ["label": .text(label), "lang": .text(lang), "href": .text(href)]
    }
}

extension LayoutModel.NavItem {
    func templateValues() -> [String: TemplateValue]? {
        ["label": .text(label), "href": .text(href), "current": .flag(current)]
    }
}

extension LayoutModel.Crumb {
    func templateValues() -> [String: TemplateValue]? {
        ["label": .html(label), "href": .optionalText(href), "current": .flag(current)]
    }
}

extension LayoutModel.License {
    func templateValues() -> [String: TemplateValue]? { ["label": .text(label), "href": .optionalText(href)] }
}

extension LayoutModel.EditionLink {
    func templateValues() -> [String: TemplateValue]? {
        ["title": .html(title), "year": .text(year), "href": .text(href)]
    }
}

extension LayoutModel.Source {
    func templateValues() -> [String: TemplateValue]? {
        ["title": .html(title), "publisher": .html(publisher), "href": .optionalText(href)]
    }
}
