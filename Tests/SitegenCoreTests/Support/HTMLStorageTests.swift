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
}
