import Foundation
import SitegenSupport
import SitegenModel
import SitegenContent

/// Every link of every Markdown text (bodies, `report.introduction`) to a page
/// of the site, checked before anything is written: the page must exist (E060),
/// a `/…` link would break when the site lives in a folder (E061), and a `#場所`
/// must be one the page has (E062). Links to other sites are not followed.
package enum InternalLinkCheck {
    package static func check(_ bundle: SiteBundle) -> [Diagnostic] {
        let base = bundle.base
        var out: [Diagnostic] = []
        for site in bundle.sites {
            let isBase = site.language == base.language
            let checker = Checker(site: site)
            // Another language's text that is the base text (a fallback, an easy file without
            // a body) is checked once, in the base language, where its file is.
            for (i, initiative) in site.initiatives.enumerated() where isBase || initiative.body != base.initiatives[i].body {
                out += checker.check(initiative.body, on: .initiative(initiative)) {
                    SourceLocation(path: initiative.location.path, line: initiative.bodyStartLine + $0.line - 1, column: $0.column)
                }
            }
            for (i, page) in site.pages.enumerated() where isBase || page.body != base.pages[i].body {
                out += checker.check(page.body, on: .free(page)) {
                    SourceLocation(path: page.location.path, line: page.location.line + $0.line - 1, column: $0.column)
                }
            }
            if isBase || site.report.introduction != base.report.introduction {
                let map = site.sourceMap
                out += checker.check(site.report.introduction, on: .home) { link in
                    map.location(of: .introduction, offset: link.offset) ?? SourceLocation(path: map.path)
                }
            }
        }
        return out
    }

    /// The pages of one language's site.
    struct Checker {
        let site: Site

        func check(_ text: String, on page: PageAnchors.Page,
                   at locate: (MarkdownLink) -> SourceLocation) -> [Diagnostic] {
            Markdown.links(in: text).compactMap { link in
                problem(link.url, from: page).map { Diagnostic($0.code, $0.message, at: locate(link), hint: $0.hint) }
            }
        }

        typealias Problem = (code: DiagnosticCode, message: String, hint: String?)

        func problem(_ url: String, from page: PageAnchors.Page) -> Problem? {
            if let link = SiteLink.parse(url) { return problem(link, written: url) }
            if url.hasPrefix("#") { return fragmentProblem(String(url.dropFirst()), on: page, written: url) }
            if url.hasPrefix("//") || hasScheme(url) { return nil } // another site, mail, phone
            if url.hasPrefix("/") {
                let suggestion = LinkedPath.of(String(url.dropFirst().prefix { $0 != "#" && $0 != "?" }), in: site)?.idLink
                return (.rootAbsoluteLink,
                        "「/」で始まるリンク「\(url)」は、サイトをフォルダの中(例: https://www.city.example.jp/dx/)に置くと、別の場所を指して切れます。",
                        suggestion.map { "id で書きます: [リンクの文字](\($0))。どの言語のページからも、どのフォルダに置いても正しい場所を指します。" })
            }
            return relativeProblem(url, from: page)
        }

        /// `initiative:id`, `page:id`, `theme:id`, `site:name`.
        func problem(_ link: SiteLink, written: String) -> Problem? {
            let target: PageAnchors.Page
            switch link.target {
            case .initiative(let id):
                guard let initiative = site.initiatives.first(where: { $0.id == id }) else {
                    return missing("重点取組", id, known: site.initiatives.map(\.id), written: written)
                }
                target = .initiative(initiative)
            case .page(let id):
                guard let page = site.pages.first(where: { $0.id == id }) else {
                    return missing("ページ", id, known: site.pages.map(\.id), written: written)
                }
                target = .free(page)
            case .theme(let id):
                guard let theme = site.themes.first(where: { $0.id == id }) else {
                    return missing("戦略テーマ", id, known: site.themes.map(\.id), written: written)
                }
                target = .theme(theme)
            case .site(let name):
                guard let page = LinkedPath.sitePage(name, in: site) else {
                    return missing("サイトのページ", name, known: LinkedPath.sitePageNames(in: site), written: written)
                }
                target = page
            }
            return link.fragment.flatMap { fragmentProblem($0, on: target, written: written) }
        }

        func missing(_ what: String, _ id: String, known: [String], written: String) -> Problem {
            let near = known.filter { editDistance($0, id) <= 3 }.min { editDistance($0, id) < editDistance($1, id) }
            let hint = near.map { "「\($0)」の書き間違いではありませんか。" } ?? ""
            return (.brokenLink, "リンク「\(written)」の\(what)「\(id)」がありません(id を変えたか、ファイルを消しましたか)。",
                    hint + (known.isEmpty ? "" : "今ある\(what)の id: \(known.joined(separator: ", "))"))
        }

        func fragmentProblem(_ fragment: String, on page: PageAnchors.Page, written: String) -> Problem? {
            guard !fragment.isEmpty else { return nil }
            let anchors = PageAnchors.anchors(of: page, in: site)
            if anchors.contains(fragment) || anchors.contains(fragment.removingPercentEncoding ?? fragment) { return nil }
            return (.brokenFragment, "リンク「\(written)」の「#\(fragment)」は、リンク先のページにありません。",
                    "リンク先のページで使える場所: " + anchors.map { "#" + $0 }.joined(separator: " "))
        }

        /// `../other-id/`, `../../kpis/#kpi-x`, `../../data/kpis.csv`: from the page's folder.
        func relativeProblem(_ url: String, from page: PageAnchors.Page) -> Problem? {
            var path = Substring(url), fragment: String?
            if let hash = path.firstIndex(of: "#") {
                fragment = String(path[path.index(after: hash)...])
                path = path[..<hash]
            }
            if let query = path.firstIndex(of: "?") { path = path[..<query] }
            guard let resolved = LinkedPath.resolve(String(path), from: SitePaths.localized(page.path, site.language)) else {
                return (.brokenLink, "リンク「\(url)」は、サイトの外を指しています。", nil)
            }
            switch LinkedPath.of(resolved, in: site) {
            case .page(let found, _):
                return fragment.flatMap { fragmentProblem($0, on: found, written: url) }
            case .missing(let idLink):
                return (.brokenLink, "リンク「\(url)」の先のページはサイトにありません(id を変えたか、ファイルを消しましたか)。",
                        "リンク先の id を確かめてください。id で書くと、名前を変えたときにすぐ分かります: [リンクの文字](\(idLink))")
            case nil:
                if LinkedPath.isFile(resolved, in: site) { return nil }
                return (.brokenLink, "リンク「\(url)」の先のページやファイルはサイトにありません。", nil)
            }
        }

        private func hasScheme(_ url: String) -> Bool {
            guard let colon = url.firstIndex(of: ":") else { return false }
            let scheme = url[..<colon]
            return !scheme.isEmpty && scheme.first!.isLetter
                && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
        }
    }
}
