import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender

/// An easy page's one walk (glossary buttons and furigana together) makes what
/// the two rewrites one after the other make, with the same furigana counts.
@Suite struct EasyPageAnnotationTests {
    /// Explanations with manual ruby: the buttons' popovers hold `<ruby>`, which the
    /// furigana must skip in the walk over a changed text node as in a second rewrite.
    static let links = GlossaryTermLinks(
        glossary: [GlossaryEntry(term: "DX", reading: nil, text: "デジタルで{変|か}えることです。"),
                   GlossaryEntry(term: "区民", reading: "くみん", text: "目黒区に住む人です。"),
                   GlossaryEntry(term: "AI", reading: nil, text: "人工知能です。"),
                   GlossaryEntry(term: "申請", reading: "しんせい", text: "区に{届|とど}け出ることです。")],
        glossaryPath: "easy/glossary/index.html", glossaryLabel: "ことばの説明")

    static let snippets = [
        "<p>DXを 区民と すすめます。</p>", "<p>区民の 申請は <a href=\"x\">DX</a> です。</p>", "<h2>DXの話</h2>",
        "<code>区民</code>", "<p><ruby>区民<rt>くみん</rt></ruby>と AI</p>", "<P>AIと DXと 申請</P>", "<nav><p>DX</p></nav>",
        "<p>a < b 区民 &amp; DX</p>", "<p>4月に {申請|しんせい}を します</p>", "<ul>\n  <li>申請 1日</li>\n</ul>",
        "<CODE>AI</CODE>", "<p>MAILと 2024年度の AI</p>", "<figure><figcaption>区民</figcaption></figure>", "\n    ",
        "<p title=\"区民>DX\">区民</p>", "<!-- DX 区民 -->", "<script>var t = \"<p>DX</p>\";</script>", "<p>区民の声</p>",
        // Skipped by the furigana but not by the glossary: a button here gets no ruby.
        "<p><rb>DXと 区民</rb></p>", "<datalist>AIと 申請</datalist>",
    ]

    @Test func oneWalkMakesWhatTheTwoRewritesMake() throws {
        let oneWalk = try FuriganaAnnotator(overrides: FuriganaFixture.overrides)
        let twoRewrites = try FuriganaAnnotator(overrides: FuriganaFixture.overrides)
        var random = SplitMix(seed: 1_000)
        var buttons = 0
        for index in 0..<300 {
            let main = (0..<Int.random(in: 1...10, using: &random)).map { _ in Self.snippets.randomElement(using: &random)! }.joined()
            let page = "<!DOCTYPE html><html><head><title>区民の DX</title></head><body><header><p>DX</p></header>"
                + "<main>\(main)</main><footer>区民</footer></body></html>"
            let path = index % 10 == 0 ? "easy/glossary/index.html" : "easy/initiatives/\(index)/index.html"
            let expected = twoRewrites.annotatedPage(Self.links.annotate(Array(page.utf8), pagePath: path))
            let walked = EasyPageAnnotation.finish(HTML(rendered: page), glossary: Self.links.page(path), furigana: oneWalk)
            #expect(walked.string == String(decoding: expected, as: UTF8.self), "\(page)")
            buttons += walked.string.components(separatedBy: "<button").count - 1
        }
        #expect(buttons > 300)
        #expect(oneWalk.statistics == twoRewrites.statistics)
    }

    @Test func withoutAnAnnotatorThePageGetsItsButtonsOnly() {
        let page = "<title>DX</title><main><p>DXと 区民</p></main>"
        let path = "easy/index.html"
        #expect(EasyPageAnnotation.finish(HTML(rendered: page), glossary: Self.links.page(path), furigana: nil).array
                == Self.links.annotate(Array(page.utf8), pagePath: path))
        #expect(EasyPageAnnotation.finish(HTML(rendered: page), glossary: nil, furigana: nil).array == Array(page.utf8))
        // A page out of the templates is held as bytes: the same page.
        var bytes = ByteBuffer()
        bytes.append(page)
        #expect(EasyPageAnnotation.finish(HTML(renderedUTF8: bytes), glossary: Self.links.page(path), furigana: nil).array
                == Self.links.annotate(Array(page.utf8), pagePath: path))
    }

    @Test func theExplanationsRubyIsNotAnnotatedTwice() throws {
        let annotator = try FuriganaFixture.annotator()
        let page = EasyPageAnnotation.finish("<main><p>DXです</p></main>", glossary: Self.links.page("easy/index.html"),
                                             furigana: annotator).string
        #expect(page.contains("デジタルで<ruby>変<rt>か</rt></ruby>えることです。"))
        #expect(page.contains("<strong class=\"term-popover__term\">DX</strong>"))
    }
}
