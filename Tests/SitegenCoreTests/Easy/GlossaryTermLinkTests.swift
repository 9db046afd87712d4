import Foundation
import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild

/// Glossary terms explained where they stand on easy pages (issue 15).
@Suite struct GlossaryTermLinkTests {
    private static func entry(_ term: String, _ reading: String? = nil, _ text: String = "説明です。") -> GlossaryEntry {
        GlossaryEntry(term: term, reading: reading, text: text)
    }

    private static let links = GlossaryTermLinks(
        glossary: [entry("DX", nil, "デジタルで変えることです。"), entry("DXビジョン"), entry("AI"), entry("Fit&Gap分析")],
        glossaryPath: "easy/glossary/index.html", glossaryLabel: "ことばの説明")

    private func buttons(_ html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: #"<button type="button" class="term" popovertarget="([^"]+)">"#)
        let ns = html as NSString
        return regex.matches(in: html, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
    }

    @Test func onlyTheFirstUseOnAPageGetsTheExplanation() {
        let html = "<main><p>DXを すすめます。</p><p>DXは 大事です。DXビジョンも あります。</p></main>"
        let out = Self.links.annotate(html, pagePath: "easy/initiatives/x/index.html")
        #expect(buttons(out) == ["glossary-term-dx", "glossary-term-dxe38393e382b8e383a7e383b3"])
        #expect(out.components(separatedBy: "popovertarget=\"glossary-term-dx\"").count == 2)
        // The button, then its explanation as a popover: phrasing content, valid inside <p>.
        #expect(out.contains(#"<p><button type="button" class="term" popovertarget="glossary-term-dx">DX</button><span id="glossary-term-dx" class="term-popover" popover><strong class="term-popover__term">DX</strong> デジタルで変えることです。 <a href="../../glossary/#term-dx">ことばの説明</a></span>を すすめます。</p>"#))
        #expect(out.contains("<p>DXは 大事です。"))
    }

    /// The button and its popover are written as bytes: the term as it stands (escaped), the explanation
    /// and the link's words escaped on the way in.
    @Test func theTermsMarkupEscapesItsTexts() {
        let links = GlossaryTermLinks(glossary: [Self.entry("R&D", nil, "研究<b>\"'と開発")],
                                      glossaryPath: "easy/glossary/index.html", glossaryLabel: "ことば<&>\"'")
        let out = links.annotate("<main><p>R&amp;Dを します。</p></main>", pagePath: "easy/x/index.html")
        #expect(out == "<main><p><button type=\"button\" class=\"term\" popovertarget=\"glossary-term-r26d\">R&amp;D</button>"
            + "<span id=\"glossary-term-r26d\" class=\"term-popover\" popover><strong class=\"term-popover__term\">R&amp;D</strong> "
            + "研究&lt;b&gt;&quot;&#39;と開発 <a href=\"../glossary/#term-r26d\">ことば&lt;&amp;&gt;&quot;&#39;</a></span>を します。</p></main>")
    }

    @Test func theLongestTermWinsAndLatinTermsAreWholeWords() {
        let out = Self.links.annotate("<main><p>DXビジョンと MAILと AIと Fit&amp;Gap分析。</p></main>", pagePath: "easy/index.html")
        #expect(buttons(out) == ["glossary-term-dxe38393e382b8e383a7e383b3", "glossary-term-ai", "glossary-term-fit26gape58886e69e90"])
        #expect(out.contains("MAILと"))
    }

    @Test func namesLinksAndTextOutsideMainAreLeftAlone() {
        let html = "<header><p>DX</p></header><main><h1>DXの話</h1><a href=\"x\">DX</a><figure>DX</figure><p>DX</p></main><footer>AI</footer>"
        let out = Self.links.annotate(html, pagePath: "easy/index.html")
        #expect(buttons(out) == ["glossary-term-dx"])
        #expect(out.hasPrefix("<header><p>DX</p></header><main><h1>DXの話</h1><a href=\"x\">DX</a><figure>DX</figure><p><button"))
        #expect(out.hasSuffix("</p></main><footer>AI</footer>"))
        #expect(Self.links.annotate(html, pagePath: "easy/glossary/index.html") == html)
    }

    @Test func aKatakanaTermIsNotFollowedByItselfAsItsReading() {
        #expect(GlossaryReading.shown(for: Self.entry("オープンデータ", "オープンデータ")) == nil)
        #expect(GlossaryReading.shown(for: Self.entry("チャットボット", "ちゃっとぼっと")) == nil)
        #expect(GlossaryReading.shown(for: Self.entry("LINE", "ライン")) == "ライン")
        #expect(GlossaryReading.shown(for: Self.entry("無線", "むせん")) == "むせん")
        #expect(GlossaryReading.shown(for: Self.entry("DX", "")) == nil)
    }

    @Test func theRealGlossaryPagesRepeatNoWordAsItsReading() throws {
        let pages = try RealSiteChartTests.files.get().filter { $0.path.hasSuffix("glossary/index.html") }
        #expect(pages.count == 2)
        let regex = try NSRegularExpression(pattern: "([ァ-ヴー・]{2,})（\\1）")
        for page in pages {
            let text = VisibleText.of(String(decoding: page.data, as: UTF8.self))
            #expect(text.contains("オープンデータ"))
            #expect(regex.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) == nil, "\(page.path)")
        }
    }

    @Test func everyEasyPageExplainsEachTermOnceAndEachButtonOpensItsExplanation() throws {
        var explained = 0
        for page in try EasyRealSitePageTests.easyPages() {
            let targets = buttons(page.html)
            #expect(Set(targets).count == targets.count, "\(page.path)")
            for target in targets {
                #expect(page.html.components(separatedBy: "id=\"\(target)\" class=\"term-popover\" popover>").count == 2, "\(page.path) \(target)")
            }
            explained += targets.count
        }
        #expect(explained > 20)
    }
}
