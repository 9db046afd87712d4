import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// What the theme's style.css must keep for phones, zoom, keyboards, reduced
/// motion and paper. The browser check (scripts/check-site) measures the result;
/// these catch a rule that goes missing before anyone runs it.
@Suite("WebQuality stylesheet")
struct StylesheetRulesTests {
    let css: String = (try? ContrastTests.stylesheet()) ?? ""

    /// The text of `@media …{ … }` blocks whose condition contains `query`.
    func media(_ query: String) -> String? {
        guard let start = css.range(of: "@media \(query)") ?? css.range(of: "@media (\(query)") else { return nil }
        var depth = 0
        var index = css[start.upperBound...].firstIndex(of: "{")!
        let open = index
        repeat {
            if css[index] == "{" { depth += 1 } else if css[index] == "}" { depth -= 1 }
            index = css.index(after: index)
        } while depth > 0 && index < css.endIndex
        return String(css[open..<index])
    }

    /// The stylesheet without its print block: what screens get.
    var screenCSS: String {
        guard let print = media("print") else { return css }
        return css.replacingOccurrences(of: print, with: "")
    }

    @Test func fontSizesScaleWithTheReadersSetting() {
        let sizes = screenCSS.matches(of: /font-size:\s*([^;]+);/).map { String($0.1) }
        #expect(sizes.count > 10)
        for size in sizes {
            #expect(size.hasSuffix("rem") || size.hasSuffix("em") || size.hasSuffix("%"), "font-size: \(size) (use rem)")
        }
        #expect(!css.contains("maximum-scale"))
    }

    @Test func japaneseTypography() {
        #expect(!css.contains("justify;") && !css.contains("text-align: justify"), "no justified text")
        let body = css.firstMatch(of: /body \{([^}]*)\}/).map { String($0.1) } ?? ""
        let lineHeight = body.firstMatch(of: /line-height:\s*([0-9.]+)/).flatMap { Double($0.1) } ?? 0
        #expect((1.7...1.8).contains(lineHeight), "body line-height \(lineHeight)")
        for family in ["Noto Sans JP", "Hiragino", "BIZ UDPGothic", "Meiryo", "sans-serif"] {
            #expect(css.contains(family), "font stack lacks \(family)")
        }
        #expect(!css.contains("@font-face") && !css.contains("@import"), "system fonts only: nothing to download")
    }

    @Test func touchTargetsAreAtLeast24px() {
        for selector in [".primary-nav a", ".language-switch a", ".pager a", ".link-list a", ".footer-links a"] {
            let escaped = selector.replacingOccurrences(of: ".", with: "\\.")
            let rule = css.firstMatch(of: try! Regex("\n\(escaped) \\{([^}]*)\\}")).map { String($0.output[1].substring ?? "") } ?? ""
            let height = rule.firstMatch(of: /min-height:\s*([0-9.]+)rem/).flatMap { Double($0.1) } ?? 0
            #expect(height >= 1.5, "\(selector): min-height \(height)rem (24px = 1.5rem)")
        }
    }

    @Test func focusIsVisibleAndTheSkipLinkAppearsOnFocus() {
        #expect(css.contains(":focus-visible {") && css.contains("outline: 3px solid"))
        #expect(!css.contains("outline: none;\n}") || css.contains("main:focus { outline: none; }"))
        #expect(css.contains(".skip-link:focus { top:"))
    }

    @Test func reducedMotionAndForcedColours() throws {
        let reduced = try #require(media("(prefers-reduced-motion: reduce)"))
        #expect(reduced.contains("animation: none") && reduced.contains("transition: none"))
        #expect(media("(forced-colors: active)") != nil)
    }

    @Test func printShowsLinkTargetsAndGreyCharts() throws {
        let print = try #require(media("print"))
        #expect(print.contains("content: \" (\" attr(href) \")\""), "links print their URL")
        #expect(print.contains("grayscale(1)"), "charts print in black and white")
        #expect(print.contains(".primary-nav") && print.contains("display: none"))
        #expect(print.contains("overflow: visible"), "scrolling tables print whole")
    }

    @Test func tablesAndChartsScrollInsideTheirRegionOnPhones() {
        for selector in [".table-scroll", ".table-wrap", ".chart-scroll"] {
            #expect(css.range(of: "\(selector)[^{]*\\{[^}]*overflow-x: auto", options: .regularExpression) != nil, "\(selector)")
        }
        // Class names the chart and open-data stages really write.
        let site = BuiltSite.shared
        let html = site.pages.map(\.html).joined()
        for className in ["table-scroll", "table-wrap", "chart-scroll", "chart-gantt-all", "chart-gantt", "chart-kpi"] {
            let used = html.contains("class=\"\(className)\"") || html.contains(" \(className)\"")
            #expect(used, "\(className) not used")
            #expect(css.contains("." + className), "\(className) has no style")
        }
    }
}
