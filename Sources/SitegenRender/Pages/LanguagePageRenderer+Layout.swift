import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// The frame around every page: head, header, menu, breadcrumbs, footer.
extension LanguagePageRenderer {
    /// How links in the frame are written: relative to the page, or absolute
    /// (the 404 page is served at any depth, so relative links would break).
    enum LinkStyle {
        case relative(from: String)
        case absolute
    }

    func link(_ path: String, in target: Language? = nil, style: LinkStyle) -> String {
        switch style {
        case .relative(let from): href(from: from, to: path, in: target)
        case .absolute: absoluteURL(path, in: target ?? language)
        }
    }

    func layoutModel(_ draft: PageDraft, content: HTML) -> LayoutModel {
        let full = SitePaths.localized(draft.path, language)
        var model = frameModel(style: .relative(from: full), currentPath: draft.path, navPath: draft.navPath)
        let reportTitle = InlineText.plain(site.report.title)
        let parts = (draft.titleText.map { [$0] } ?? []) + [reportTitle, site.organization.name]
        model.title = parts.joined(separator: " | ")
        model.description = draft.description
        let canonical = absoluteURL(draft.path, in: language)
        model.canonical = canonical
        model.social = SocialMeta.tags(site: site, pageTitle: parts.dropLast().joined(separator: " | "),
                                       description: draft.description, url: canonical,
                                       isHome: draft.path == SitePaths.home).map { tag in
            LayoutModel.SocialTag(attribute: tag.0, name: tag.1, content: tag.2)
        }
        model.structuredData = extras.structuredData(site, draft.path)
        model.alternates = bundle.sites.map(\.language)
            .filter { inventory.contains(draft.path, in: $0) }
            .map { LayoutModel.Alternate(hreflang: Self.hreflang($0), href: absoluteURL(draft.path, in: $0)) }
        if inventory.contains(draft.path, in: bundle.base.language) {
            model.alternates.append(LayoutModel.Alternate(hreflang: "x-default", href: absoluteURL(draft.path, in: bundle.base.language)))
        }
        model.heading = draft.heading
        model.lastUpdated = draft.dated.lastUpdated(in: site).map(PageFormat.date)
        model.content = content
        if draft.isFallback { model.fallbackNotice = labels.fallbackNotice }
        if draft.path != SitePaths.home {
            let style = LinkStyle.relative(from: full)
            model.breadcrumbs = [LayoutModel.Crumb(label: HTML(text: labels.home), href: link(SitePaths.home, style: style), current: false)]
            model.breadcrumbs += draft.trail.map { LayoutModel.Crumb(label: $0.label, href: link($0.path, style: style), current: false) }
            model.breadcrumbs.append(LayoutModel.Crumb(label: draft.heading, href: nil, current: true))
            model.hasBreadcrumbs = true
        }
        return model
    }

