import Testing
@testable import SitegenSupport
@testable import SitegenModel
@testable import SitegenContent
@testable import SitegenRender
@testable import SitegenBuild
@testable import SitegenServe

@Suite("InlineText")
struct InlineTextTests {
    @Test func turnsFuriganaIntoRuby() {
        #expect(InlineText.html("{目黒区|めぐろく}の{施策|しさく}").markup ==
                "<ruby>目黒区<rt>めぐろく</rt></ruby>の<ruby>施策<rt>しさく</rt></ruby>")
    }

    @Test func escapesMarkupAroundAndInsideRuby() {
        #expect(InlineText.html("<script>alert(1)</script>").markup == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(InlineText.html("\"><img src=x onerror=alert(1)>").markup == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
        #expect(InlineText.html("{<i>|\"x\"}").markup == "<ruby>&lt;i&gt;<rt>&quot;x&quot;</rt></ruby>")
        #expect(InlineText.html("A & B").markup == "A &amp; B")
    }

    @Test func showsMalformedBracesAsText() {
        #expect(InlineText.html("{漢字}").markup == "{漢字}")
        #expect(InlineText.html("{漢字|}").markup == "{漢字|}")
        #expect(InlineText.html("{|かんじ}").markup == "{|かんじ}")
        #expect(InlineText.html("{a|b|c}").markup == "{a|b|c}")
        #expect(InlineText.html("{漢字|かん\nじ}").markup == "{漢字|かん\nじ}")
        #expect(InlineText.html("{未完|みかん").markup == "{未完|みかん")
        #expect(InlineText.html("{{漢字|かんじ}}").markup == "{<ruby>漢字<rt>かんじ</rt></ruby>}")
    }

    @Test func plainTextKeepsOnlyTheBase() {
        #expect(InlineText.plain("生成AIの{活用|かつよう}") == "生成AIの活用")
        #expect(InlineText.plain("<b>") == "<b>")
    }
}
