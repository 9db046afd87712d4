import Foundation
import Testing
@testable import SitegenSupport

/// Markup composed in Swift is written straight into bytes, and text in it is still escaped.
@Suite struct MarkupWriterTests {
    @Test func textIsEscapedAndMarkupIsWrittenAsItIs() {
        var writer = MarkupWriter()
        writer.markup("<a href=\"")
        writer.text("?a=1&b=\"2\"")
        writer.markup("\">")
        writer.text("<区民> & 'ward'")
        writer.markup("</a> ")
        writer.html(HTML(text: "A&B") + "<br>")
        writer.number(-42)
        #expect(writer.html.markup == "<a href=\"?a=1&amp;b=&quot;2&quot;\">&lt;区民&gt; &amp; &#39;ward&#39;</a> A&amp;B<br>-42")
        #expect(writer.bytes.string == writer.html.markup)
    }

    @Test func anEmptyWriterIsEmptyHTML() {
        #expect(MarkupWriter().html.isEmpty)
        #expect(MarkupWriter().html == .empty)
    }
}