    /// The frame shared by every page and the 404 page.
    func frameModel(style: LinkStyle, currentPath: String?, navPath: String?) -> LayoutModel {
        var nav: [(String, String)] = [(labels.home, SitePaths.home), (labels.themes, SitePaths.home + "#themes"),
                                       (labels.kpis, SitePaths.kpis), (labels.schedule, SitePaths.schedule)]
        if inventory.contains(SitePaths.background, in: language) { nav.append((labels.background, SitePaths.background)) }
        if inventory.contains(SitePaths.glossary, in: language) { nav.append((labels.glossary, SitePaths.glossary)) }
        if inventory.contains(SitePaths.data, in: language) { nav.append((labels.data, SitePaths.data)) }

        let languages = bundle.sites.map(\.language).filter { $0 != language }.map { other in
            let target = currentPath.flatMap { inventory.contains($0, in: other) ? $0 : nil } ?? SitePaths.home
            return LayoutModel.LanguageLink(label: other.name, lang: other.htmlLang, href: link(target, in: other, style: style))
        }
        return LayoutModel(
            lang: language.htmlLang,
            languageCode: language.code,
            stylesheet: assetURL(SitePaths.stylesheet, style),
            skipLink: labels.skipLink,
            siteName: HTML(inlineText: site.report.title),
            organization: site.organization.name,
            homeHref: link(SitePaths.home, style: style),
            navLabel: labels.mainNav,
            nav: nav.map { LayoutModel.NavItem(label: $0.0, href: link($0.1, style: style), current: $0.1 == navPath) },
            hasLanguages: !languages.isEmpty,
            languageSwitchLabel: labels.languageSwitch,
            languages: languages,
            breadcrumbsLabel: labels.breadcrumbs,
            fiscalYear: site.report.fiscalYearLabel,
            asOf: site.report.asOf.map { PageFormat.date($0) + HTML(text: labels.asOfSuffix) },
            sourceLabel: labels.source,
            licenseLabel: labels.licensePrefix,
            accessibilityLabel: labels.accessibility,
            accessibilityHref: link(SitePaths.accessibility, style: style),
            feedLabel: labels.feed,
            feedTitle: site.organization.name + " " + InlineText.plain(site.report.title) + " " + labels.feed,
            feedHref: ReportUpdates.hasAny(site) ? link(SitePaths.feed, style: style) : nil,
            license: license(),
            hasSources: !site.report.sources.isEmpty,
            sources: site.report.sources.map { source in
                let url = source.url.flatMap { $0.hasPrefix("https://") || $0.hasPrefix("http://") ? $0 : nil }
                return LayoutModel.Source(title: HTML(inlineText: source.title), publisher: HTML(inlineText: source.publisher), href: url)
            },
            lastUpdatedLabel: labels.lastUpdated,
            editionsLabel: labels.editions,
            hasEditions: !site.report.editions.isEmpty,
            editions: site.report.editions.map {
                LayoutModel.EditionLink(title: HTML(inlineText: $0.title), year: $0.fiscalYearLabel, href: $0.url)
            },
            furiganaSwitch: FuriganaSwitchModel.forLanguage(language, label: labels.furigana, script: assetURL(SitePaths.furiganaScript, style)))
    }

    /// A theme file shared by every language: relative to the page, or absolute.
    private func assetURL(_ path: String, _ style: LinkStyle) -> String {
        style.isAbsolute ? site.report.baseURL + path : SitePaths.relativeURL(from: currentOutputPath(style), to: path)
    }

    private func currentOutputPath(_ style: LinkStyle) -> String {
        if case .relative(let from) = style { return from }
        return SitePaths.home
    }

    private func license() -> LayoutModel.License {
        switch site.report.license {
        case "CC-BY-4.0":
            LayoutModel.License(label: "クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）",
                                href: "https://creativecommons.org/licenses/by/4.0/deed.ja")
        default:
            LayoutModel.License(label: site.report.license, href: nil)
        }
    }

    /// `404.html` of this language, with absolute links.
    func notFoundPage() -> PageMarkup? {
        let models = notFoundModels()
        var layout = models.layout
        guard let rendered = theme.render("not-found", TemplateContext(models.content)) else { return nil }
        layout.content = rendered
        guard let page = theme.render("layout", TemplateContext(layout)) else { return nil }
        return PageMarkup(path: SitePaths.localized("404.html", language), markup: page)
    }

    /// The 404 page's own model and its frame (without content yet).
    func notFoundModels() -> (content: NotFoundModel, layout: LayoutModel) {
        var layout = frameModel(style: .absolute, currentPath: nil, navPath: nil)
        layout.title = [labels.notFoundTitle, InlineText.plain(site.report.title), site.organization.name].joined(separator: " | ")
        layout.description = labels.notFoundTitle
        layout.heading = HTML(text: labels.notFoundTitle)
        layout.noindex = true
        let content = NotFoundModel(text: labels.notFoundText, homeHref: link(SitePaths.home, style: .absolute),
                                    homeLabel: labels.home)
        return (content, layout)
    }
}

extension LanguagePageRenderer.LinkStyle {
    var isAbsolute: Bool { if case .absolute = self { true } else { false } }
}
