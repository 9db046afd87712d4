import Testing
@testable import SitegenSupport
@testable import SitegenRender

/// Charts write their markup as bytes, escaping each text, address and id straight into
/// them: `&<>"'` in a cell, a caption, a label, a link, a reading or an id comes out escaped,
/// in the page's drawing and in the standalone file's.
@Suite struct ChartMarkupEscapingTests {
    @Test func tableCellsEscapeTheirTextAndAddress() {
        let table = ChartFigure.table(caption: "A&B", columns: ["<列>"], groups: [[[
            .header("\"x\""), .data("'y'", colspan: 2), .link("a<b", href: "p?q=1&r='2'", asHeader: false),
            .link("c>", href: nil, asHeader: true),
        ]]])
        #expect(table.string == "<table class=\"chart-data\">\n<caption>A&amp;B</caption>\n"
            + "<thead><tr><th scope=\"col\">&lt;列&gt;</th></tr></thead>\n<tbody>\n<tr>"
            + "<th scope=\"row\">&quot;x&quot;</th><td colspan=\"2\">&#39;y&#39;</td>"
            + "<td><a href=\"p?q=1&amp;r=&#39;2&#39;\">a&lt;b</a></td><th scope=\"row\">c&gt;</th></tr>\n</tbody>\n</table>")
    }

    @Test func figureEscapesItsCaptionAndSummary() {
        var pinned = ByteBuffer()
        pinned.append("<svg/>\n")
        var svg = ByteBuffer(), table = ByteBuffer()
        svg.append("<svg></svg>")
        table.append("<table></table>")
        let figure = ChartFigure.figure(kind: "kpi", caption: "a<b'", pinned: pinned, inlineSVG: svg, table: table, summary: "&\"")
        #expect(figure.string == "<figure class=\"chart chart-kpi\">\n<figcaption>a&lt;b&#39;</figcaption>\n"
            + "<div class=\"chart-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"a&lt;b&#39;\">\n<svg/>\n<svg></svg>"
            + "\n</div>\n<details class=\"chart-data-details\"><summary>&amp;&quot;</summary>\n<table></table>\n</details>\n</figure>")
    }

    @Test func canvasEscapesTextsLinksAndGroupIds() {
        var canvas = SVGCanvas()
        canvas.startGroup(id: "g\"1")
        canvas.text(["a<b&"], x: 0, baseline: 10, size: 14, lineHeight: 18)
        canvas.text(["'1'", "\"2\""], x: 0, baseline: 30, size: 14, lineHeight: 18)
        canvas.raw("</g>")
        #expect(canvas.markup.string == "<g id=\"g&quot;1\">\n"
            + "<text x=\"0\" y=\"10\" font-size=\"14\" fill=\"#1a1a1a\">a&lt;b&amp;</text>\n"
            + "<text x=\"0\" y=\"30\" font-size=\"14\" fill=\"#1a1a1a\"><tspan x=\"0\" y=\"30\">&#39;1&#39;</tspan>"
            + "<tspan x=\"0\" y=\"48\">&quot;2&quot;</tspan></text>\n</g>")
    }

    /// The page's link and the file's own address (absolute) are both escaped; so is the label.
    @Test func linksEscapeTheAddressOfThePageAndOfTheFile() {
        var canvas = SVGCanvas()
        canvas.link("p?a=1&b=2", fileHref: "https://x.test/p?a=1&b=<2>", label: "n<'>") { canvas in
            canvas.rect(x: 0, y: 5, width: 1, height: 1, fill: "#000")
        }
        #expect(canvas.markup.string == "<a xlink:href=\"p?a=1&amp;b=2\" aria-label=\"n&lt;&#39;&gt;\">\n"
            + "<rect x=\"0\" y=\"5\" width=\"1\" height=\"1\" fill=\"#000\"/>\n</a>")
        #expect(canvas.fileMarkup(shiftedDownBy: 10).string
            == "<a xlink:href=\"https://x.test/p?a=1&amp;b=&lt;2&gt;\" aria-label=\"n&lt;&#39;&gt;\">\n"
            + "<rect x=\"0\" y=\"15\" width=\"1\" height=\"1\" fill=\"#000\"/>\n</a>")
    }

    /// A hatched band refers to its pattern by the escaped id: the page's, and in the file the file's.
    @Test func hatchedFillRefersToTheEscapedPatternId() {
        var canvas = SVGCanvas()
        canvas.rect(x: 0, y: 0, width: 4, height: 4, pattern: HatchPattern(id: "k&1-goal", colour: "#1d6b3a"),
                    filePattern: HatchPattern(id: "chart-goal", colour: "#1d6b3a"), stroke: "#111", strokeWidth: 2)
        #expect(canvas.markup.string
            == "<rect x=\"0\" y=\"0\" width=\"4\" height=\"4\" fill=\"url(#k&amp;1-goal)\" stroke=\"#111\" stroke-width=\"2\"/>")
        #expect(canvas.fileMarkup(shiftedDownBy: 0).string
            == "<rect x=\"0\" y=\"0\" width=\"4\" height=\"4\" fill=\"url(#chart-goal)\" stroke=\"#111\" stroke-width=\"2\"/>")
        var pattern = ByteBuffer()
        HatchPattern(id: "k&1-goal", colour: "#1d6b3a").append(to: &pattern)
        #expect(pattern.string == "<pattern id=\"k&amp;1-goal\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" "
            + "patternTransform=\"rotate(45)\"><rect x=\"0\" y=\"0\" width=\"8\" height=\"8\" fill=\"#ffffff\"/>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#1d6b3a\" stroke-width=\"3\"/></pattern>")
    }

    @Test func documentEscapesTitleDescriptionAndIds() {
        var body = ByteBuffer()
        body.append("<g/>")
        let inline = SVGDocument.make(output: .inline(idPrefix: "k'1"), height: 20, title: "T<&>", description: "D\"'",
                                      hatch: HatchPattern(id: "k'1-goal", colour: "#1d6b3a"), body: body, hasLinks: true).string
        #expect(inline.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + "class=\"chart-svg\" viewBox=\"0 0 640 20\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" "
            + "role=\"group\" aria-labelledby=\"k&#39;1-title\" aria-describedby=\"k&#39;1-desc\" font-family="))
        #expect(inline.contains("<title id=\"k&#39;1-title\">T&lt;&amp;&gt;</title>\n<desc id=\"k&#39;1-desc\">D&quot;&#39;</desc>\n"
            + "<defs>\n<pattern id=\"k&#39;1-goal\" "))
        #expect(inline.hasSuffix("</pattern>\n</defs>\n<rect x=\"0\" y=\"0\" width=\"640\" height=\"20\" fill=\"#ffffff\"/>\n<g/>\n</svg>"))
        let image = SVGDocument.make(output: .inline(idPrefix: "k'1"), height: 20, title: "T", description: "D",
                                     body: body, hasLinks: false).string
        #expect(image.contains(" role=\"img\" aria-labelledby=\"k&#39;1-title k&#39;1-desc\" font-family="))
        let file = SVGDocument.file(height: 20.5, title: "T<", description: "D&", body: [body], hasLinks: false).string
        #expect(file.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + "version=\"1.1\" width=\"640\" height=\"20.5\" viewBox=\"0 0 640 20.5\" font-family="))
        #expect(file.contains("<title>T&lt;</title>\n<desc>D&amp;</desc>\n<rect x=\"0\" y=\"0\" width=\"640\" height=\"20.5\""))
    }

    @Test func pinnedNamesReferToTheEscapedGroupIds() {
        let overlay = GanttNames.overlay(output: .inline(idPrefix: "g&\""), height: 100.25).string
        #expect(overlay == "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt-names\" viewBox=\"0 0 222 100.25\" "
            + "aria-hidden=\"true\" focusable=\"false\" font-family=\"\(SVGCanvas.fontFamily)\" font-size=\"14\" fill=\"#1a1a1a\">\n"
            + "<rect x=\"0\" y=\"0\" width=\"222\" height=\"100.25\" fill=\"#ffffff\"/>\n"
            + "<use href=\"#g&amp;&quot;-rows\"/>\n<use href=\"#g&amp;&quot;-names\"/>\n"
            + "<line x1=\"221\" y1=\"0\" x2=\"221\" y2=\"100.25\" stroke=\"#767676\" stroke-width=\"2\"/>\n</svg>")
    }

    /// A line's pieces keep their base and reading escaped (kept by the memo), and the drawing writes them as kept.
    @Test func rubyPiecesAreEscapedOnce() {
        let pieces = ChartLinePiece.pieces([.ruby(base: "漢<", reading: "か&\"")])
        #expect(pieces.map(\.base.markup.markup) == ["漢&lt;"])
        #expect(pieces.map { $0.reading?.markup.markup } == ["か&amp;&quot;"])
        var canvas = SVGCanvas(readings: { _ in [.ruby(base: "漢<", reading: "か&\"")] })
        canvas.text(["漢<"], x: 0, baseline: 20, size: 14, lineHeight: 18)
        let svg = canvas.markup.string
        #expect(svg.contains(">漢&lt;</tspan>"))
        #expect(svg.contains(">か&amp;&quot;</tspan>"))
        #expect(!svg.contains("漢<") && !svg.contains("か&\""))
    }
}
