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
    let asOf: HTML
    let sourceLabel: String
    let licenseLabel: String
    let accessibilityLabel: String
    let accessibilityHref: String
    let feedLabel: String
    let feedTitle: String
    let feedHref: String
    let license: License
    let hasSources: Bool
    let sources: [Source]
}
