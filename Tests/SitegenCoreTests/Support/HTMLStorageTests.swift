import Foundation
import Testing
@testable import SitegenSupport

/// `HTML` is the same markup whether it is held as a `String` or as the UTF-8 a
/// template or chart wrote: equal, hashed alike, written alike.
@Suite struct HTMLStorageTests {
    static func bytes(_ markup: String) -> HTML {
        var buffer = ByteBuffer()
        buffer.append(markup)
        return HTML(renderedUTF8: buffer)
    }

    @Test func bytesAndTextOfTheSameMarkupAreOneValue() {
        let markup = "<p>目黒区の<ruby>施策<rt>しさく</rt></ruby></p>"
        let text = HTML(rendered: markup), written = Self.bytes(markup)
        #expect(text == written)
        #expect(Set([text, written]).count == 1)
        #expect(written.markup == markup)
        #expect(written.fileBytes.data == text.fileBytes.data)
        #expect(Self.bytes("").isEmpty && !written.isEmpty)
        // Byte for byte: a decomposed が is other markup than a composed one (a String would call them equal).
        #expect(HTML(rendered: "が") != Self.bytes("か\u{3099}"))
    }

    @Test func joiningKeepsEveryByteInOrder() {
        let parts = [HTML(rendered: "<b>"), Self.bytes("区民"), HTML(text: "<&>"), Self.bytes("</b>")]
        let joined = parts.dropFirst().reduce(parts[0], +)
        #expect(joined.markup == "<b>区民&lt;&amp;&gt;</b>")
        var written = ByteBuffer()
        joined.append(to: &written)
        #expect(written.string == joined.markup)
        #expect(parts.joined().markup == joined.markup)
        #expect(HTML(rendered: "a") + HTML(rendered: "b") == Self.bytes("ab"))
    }

    static func written(_ html: HTML) -> [UInt8] {
        var buffer = ByteBuffer()
        html.append(to: &buffer)
        return buffer.array
    }

    /// `+` and `joined` append in place: every part once, in order, separators only between two parts.
    @Test func composedFragmentsWriteTheirPartsInOrder() {
        let cells: [HTML] = [HTML(text: "1<2"), HTML(rendered: "<b>二</b>"), Self.bytes("三"), "四"]
        let row = "<tr>" + cells.map { "<td>" + $0 + "</td>" }.joined(separator: "\n") + "</tr>"
        let expected = "<tr><td>1&lt;2</td>\n<td><b>二</b></td>\n<td>三</td>\n<td>四</td></tr>"
        #expect(Self.written(row) == Array(expected.utf8))
        #expect(row.markup == expected)
        #expect(row.fileBytes.data == Self.bytes(expected).fileBytes.data)
        #expect([Self.bytes("a"), "b", HTML(text: "&")].joined(separator: Self.bytes("|")).markup == "a|b|&amp;")
        #expect(([] as [HTML]).joined(separator: "x").isEmpty && [HTML.empty, ""].joined().isEmpty)
        #expect([HTML.empty, ""].joined(separator: ",").markup == ",")
    }

    /// The left side of `+` is taken over, yet a fragment kept in a variable is never changed:
    /// a title written in `<title>` and in `<h1>` gives the same bytes both times.
    @Test func appendingInPlaceLeavesKeptFragmentsAlone() {
        for title in [HTML(text: "A&B 施策の一覧"), Self.bytes("A&amp;B 施策の一覧")] {
            let head = "<title>" + title + "</title>"
            let heading = title + " | 目黒区"
            let page = head + "<h1>" + title + "</h1>"
            #expect(title.markup == "A&amp;B 施策の一覧")
            #expect(heading.markup == "A&amp;B 施策の一覧 | 目黒区")
            #expect(head.markup == "<title>A&amp;B 施策の一覧</title>")
            #expect(page.markup == "<title>A&amp;B 施策の一覧</title><h1>A&amp;B 施策の一覧</h1>")
        }
    }

    /// However a fragment was put together, it is equal to and hashed as any other with the same bytes.
    @Test func composedAndFinishedFragmentsOfTheSameBytesAreOneValue() {
        let composed = HTML(text: "<") + Self.bytes("b") + [HTML(text: "&"), "c"].joined(separator: ",")
        let finished = HTML(rendered: "&lt;b&amp;,c")
        #expect(composed == finished && finished == Self.bytes("&lt;b&amp;,c"))
        #expect(Set([composed, finished, Self.bytes("&lt;b&amp;,c")]).count == 1)
        #expect(HTML(text: "a") + "b" + HTML(text: "c") != HTML(rendered: "acb"))
    }

    /// Literals are written from the binary's own UTF-8, a one-scalar literal ("（") included, and are the
    /// same value as that markup held any other way.
    @Test func literalsAreWrittenAsTheirUTF8() {
        let long: HTML = "<span class=\"grade-source\">"
        let scalar: HTML = "（"
        #expect(Self.written(long) == Array("<span class=\"grade-source\">".utf8))
        #expect(Self.written(scalar) == Array("（".utf8) && scalar.markup == "（")
        #expect(long == HTML(rendered: "<span class=\"grade-source\">") && long == Self.bytes(long.markup))
        #expect(Set([long, HTML(rendered: long.markup), Self.bytes(long.markup)]).count == 1)
        let joined = long + HTML(text: "区<") + scalar + "</span>"
        #expect(joined.markup == "<span class=\"grade-source\">区&lt;（</span>")
        #expect(("" + Self.bytes("x") + "").markup == "x" && ("" as HTML).isEmpty && !long.isEmpty)
        #expect(long.fileBytes.data == Data("<span class=\"grade-source\">".utf8))
    }
}
