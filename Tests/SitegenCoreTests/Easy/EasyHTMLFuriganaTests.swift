import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite struct EasyHTMLFuriganaTests {
    @Test func tagsAndAttributesStayUntouched() throws {
        let a = try FuriganaFixture.annotator()
        let html = #"<p class="lead" title="区民の手続">区民の<a href="/easy/手続/?a=1&amp;b=2">手続</a>です。</p>"#
        #expect(a.annotateHTML(html) ==
                #"<p class="lead" title="区民の手続"><ruby>区民<rt>くみん</rt></ruby>の<a href="/easy/手続/?a=1&amp;b=2"><ruby>手続<rt>てつづき</rt></ruby></a>です。</p>"#)
    }

    @Test func existingRubyGetsNoSecondRuby() throws {
        let a = try FuriganaFixture.annotator()
        let html = "<p><ruby>目黒<rt>めぐろ</rt></ruby>区</p>"
        #expect(a.annotateHTML(html) == "<p><ruby>目黒<rt>めぐろ</rt></ruby><ruby>区<rt>く</rt></ruby></p>")
    }

    @Test func scriptStyleSvgAndCodeAreSkipped() throws {
        let a = try FuriganaFixture.annotator()
        let html = """
        <script>if (a<b) { t = "区民"; }</script><style>p::after{content:"区"}</style>\
        <svg viewBox="0 0 1 1"><text>区民</text></svg><code>区民</code><title>区民</title><!-- 区民 -->
        """
        #expect(a.annotateHTML(html) == html)
    }

    @Test func entitiesAndTextOutsideKanjiAreByteIdentical() throws {
        let a = try FuriganaFixture.annotator()
        let html = "<p>A &lt; B &amp;&nbsp;C &#x3042; > 1 &unknown</p>"
        #expect(a.annotateHTML(html) == html)
        #expect(a.annotateHTML("<p>&lt;区&gt;</p>") == "<p>&lt;<ruby>区<rt>く</rt></ruby>&gt;</p>")
    }

    @Test func aTextNodeWithoutEntitiesIsAnnotatedAsOnePiece() throws {
        // A node without `&` takes the short way; it must read as the same text before an entity does.
        let a = try FuriganaFixture.annotator()
        for node in ["区民の手続を4月から", "「区民」> “目標値” 'A' 1日", "{申請|しんせい}する 行"] {
            #expect(a.annotatedHTMLText(node) + "&amp;" == a.annotatedHTMLText(node + "&amp;"))
            #expect(a.annotatedHTMLText(node).contains("<ruby>"))
        }
        #expect(a.annotatedHTMLText("区 > 行") == "<ruby>区<rt>く</rt></ruby> > <ruby>行<rt>ぎょう</rt></ruby>")
    }

    @Test func voidAndSelfClosingElementsDoNotOpenASkip() throws {
        let a = try FuriganaFixture.annotator()
        #expect(a.annotateHTML(#"<img alt="区民"><svg/>区民<br/>"#) ==
                #"<img alt="区民"><svg/><ruby>区民<rt>くみん</rt></ruby><br/>"#)
    }

    @Test func quotedGreaterThanInAnAttributeDoesNotEndTheTag() throws {
        let a = try FuriganaFixture.annotator()
        #expect(a.annotateHTML(#"<a title="a>区">区</a>"#) == #"<a title="a>区"><ruby>区<rt>く</rt></ruby></a>"#)
    }

    @Test func countersAndManualMarksInHTML() throws {
        let a = try FuriganaFixture.annotator()
        #expect(a.annotateHTML("<li>4月に{漢字|かんじ}</li>") ==
                "<li>4<ruby>月<rt>がつ</rt></ruby>に<ruby>漢字<rt>かんじ</rt></ruby></li>")
    }

    @Test func brokenMarkupDoesNotCrash() throws {
        let a = try FuriganaFixture.annotator()
        for html in ["<", "<p", "<!--", "<a title=\"区", "区<", "</", "<![CDATA[区", "<script>区"] {
            let out = a.annotateHTML(html)
            #expect(!out.isEmpty)
        }
        #expect(a.annotateHTML("a < b 区") == "a < b <ruby>区<rt>く</rt></ruby>")
    }
}
