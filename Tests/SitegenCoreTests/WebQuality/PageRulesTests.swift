import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Rules axe-core cannot check for us, on every page of the real site in both
/// languages: titles, headings, chart alternatives, images.
@Suite("WebQuality page rules")
struct PageRulesTests {
    let site = BuiltSite.shared

    @Test func theRealSiteBuildsWithoutErrors() {
        #expect(!site.diagnostics.hasErrors, "\(site.diagnostics.map(\.description))")
        #expect(site.pages.count >= 50, "\(site.pages.count) pages")
        for path in ["index.html", "easy/index.html", "accessibility/index.html", "easy/accessibility/index.html",
                     "404.html", "easy/404.html", "sitemap.xml", "robots.txt",
                     "assets/og-image.png", "assets/style.css"] {
            #expect(site.files[path] != nil, "missing \(path)")
        }
    }

    @Test func titlesAreUniqueWithinEachLanguage() {
        for prefix in ["", "easy/"] {
            let titles = site.pages(inFolder: prefix).map { HTMLInspector([UInt8]($0.html.utf8)).title }
            let repeated = Dictionary(grouping: titles, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
            #expect(repeated.isEmpty, "repeated titles in \(prefix.isEmpty ? "ja" : prefix): \(repeated)")
            #expect(titles.allSatisfy { !$0.isEmpty })
        }
    }

    @Test func everyPageHasOneH1AndNoHeadingJumps() {
        for page in site.pages {
            let headings = HTMLInspector([UInt8](page.html.utf8)).headings
            #expect(headings.filter { $0 == 1 }.count == 1, "\(page.path): \(headings)")
            #expect(headings.first == 1, "\(page.path): first heading is h\(headings.first ?? 0)")
            for (previous, next) in zip(headings, headings.dropFirst()) where next > previous + 1 {
                Issue.record("\(page.path): h\(previous) followed by h\(next)")
            }
        }
    }

    @Test func everyChartHasTitleDescriptionAndDataTable() {
        var charts = 0
        for page in site.pages {
            for figure in Self.blocks(of: "figure", in: page.html) where figure.contains("<svg") {
                charts += 1
                // The overview's pinned task names (GanttNames) repeat the chart's column for the eye only.
                let svg = Self.blocks(of: "svg", in: figure).first { !$0.contains("class=\"gantt-names\"") } ?? ""
                #expect(svg.range(of: #"^<svg[^>]*>\s*<title[^>]*>[^<]+</title>\s*<desc[^>]*>[^<]+</desc>"#,
                                  options: .regularExpression) != nil, "\(page.path): chart without <title>/<desc>")
                #expect(svg.contains("aria-labelledby="), "\(page.path): chart not labelled")
                #expect(figure.contains("<table") && figure.contains("<caption>"), "\(page.path): chart without a data table")
            }
        }
        #expect(charts > 30, "found \(charts) charts")
    }

    @Test func imagesHaveAlternativeText() {
        for page in site.pages {
            for tag in Self.tags("img", in: page.html) where tag.range(of: #"\salt="[^"]*""#, options: .regularExpression) == nil {
                Issue.record("\(page.path): <img> without alt: \(tag)")
            }
            for tag in Self.tags("svg", in: page.html) {
                let labelled = tag.contains("aria-labelledby=") || tag.contains("aria-label=") || tag.contains("aria-hidden=\"true\"")
                #expect(labelled, "\(page.path): <svg> neither labelled nor hidden: \(tag.prefix(200))")
            }
        }
    }

    @Test func everyPageHasSkipLinkLanguageAndViewport() {
        for page in site.pages {
            #expect(page.html.contains("<a class=\"skip-link\" href=\"#main\">"), "\(page.path)")
            #expect(page.html.contains("<main id=\"main\""), "\(page.path)")
            #expect(page.html.contains("<html lang=\"ja\">"), "\(page.path)")
            #expect(page.html.contains("name=\"viewport\" content=\"width=device-width, initial-scale=1\""), "\(page.path)")
            #expect(!page.html.contains("user-scalable"), "\(page.path): zoom must stay allowed")
        }
    }

    // MARK: Helpers

    /// Each `<name …>…</name>` block (not nested in itself).
    static func blocks(of name: String, in html: String) -> [String] {
        var result: [String] = []
        var rest = html[...]
        while let start = rest.range(of: "<\(name)"), let end = rest[start.upperBound...].range(of: "</\(name)>") {
            result.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return result
    }

    /// Each start tag `<name …>`.
    static func tags(_ name: String, in html: String) -> [String] {
        var result: [String] = []
        var rest = html[...]
        while let start = rest.range(of: "<\(name)") {
            let after = rest[start.upperBound...]
            guard let close = after.firstIndex(of: ">") else { break }
            if let next = after.first, next == " " || next == ">" || next == "\n" {
                result.append(String(rest[start.lowerBound...close]))
            }
            rest = rest[rest.index(after: close)...]
        }
        return result
    }
}
