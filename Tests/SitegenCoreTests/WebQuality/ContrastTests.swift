import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

/// Colour contrast that axe-core does not measure: the marks of the charts
/// (WCAG 1.4.11, ≥ 3:1) read from the SVG files of the real site, and the text
/// colours of the theme's style.css (1.4.3, ≥ 4.5:1).
@Suite("WebQuality contrast")
struct ContrastTests {
    let site = BuiltSite.shared

    /// Surfaces a chart mark can sit on: the chart background, the progress
    /// track and the theme rows of the overall Gantt chart.
    static let surfaces = [ChartPalette.background, ChartPalette.track, ChartPalette.groupBackground]

    /// One drawn shape of an SVG: its fill and stroke as written.
    struct Shape {
        let tag: String
        let fill: String?
        let stroke: String?
        let strokeWidth: Double
    }

    static func shapes(in svg: String) -> [Shape] {
        let rootFill = attribute("fill", in: PageRulesTests.tags("svg", in: svg).first ?? "")
        // Shapes inside <pattern> draw the pattern, checked through the element that uses it.
        let drawn = svg.replacingOccurrences(of: #"<pattern[\s\S]*?</pattern>"#, with: "", options: .regularExpression)
        var result: [Shape] = []
        for tag in ["rect", "circle", "ellipse", "polygon", "polyline", "path", "line"] {
            for element in PageRulesTests.tags(tag, in: drawn) {
                let fill = attribute("fill", in: element) ?? (tag == "line" || tag == "polyline" ? nil : rootFill)
                let stroke = attribute("stroke", in: element)
                let width = attribute("stroke-width", in: element).flatMap(Double.init) ?? (stroke == nil ? 0 : 1)
                result.append(Shape(tag: element, fill: fill, stroke: stroke, strokeWidth: width))
            }
        }
        return result
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.range(of: "\\s\(name)=\"[^\"]*\"", options: .regularExpression) else { return nil }
        return String(tag[range].drop { $0 != "\"" }.dropFirst().dropLast())
    }

    static func isHex(_ colour: String?) -> Bool { colour.map { WCAGContrast.luminance($0) != nil } ?? false }

    /// A surface (background plate) carries no information itself: a fill that
    /// is one of the surface colours, without a visible outline.
    static func isSurface(_ shape: Shape) -> Bool {
        guard let fill = shape.fill, surfaces.contains(fill.lowercased()) else { return false }
        return !(isHex(shape.stroke) && shape.strokeWidth > 0 && !surfaces.contains(shape.stroke!.lowercased()))
    }

    /// Thin lines (≤ 1 px: grid lines, ticks, row separators) guide the eye but
    /// carry no information of their own: every value is also written as text
    /// and in the data table, so WCAG 1.4.11 does not require them to reach 3:1.
    static func isGuide(_ shape: Shape) -> Bool {
        (shape.tag.hasPrefix("<line") || shape.tag.hasPrefix("<polyline")) && shape.strokeWidth <= 1
    }

    @Test func chartMarksStandOutFromEverySurface() throws {
        let charts = site.files.keys.filter { $0.hasSuffix(".svg") }.sorted()
        #expect(charts.count > 30)
        var checked = 0
        for path in charts {
            let svg = try #require(site.text(path))
            for shape in Self.shapes(in: svg) where !Self.isSurface(shape) && !Self.isGuide(shape) {
                // The mark is visible when its fill or its outline differs enough from each surface.
                var colours: [String] = []
                if Self.isHex(shape.fill) { colours.append(shape.fill!) }
                if Self.isHex(shape.stroke), shape.strokeWidth >= 1 { colours.append(shape.stroke!) }
                if colours.isEmpty, shape.fill?.hasPrefix("url(") == true { continue } // pattern: outline checked above
                for surface in Self.surfaces {
                    let best = colours.compactMap { WCAGContrast.ratio($0, surface) }.max() ?? 0
                    #expect(best >= 3, "\(path): \(shape.tag) has \(String(format: "%.2f", best)):1 on \(surface)")
                }
                checked += 1
            }
        }
        #expect(checked > 300, "checked \(checked) marks")
    }

    @Test func theTestSeesALowContrastMark() {
        let svg = ##"<svg fill="#1a1a1a"><rect x="0" y="0" width="5" height="5" fill="#cccccc"/><rect fill="#ffffff"/></svg>"##
        let marks = Self.shapes(in: svg).filter { !Self.isSurface($0) }
        #expect(marks.count == 1)
        #expect((WCAGContrast.ratio(marks[0].fill!, "#ffffff") ?? 0) < 3)
    }

    @Test func chartPatternLinesContrastWithTheirBackground() throws {
        let svg = try #require(site.files.keys.filter { $0.hasPrefix("charts/kpi-") }.sorted().compactMap { site.text($0) }
            .first { $0.contains("<pattern") })
        let pattern = try #require(PageRulesTests.blocks(of: "pattern", in: svg).first)
        let strokes = PageRulesTests.tags("line", in: pattern).compactMap { Self.attribute("stroke", in: $0) }
        #expect(!strokes.isEmpty)
        for stroke in strokes { #expect((WCAGContrast.ratio(stroke, ChartPalette.background) ?? 0) >= 3) }
    }

    // MARK: style.css

    static func stylesheet() throws -> String {
        try String(contentsOf: Repository.root.appendingPathComponent("themes/default/static/assets/style.css"), encoding: .utf8)
    }

    /// `--name: #hex` custom properties of `:root`.
    static func palette(_ css: String) -> [String: String] {
        var result: [String: String] = [:]
        let pattern = try! NSRegularExpression(pattern: #"--([a-z0-9-]+):\s*(#[0-9a-fA-F]{6})\s*;"#)
        for match in pattern.matches(in: css, range: NSRange(css.startIndex..., in: css)) {
            let name = String(css[Range(match.range(at: 1), in: css)!])
            if result[name] == nil { result[name] = String(css[Range(match.range(at: 2), in: css)!]).lowercased() }
        }
        return result
    }

    /// The text/background pairs the theme uses, by custom property name or hex.
    static let textPairs: [(text: String, background: String, where: String)] = [
        ("color-text", "color-bg", "body text"),
        ("color-muted", "color-bg", "notes, dates"),
        ("color-primary", "color-bg", "links"),
        ("color-visited", "color-bg", "visited links"),
        ("color-primary-dark", "color-bg", "hovered links"),
        ("color-primary", "color-bg", "skip link"),
        ("color-text", "color-surface", "breadcrumbs, footer"),
        ("color-muted", "color-surface", "breadcrumb separators"),
        ("color-primary", "color-surface", "breadcrumb and footer links"),
        ("color-visited", "color-surface", "visited footer links"),
        ("color-text", "color-surface-blue", "table headings, claim"),
        ("color-primary", "color-surface-blue", "links in table headings"),
        ("color-text", "color-notice-bg", "notices"),
        ("#ffffff", "color-primary", "site header"),
        ("#ffffff", "color-primary-dark", "menu and hovered language switch"),
    ]

    @Test func themeTextColoursMeetAA() throws {
        let css = try Self.stylesheet()
        let palette = Self.palette(css)
        #expect(palette.count >= 10)
        func value(_ name: String) -> String? { name.hasPrefix("#") ? name : palette[name] }
        for pair in Self.textPairs {
            let text = try #require(value(pair.text), "\(pair.text) not in style.css")
            let background = try #require(value(pair.background), "\(pair.background) not in style.css")
            let ratio = try #require(WCAGContrast.ratio(text, background))
            #expect(ratio >= 4.5, "\(pair.where): \(text) on \(background) is \(String(format: "%.2f", ratio)):1")
        }
    }

    @Test func focusRingAndBordersMeetNonTextContrast() throws {
        let palette = Self.palette(try Self.stylesheet())
        for (colour, background) in [("color-focus", "color-bg"), ("color-focus", "color-focus-halo"), ("color-focus-halo", "color-primary"),
                                     ("color-border", "color-bg"), ("color-primary", "color-bg")] {
            let foreground = try #require(palette[colour])
            let behind = try #require(palette[background])
            let ratio = try #require(WCAGContrast.ratio(foreground, behind))
            #expect(ratio >= 3, "\(colour) on \(background): \(ratio)")
        }
    }

    /// Every rule that sets both a text colour and a background meets 4.5:1.
    @Test func everyRuleWithColourAndBackgroundMeetsAA() throws {
        let css = try Self.stylesheet()
        let palette = Self.palette(css)
        func resolve(_ raw: String) -> String? {
            let v = raw.trimmingCharacters(in: .whitespaces)
            if v.hasPrefix("var(--") { return palette[String(v.dropFirst(6).prefix { $0 != ")" })] }
            return WCAGContrast.luminance(v) != nil ? v : nil
        }
        let rule = try NSRegularExpression(pattern: #"([^{}]+)\{([^{}]*)\}"#)
        var checked = 0
        for match in rule.matches(in: css, range: NSRange(css.startIndex..., in: css)) {
            let body = String(css[Range(match.range(at: 2), in: css)!])
            var colour: String?, background: String?
            for declaration in body.split(separator: ";") {
                let parts = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                guard parts.count == 2 else { continue }
                if parts[0] == "color" { colour = resolve(parts[1]) }
                if parts[0] == "background" || parts[0] == "background-color" { background = resolve(parts[1]) }
            }
            guard let colour, let background else { continue }
            let ratio = WCAGContrast.ratio(colour, background) ?? 0
            #expect(ratio >= 4.5, "\(css[Range(match.range(at: 1), in: css)!].trimmingCharacters(in: .whitespacesAndNewlines)): \(ratio)")
            checked += 1
        }
        #expect(checked >= 3)
    }
}
