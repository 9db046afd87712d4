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
        case .absolute: Escape.html(absoluteURL(path, in: target ?? language))
        }
    }

    func layoutContext(_ draft: PageDraft, content: String) -> [String: Any] {
        let full = SitePaths.localized(draft.path, language)
        var context = frameContext(style: .relative(from: full), currentPath: draft.path, navPath: draft.navPath)
        let reportTitle = InlineText.plain(site.report.title)
        let parts = (draft.titleText.map { [$0] } ?? []) + [reportTitle, site.organization.name]
        context["title"] = Escape.html(parts.joined(separator: " | "))
        context["description"] = Escape.html(draft.description)
        let canonical = absoluteURL(draft.path, in: language)
        context["canonical"] = Escape.html(canonical)
        context["social"] = SocialMeta.tags(site: site, pageTitle: parts.dropLast().joined(separator: " | "),
                                            description: draft.description, url: canonical,
                                            isHome: draft.path == SitePaths.home).map { tag -> [String: Any] in
            ["attribute": tag.0, "name": Escape.html(tag.1), "content": Escape.html(tag.2)]
        }
        if let json = extras.structuredData(site, draft.path) { context["structuredData"] = json }
        var alternates: [[String: Any]] = bundle.sites.map(\.language)
            .filter { inventory.contains(draft.path, in: $0) }
            .map { ["hreflang": Escape.html(Self.hreflang($0)), "href": Escape.html(absoluteURL(draft.path, in: $0))] }
        if inventory.contains(draft.path, in: bundle.base.language) {
            alternates.append(["hreflang": "x-default", "href": Escape.html(absoluteURL(draft.path, in: bundle.base.language))])
        }
        context["alternates"] = alternates
        context["heading"] = draft.heading
        context["content"] = content
        if draft.isFallback { context["fallbackNotice"] = Escape.html(labels.fallbackNotice) }
        if draft.path != SitePaths.home {
            let style = LinkStyle.relative(from: full)
            var crumbs: [[String: Any]] = [["label": Escape.html(labels.home), "href": link(SitePaths.home, style: style), "current": false]]
            crumbs += draft.trail.map { ["label": $0.label, "href": link($0.path, style: style), "current": false] }
            crumbs.append(["label": draft.heading, "current": true])
            context["breadcrumbs"] = crumbs
            context["hasBreadcrumbs"] = true
        }
        return context
    }

    /// Keys shared by every page and the 404 page.
    func frameContext(style: LinkStyle, currentPath: String?, navPath: String?) -> [String: Any] {
        var nav: [(String, String)] = [(labels.home, SitePaths.home), (labels.themes, SitePaths.home + "#themes"),
                                       (labels.kpis, SitePaths.kpis), (labels.schedule, SitePaths.schedule)]
        if inventory.contains(SitePaths.background, in: language) { nav.append((labels.background, SitePaths.background)) }
        if inventory.contains(SitePaths.glossary, in: language) { nav.append((labels.glossary, SitePaths.glossary)) }
        if inventory.contains(SitePaths.data, in: language) { nav.append((labels.data, SitePaths.data)) }

        let languages: [[String: Any]] = bundle.sites.map(\.language).filter { $0 != language }.map { other in
            let target = currentPath.flatMap { inventory.contains($0, in: other) ? $0 : nil } ?? SitePaths.home
            return ["label": Escape.html(other.name), "lang": Escape.html(other.htmlLang),
                    "href": link(target, in: other, style: style)]
        }

        var context: [String: Any] = [
            "lang": Escape.html(language.htmlLang),
            "languageCode": Escape.html(language.code),
            "stylesheet": style.isAbsolute
                ? Escape.html(site.report.baseURL + SitePaths.stylesheet)
                : Escape.html(SitePaths.relativeURL(from: currentOutputPath(style), to: SitePaths.stylesheet)),
            "skipLink": Escape.html(labels.skipLink),
            "siteName": InlineText.html(site.report.title),
            "organization": Escape.html(site.organization.name),
            "homeHref": link(SitePaths.home, style: style),
            "navLabel": Escape.html(labels.mainNav),
            "nav": nav.map { item -> [String: Any] in
                ["label": Escape.html(item.0), "href": link(item.1, style: style), "current": item.1 == navPath]
            },
            "languageSwitchLabel": Escape.html(labels.languageSwitch),
            "languages": languages,
            "breadcrumbsLabel": Escape.html(labels.breadcrumbs),
            "fiscalYear": Escape.html(site.report.fiscalYearLabel),
            "asOf": PageFormat.date(site.report.asOf) + Escape.html(labels.asOfSuffix),
            "sourceLabel": Escape.html(labels.source),
            "licenseLabel": Escape.html(labels.licensePrefix),
            "accessibilityLabel": Escape.html(labels.accessibility),
            "accessibilityHref": link(SitePaths.accessibility, style: style),
            "feedLabel": Escape.html(labels.feed),
            "feedTitle": Escape.html(site.organization.name + " " + InlineText.plain(site.report.title) + " " + labels.feed),
            "feedHref": link(SitePaths.feed, style: style),
            "license": licenseContext(),
            "sources": site.report.sources.map { source -> [String: Any] in
                var item: [String: Any] = ["title": InlineText.html(source.title), "publisher": InlineText.html(source.publisher), "href": false]
                if let url = source.url, url.hasPrefix("https://") || url.hasPrefix("http://") { item["href"] = Escape.html(url) }
                return item
            },
        ]
        context["hasSources"] = !site.report.sources.isEmpty
        context["hasLanguages"] = !languages.isEmpty
        return context
    }

    private func currentOutputPath(_ style: LinkStyle) -> String {
        if case .relative(let from) = style { return from }
        return SitePaths.home
    }

    private func licenseContext() -> [String: Any] {
        switch site.report.license {
        case "CC-BY-4.0":
            ["label": "クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）",
             "href": "https://creativecommons.org/licenses/by/4.0/deed.ja"]
        default:
            ["label": Escape.html(site.report.license)]
        }
    }

    /// `404.html` of this language, with absolute links.
    func notFoundPage() -> OutputFile? {
        var context = frameContext(style: .absolute, currentPath: nil, navPath: nil)
        context["title"] = Escape.html([labels.notFoundTitle, InlineText.plain(site.report.title), site.organization.name]
            .joined(separator: " | "))
        context["description"] = Escape.html(labels.notFoundTitle)
        context["heading"] = Escape.html(labels.notFoundTitle)
        context["noindex"] = true
        guard let content = theme.render("not-found", [
            "text": Escape.html(labels.notFoundText),
            "homeHref": link(SitePaths.home, style: .absolute),
            "homeLabel": Escape.html(labels.home),
        ]) else { return nil }
        context["content"] = content
        guard let page = theme.render("layout", context) else { return nil }
        return OutputFile(path: SitePaths.localized("404.html", language), text: page)
    }
}

extension LanguagePageRenderer.LinkStyle {
    var isAbsolute: Bool { if case .absolute = self { true } else { false } }
}
